import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertsCommand } from "../../surface/cli/alerts-command";
import { ChdbStore } from "../../store/chdb-store";
import { blankLlmRow } from "../../store/test-fixtures";
import { MetricsRegistry } from "../../telemetry/metrics";
import { AlertEvaluator } from "./evaluator";
import { Notifier, type Notification } from "./notify";
import { createAlertsRouter } from "./router";
import { DEFAULT_RULES_FILE, parseRules } from "@llmscope/queries/alerts";

// chDB allows one Session per process: this file holds every alert test that needs a store.
const root = mkdtempSync(path.join(tmpdir(), "llmscope-alerts-"));
let store: ChdbStore;
const DEFAULTS = readFileSync(DEFAULT_RULES_FILE, "utf8");

/** Received webhook calls; the first `failFirst` answer 500. */
class Receiver {
  readonly calls: { headers: IncomingHttpHeaders; body: Notification }[] = [];
  failFirst = 0;
  private server: Server | undefined;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let text = "";
      req.on("data", (c: Buffer) => (text += c.toString()));
      req.on("end", () => {
        this.calls.push({ headers: req.headers, body: JSON.parse(text) as Notification });
        res.statusCode = this.calls.length <= this.failFirst ? 500 : 200;
        res.end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }

  close(): void {
    this.server?.close();
  }
}

const receiver = new Receiver();

beforeAll(async () => {
  // The production schema: every migration, as the collector runs it.
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 7 });
  await store.migrate();
  await store.exec("CREATE TABLE alert_values (service String, value Float64) ENGINE = Memory");
  await receiver.start();
});

