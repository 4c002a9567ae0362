import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNode } from "./support/child";
import { REPO_ROOT } from "./support/collector";
import { freePort } from "./support/free-port";
import { llmSpansJson } from "./support/otlp-json";

/**
 * Alerts page once, with the real collector (`llmscope start`, a child process) and a local webhook
 * receiver that counts notifications: a firing alert is not notified again after a restart; the
 * rules reload when their file changes (a broken file keeps the rules in use and says why) and on
 * SIGHUP; `alerts check --rules FILE` evaluates FILE's rules against the running collector's store
 * and exits non-zero naming each rule whose SQL fails.
 */
const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");
const SERVICE = "alerts-e2e";

interface Hook {
  rule: string;
  state: string;
  key: string;
  labels: Record<string, string>;
}

const dir = mkdtempSync(path.join(tmpdir(), "llmscope-alerts-e2e-"));
const rulesFile = path.join(dir, "alerts.yaml");
const hooks: Hook[] = [];
let receiver: Server;
let hookUrl: string;
let port: number;
let collector: { child: ChildProcess; stdout: () => string; stderr: () => string } | undefined;

function rules(condition: string): string {
  return `targets:
  hook: { type: webhook, url: ${hookUrl}, backoff: 100ms, maxAttempts: 3 }
rules:
  - name: calls_seen
    sql: |
      SELECT ServiceName AS service, toFloat64(count()) AS value
      FROM llm_spans WHERE ServiceName = '${SERVICE}' GROUP BY service
    labelColumns: [service]
    condition: "${condition}"
    for: 0s
    interval: 1s
    targets: [hook]
`;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\ncollector stderr:\n${collector?.stderr() ?? ""}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startCollector(): Promise<void> {
  const child = spawn(process.execPath, [BIN, "start", "--port", String(port), "--data-dir", path.join(dir, "data")], {
    cwd: dir,
    env: { ...process.env, LLMSCOPE_ALERTS_FILE: rulesFile, LLMSCOPE_BATCH_FLUSH_MS: "100", LLMSCOPE_DRIFT_ENABLED: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  collector = { child, stdout: () => out, stderr: () => err };
  await until("the collector to listen", () => out.includes("listening on"));
}

async function stopCollector(): Promise<void> {
  const c = collector!;
  const exited = new Promise((r) => c.child.once("exit", r));
  c.child.kill("SIGTERM");
  await exited;
  collector = undefined;
}

async function alertState(): Promise<{ state: string; lastEvaluation: string | null }> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/alerts`);
  const body = (await res.json()) as { rules: { name: string; lastEvaluation: string | null; instances: { state: string }[] }[] };
  const rule = body.rules.find((r) => r.name === "calls_seen");
  return { state: rule?.instances[0]?.state ?? "inactive", lastEvaluation: rule?.lastEvaluation ?? null };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      const n = JSON.parse(body) as { rule: string; state: string; labels: Record<string, string> };
      hooks.push({ rule: n.rule, state: n.state, key: String(req.headers["idempotency-key"]), labels: n.labels });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  port = await freePort();
  writeFileSync(rulesFile, rules("> 0"));
}, 30_000);

afterAll(async () => {
  if (collector) await stopCollector();
  await new Promise((r) => receiver?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe("alerts across a restart and rule reloads", () => {
  it("notifies a firing alert once, not again after a restart", async () => {
    await startCollector();
    const res = await fetch(`http://127.0.0.1:${port}/v1/traces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: llmSpansJson(SERVICE, 3, () => ({ input: 10, output: 5 })),
    });
    expect(res.status).toBe(200);
    await until("the firing notification", () => hooks.length >= 1);
    expect(hooks).toEqual([expect.objectContaining({ rule: "calls_seen", state: "firing", labels: expect.objectContaining({ service: SERVICE }) })]);

    await stopCollector();
    const restartedAt = Date.now();
    await startCollector();
    // Three evaluations after the restart (interval 1 s), each of which would have re-fired a fresh state.
    await until("evaluations after the restart", async () => {
      const { lastEvaluation } = await alertState();
      return lastEvaluation !== null && Date.parse(lastEvaluation) > restartedAt + 3_000;
    });
    expect((await alertState()).state).toBe("firing");
    expect(hooks).toHaveLength(1);
  }, 60_000);

  it("`alerts check --rules FILE` evaluates FILE against the running collector and names every failing rule", async () => {
    const file = path.join(dir, "check.yaml");
    writeFileSync(
      file,
      `rules:
  - name: typo_rule
    sql: SELEC toFloat64(count()) AS value FROM llm_spans
    condition: "> 0"
  - name: missing_column
    sql: SELECT toFloat64(count(NoSuchColumn)) AS value FROM llm_spans
    condition: "> 0"
  - name: fine_rule
    sql: SELECT toFloat64(count()) AS value FROM llm_spans WHERE ServiceName = '${SERVICE}'
    condition: "> 0"
`,
    );
    const env = { LLMSCOPE_URL: `http://127.0.0.1:${port}`, LLMSCOPE_ALERTS_FILE: undefined };
    const all = await runNode([BIN, "alerts", "check", "--rules", file], env, dir);
    expect(all.code, all.stderr).toBe(1);
    expect(all.stderr).toMatch(/2 rules failed to evaluate/);
    expect(all.stderr).toMatch(/typo_rule: .*Syntax error/);
    expect(all.stderr).toMatch(/missing_column: .*NoSuchColumn/);
    expect(all.stdout).toMatch(/fine_rule\s+firing\s+3/);

    const one = await runNode([BIN, "alerts", "check", "--rules", file, "--rule", "fine_rule"], env, dir);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/fine_rule\s+firing\s+3/);
    expect(one.stdout).not.toMatch(/typo_rule|calls_seen/);
    expect((await runNode([BIN, "alerts", "check", "--rules", file, "--rule", "typo_rule"], env, dir)).code).toBe(1);
  }, 60_000);

  it("keeps the rules in use when the file breaks, reloads when it is fixed (resolving on its own), and on SIGHUP", async () => {
    writeFileSync(rulesFile, "rules: [ this is not: yaml\n");
    await until("the rejected reload to be logged", () => /alert rules NOT reloaded .*file changed/.test(collector!.stderr()));
    expect(collector!.stderr()).toMatch(/not valid YAML/);
    expect((await alertState()).state).toBe("firing");

    writeFileSync(rulesFile, rules("> 1000"));
    await until("the resolved notification", () => hooks.length >= 2);
    expect(hooks.map((h) => h.state)).toEqual(["firing", "resolved"]);
    expect(new Set(hooks.map((h) => h.key)).size).toBe(2);

    collector!.child.kill("SIGHUP");
    await until("the SIGHUP reload to be logged", () => /alert rules reloaded from .*\(SIGHUP\)/.test(collector!.stderr()));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(hooks).toHaveLength(2);
  }, 60_000);
});