afterAll(async () => {
  receiver.close();
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

const T0 = Date.now();

function setup(userYaml: string, start = T0) {
  let now = start;
  const metrics = new MetricsRegistry();
  const sleeps: number[] = [];
  const logs: string[] = [];
  const notifier = new Notifier({ metrics, sleep: async (ms) => void sleeps.push(ms), log: (l) => logs.push(l) });
  const rules = parseRules("", userYaml);
  const evaluator = new AlertEvaluator(rules, { store, metrics, notifier, now: () => now });
  return { evaluator, metrics, sleeps, logs, set: (ms: number) => (now = ms) };
}

async function setValues(rows: { service: string; value: number }[]): Promise<void> {
  await store.exec("TRUNCATE TABLE alert_values");
  if (rows.length) await store.insert("alert_values", rows);
}

const stateOf = (statuses: Awaited<ReturnType<AlertEvaluator["evaluate"]>>, service: string) =>
  statuses[0]!.instances.find((i) => i.labels.service === service)?.state ?? "inactive";

describe("AlertEvaluator", () => {
  it("validates every shipped default rule with EXPLAIN against the real schema", async () => {
    const rules = parseRules(DEFAULTS);
    expect(rules.map((r) => r.name)).toEqual([
      "daily_spend_over_budget",
      "month_end_projection_over_budget",
      "p95_latency_high",
      "error_rate_high",
      "guardrail_block_rate_high",
      "pii_in_output",
      "satisfaction_low",
      "drift_detected",
    ]);
    await new AlertEvaluator(rules, { store, metrics: new MetricsRegistry() }).validate();
    const statuses = await new AlertEvaluator(rules, { store, metrics: new MetricsRegistry(), record: false }).evaluate();
    expect(statuses.map((s) => [s.name, s.health, s.lastError])).toEqual(rules.map((r) => [r.name, "ok", null]));
  });

  it("fills {{ $row.column }} in annotations from the instance's result row", async () => {
    const { evaluator, logs } = setup(`rules:
  - name: spend_rule
    sql: SELECT 'svc' AS service, 0.0000165 AS value, 3 AS unpriced_calls
    labelColumns: [service]
    condition: "> 0.00001"
    annotations: { summary: "spend {{ $value }} USD, {{ $row.unpriced_calls }} unpriced, {{ $row.nope }}." }
`);
    await evaluator.evaluate();
    const alert = (JSON.parse(logs[0]!) as { alert: { annotations: Record<string, string> } }).alert;
    expect(alert.annotations.summary).toBe("spend 0.0000165 USD, 3 unpriced, .");
  });

  it("spendPerKey: one instance per user over the rolling window, each firing and resolving on its own", async () => {
    const { evaluator, logs, set } = setup(`rules:
  - name: user_spend
    spendPerKey: { per: user, window: 1h, limitUsd: 5, service: spend-svc }
`);
    const T = Math.floor(T0 / 60_000) * 60_000;
    let n = 0;
    const call = (user: string, atMs: number, cost: string, unpriced = 0) =>
      blankLlmRow({
        Timestamp: (atMs / 1000).toFixed(3),
        SpanId: (++n).toString(16).padStart(16, "a"),
        ServiceName: "spend-svc",
        UserId: user,
        CostUsd: cost,
        CostUnpriced: unpriced,
      });
    await store.insert("llm_spans", [
      call("ann", T - 30 * 60_000, "3.0"),
      call("ann", T - 29 * 60_000, "3.0"),
      call("bob", T - 10 * 60_000, "1.0"),
      call("bob", T - 9 * 60_000, "0", 1),
    ]);
    const fired = () => logs.map((l) => (JSON.parse(l) as { alert: Notification }).alert).map((a) => [a.labels.key, a.state, a.labels.per]);

    set(T);
    await evaluator.evaluate();
    expect(fired()).toEqual([["ann", "firing", "user"]]);
    expect((JSON.parse(logs[0]!) as { alert: Notification }).alert.annotations.summary).toBe(
      "user ann spent 6 USD in the last 1h (limit 5 USD; 0 unpriced calls not included)",
    );

    await store.insert("llm_spans", [call("bob", T + 60_000, "4.5")]);
    set(T + 2 * 60_000);
    await evaluator.evaluate();
    expect(fired()).toEqual([
      ["ann", "firing", "user"],
      ["bob", "firing", "user"],
    ]);

    // Ann's calls leave the window; Bob's (T-10 min, T+1 min) are still in it.
    set(T + 35 * 60_000);
    await evaluator.evaluate();
    expect(fired()).toEqual([
      ["ann", "firing", "user"],
      ["bob", "firing", "user"],
      ["ann", "resolved", "user"],
    ]);
  });

  it("spendPerKey: rejects fields it sets itself, and per: tag without a tag", () => {
    expect(() => parseRules("", `rules:\n  - name: r\n    spendPerKey: { per: user, window: 1h, limitUsd: 5 }\n    condition: "> 1"\n`)).toThrow(
      /"spendPerKey" sets "condition" itself/,
    );
    expect(() => parseRules("", `rules:\n  - name: r\n    spendPerKey: { per: tag, window: 1h, limitUsd: 5 }\n`)).toThrow(/per: tag needs "tag"/);
    const [rule] = parseRules("", `rules:\n  - name: r\n    spendPerKey: { per: tag, tag: api_key_id, window: 30m, limitUsd: 0.5 }\n`);
    expect(rule!.source).toMatchObject({ kind: "named", params: { from: "now-30m", to: "now", dimension: "tag", tag: "api_key_id" } });
    expect(rule!.condition).toEqual({ op: ">", threshold: 0.5 });
  });

  it("ships user_spend_per_hour disabled; enabled by name it loads and passes EXPLAIN", async () => {
    expect(parseRules(DEFAULTS).map((r) => r.name)).not.toContain("user_spend_per_hour");
    const rules = parseRules(DEFAULTS, "rules:\n  - { name: user_spend_per_hour, enabled: true }\n");
    const rule = rules.find((r) => r.name === "user_spend_per_hour")!;
    expect(rule.source).toMatchObject({ kind: "named", params: { from: "now-1h", dimension: "user" } });
    await new AlertEvaluator([rule], { store, metrics: new MetricsRegistry() }).validate();
  });

  it("rejects SQL that fails EXPLAIN, naming the rule", async () => {
    const { evaluator } = setup(`rules:\n  - name: broken_rule\n    sql: SELECT nope AS value FROM llm_spans\n    condition: "> 0"\n`);
    await expect(evaluator.validate()).rejects.toThrow(/alert rule "broken_rule": its SQL does not pass EXPLAIN: .*nope/);
  });

  it("goes pending → firing after `for` → resolved, per label set, with history and webhook deliveries (retried after a 500)", async () => {
    receiver.calls.length = 0;
    receiver.failFirst = 1;
    const yaml = `
targets:
  hook: { type: webhook, url: "${receiver.url}", headers: { x-team: llm }, backoff: 2s }
rules:
  - name: test_errors
    sql: SELECT service, value FROM alert_values
    condition: "> 5"
    for: 5m
    interval: 1m
    severity: critical
    labels: { team: llm }
    annotations: { summary: "{{ $labels.service }} at {{ $value }}" }
    targets: [hook, log]
`;
    const { evaluator, metrics, sleeps, logs, set } = setup(yaml);
    await setValues([
      { service: "a", value: 10 },
      { service: "b", value: 1 },
    ]);
    expect(stateOf(await evaluator.evaluate(), "a")).toBe("pending");
    set(T0 + 4 * 60_000);
    expect(stateOf(await evaluator.evaluate(), "a")).toBe("pending");
    expect(receiver.calls).toHaveLength(0);
    set(T0 + 5 * 60_000);
    const firing = await evaluator.evaluate();
    expect(stateOf(firing, "a")).toBe("firing");
    expect(stateOf(firing, "b")).toBe("inactive");
    expect(firing[0]!.instances[0]!.activeSince).toBe(new Date(T0).toISOString());

    // One 500, then delivered: two identical POSTs with the same idempotency key.
    expect(receiver.calls).toHaveLength(2);
    const [first, second] = receiver.calls;
    expect(first!.body).toEqual(second!.body);
    expect(first!.headers["idempotency-key"]).toBe(first!.body.idempotencyKey);
    expect(second!.headers["idempotency-key"]).toBe(first!.body.idempotencyKey);
    expect(first!.headers["x-team"]).toBe("llm");
    expect(first!.body).toMatchObject({
      rule: "test_errors",
      state: "firing",
      severity: "critical",
      value: 10,
      condition: "> 5",
      labels: { service: "a", team: "llm", alertname: "test_errors", severity: "critical" },
      annotations: { summary: "a at 10" },
    });
    expect(sleeps).toEqual([2000]);
    expect(metrics.counter("llmscope_alert_webhook_retries_total", "").get({ target: "hook" })).toBe(1);
    expect(metrics.counter("llmscope_alert_notifications_total", "").get({ target: "hook", outcome: "delivered" })).toBe(1);
    expect(logs.map((l) => (JSON.parse(l) as { alert: Notification }).alert.state)).toEqual(["firing"]);

    set(T0 + 6 * 60_000);
    await setValues([{ service: "a", value: 2 }]);
    expect(stateOf(await evaluator.evaluate(), "a")).toBe("resolved");
    expect(receiver.calls.map((c) => c.body.state)).toEqual(["firing", "firing", "resolved"]);
    expect(receiver.calls[2]!.body.idempotencyKey).not.toBe(first!.body.idempotencyKey);
    set(T0 + 7 * 60_000);
    expect((await evaluator.evaluate())[0]!.instances).toEqual([]);

    const history = await store.query<{ from: string; to: string; service: string; key: string }>(
      "SELECT FromState AS from, ToState AS to, Labels['service'] AS service, IdempotencyKey AS key FROM llm_alert_events WHERE RuleName = 'test_errors' ORDER BY Timestamp",
    );
    expect(history.map((h) => `${h.service}:${h.from}->${h.to}`)).toEqual(["a:inactive->pending", "a:pending->firing", "a:firing->resolved"]);
    expect(history[1]!.key).toBe(first!.body.idempotencyKey);
  });

  it("drops a pending instance whose condition clears before `for`, and counts a webhook that never succeeds", async () => {
    receiver.calls.length = 0;
    receiver.failFirst = 100;
    const yaml = `
targets:
  hook: { type: webhook, url: "${receiver.url}", maxAttempts: 3, backoff: 1s }
rules:
  - name: flappy
    sql: SELECT service, value FROM alert_values
    condition: ">= 5"
    for: 2m
    targets: [hook]
  - name: instant
    sql: SELECT service, value FROM alert_values
    condition: ">= 5"
    targets: [hook]
`;
    const { evaluator, metrics, sleeps, set } = setup(yaml, T0 + 3_600_000);
    await setValues([{ service: "x", value: 5 }]);
    const [flappy, instant] = await evaluator.evaluate();
    expect(flappy!.instances[0]!.state).toBe("pending");
    expect(instant!.instances[0]!.state).toBe("firing");
    expect(receiver.calls).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(metrics.counter("llmscope_alert_notifications_total", "").get({ target: "hook", outcome: "failed" })).toBe(1);
    set(T0 + 3_660_000);
    await setValues([]);
    expect((await evaluator.evaluate("flappy"))[0]!.instances).toEqual([]);
    const history = await store.query<{ t: string }>(
      "SELECT concat(FromState, '->', ToState) AS t FROM llm_alert_events WHERE RuleName = 'flappy' ORDER BY Timestamp",
    );
    expect(history.map((h) => h.t)).toEqual(["inactive->pending", "pending->inactive"]);
  });

  it("evaluates a named query with parameters relative to its clock (p95 latency > 2 s for 5 min)", async () => {
    const span = (atMs: number, i: number) =>
      blankLlmRow({
        Timestamp: (atMs / 1000).toFixed(3),
        TraceId: `t${i}`,
        SpanId: `s${i}`,
        ServiceName: "svc",
        SpanName: "chat",
        Operation: "chat",
        Provider: "openai",
        RequestModel: "slow-model",
        DurationNs: "3000000000",
        StatusCode: "Ok",
        InputTokens: 1,
        OutputTokens: 1,
      });
    await store.insert("llm_spans", [...[0, 1, 2].map((i) => span(T0 + 120_000, i)), ...[3, 4, 5].map((i) => span(T0 + 360_000, i))]);
    const defaults = parseRules(DEFAULTS).filter((r) => r.name === "p95_latency_high");
    const metrics = new MetricsRegistry();
    let now = T0 + 180_000;
    const evaluator = new AlertEvaluator(defaults, { store, metrics, now: () => now, notifier: new Notifier({ metrics, log: () => undefined }) });
    const first = await evaluator.evaluate();
    expect(first[0]!.instances).toEqual([
      { labels: { model: "slow-model", operation: "chat" }, state: "pending", value: 3000, activeSince: new Date(now).toISOString() },
    ]);
    now = T0 + 480_000;
    expect((await evaluator.evaluate())[0]!.instances[0]!.state).toBe("firing");
    now = T0 + 1_200_000;
    expect((await evaluator.evaluate())[0]!.instances[0]!.state).toBe("resolved");
  });

  it("serves GET /v1/alerts, /v1/alerts/check and /v1/alerts/events; `llmscope alerts check` prints through it", async () => {
    const { evaluator } = setup(`rules:\n  - name: api_rule\n    sql: SELECT service, value FROM alert_values\n    condition: "> 1"\n    for: 1m\n`);
    await setValues([{ service: "z", value: 3 }]);
    await evaluator.evaluate();
    const app = express().use(createAlertsRouter(evaluator, store));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const alerts = (await (await fetch(`${base}/v1/alerts?state=pending`)).json()) as { rules: { name: string; instances: unknown[] }[] };
      expect(alerts.rules.map((r) => [r.name, r.instances.length])).toEqual([["api_rule", 1]]);
      expect((await fetch(`${base}/v1/alerts?state=nope`)).status).toBe(400);
      const events = (await (await fetch(`${base}/v1/alerts/events?rule=api_rule`)).json()) as { events: { to_state: string }[] };
      expect(events.events.map((e) => e.to_state)).toEqual(["pending"]);
      expect((await fetch(`${base}/v1/alerts/check?rule=missing`)).status).toBe(404);

      let printed = "";
      const out = { write: (s: string) => ((printed += s), true) } as unknown as NodeJS.WritableStream;
      await alertsCommand(["check"], { LLMSCOPE_URL: base }, out);
      expect(printed).toMatch(/^rule\s+state\s+value\s+condition\s+labels\s+health/);
      expect(printed).toMatch(/api_rule\s+pending\s+3\s+> 1\s+service=z\s+ok/);
      // With --rules, the collector evaluates that file's rules (merged over the defaults), not its own.
      printed = "";
      await alertsCommand(
        ["check", "--rule", "api_rule", "--rules", writeRules(`rules:\n  - name: api_rule\n    sql: SELECT 1 AS value\n    condition: "> 0"\n`)],
        { LLMSCOPE_URL: base },
        out,
      );
      expect(printed).toMatch(/api_rule\s+firing\s+1\s+> 0\s+ok/);
      // Checking recorded nothing.
      const after = (await (await fetch(`${base}/v1/alerts/events?rule=api_rule`)).json()) as { events: unknown[] };
      expect(after.events).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});

function writeRules(text: string): string {
  const file = path.join(root, `rules-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}
