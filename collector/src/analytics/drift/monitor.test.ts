import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normal, seededRandom } from "../stats/accuracy";
import { ChdbStore } from "../../store/chdb-store";
import type { LlmScoreRow, LlmSpanRow } from "../../store/rows";
import { blankLlmRow } from "../../store/test-fixtures";
import { MetricsRegistry } from "../../telemetry/metrics";
import { DRIFT_DEFAULTS, DriftMonitor } from "./monitor";
import { createDriftRouter } from "./router";

// chDB allows one Session per process: this file holds every drift test that needs a store.
const root = mkdtempSync(path.join(tmpdir(), "llmscope-drift-"));
let store: ChdbStore;

beforeAll(async () => {
  // The production schema: every migration, as the collector runs it.
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
  await store.migrate();
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

const HOUR = 3_600_000;
const NOW = Math.floor(Date.now() / HOUR) * HOUR + 30 * 60_000;
const random = seededRandom(3);
let n = 0;

function span(atMs: number, over: Partial<LlmSpanRow>): LlmSpanRow {
  n++;
  return blankLlmRow({
    Timestamp: (atMs / 1000).toFixed(3),
    TraceId: `t${n}`,
    SpanId: `s${n}`,
    ServiceName: "bot",
    SpanName: "chat",
    Operation: "chat",
    Provider: "openai",
    RequestModel: "gpt-4o",
    StatusCode: "Ok",
    InputTokens: 500,
    OutputTokens: 200,
    PromptName: "qa",
    PromptVersion: "v1",
    CostUsd: "0.002",
    CostUnpriced: 0,
    ...over,
  });
}

/** `count` LLM calls of `model` spread evenly over [from, to), latency ~ N(mean, 25 %). */
function calls(model: string, from: number, to: number, count: number, latencyMean: number): LlmSpanRow[] {
  return Array.from({ length: count }, (_, i) => {
    const ms = Math.max(1, latencyMean * (1 + 0.25 * normal(random)));
    return span(from + ((to - from) * i) / count, {
      RequestModel: model,
      DurationNs: String(Math.round(ms * 1e6)),
      OutputTokens: Math.max(1, Math.round(200 + 50 * normal(random))),
    });
  });
}

/** `count` guardrail checks, the first `triggered` of them triggered. */
function checks(from: number, to: number, count: number, triggered: number): LlmSpanRow[] {
  return Array.from({ length: count }, (_, i) =>
    span(from + ((to - from) * i) / count, {
      SpanType: "guardrail",
      RequestModel: "",
      Operation: "apply_guardrail",
      GuardrailTriggered: i % Math.round(count / triggered) === 0 ? 1 : 0,
    }),
  );
}

function scores(from: number, to: number, count: number): LlmScoreRow[] {
  return Array.from({ length: count }, (_, i) => ({
    Timestamp: ((from + ((to - from) * i) / count) / 1000).toFixed(3),
    TraceId: "t",
    SpanId: "s",
    ServiceName: "bot",
    RequestModel: "gpt-4o",
    PromptName: "qa",
    PromptVersion: "v1",
    PromptVariant: "",
    UserId: "",
    Name: "groundedness",
    ScoreValue: Math.min(1, Math.max(0, 0.8 + 0.1 * normal(random))),
    ScoreLabel: "",
    Explanation: "",
    Source: "heuristic",
  }));
}

describe("DriftMonitor (chDB)", () => {
  it("flags a 20 % latency shift and a doubled guardrail rate in one window, leaves stationary series ok, and stores results", async () => {
    const cur = { from: NOW - HOUR, to: NOW };
    const base = { from: NOW - 25 * HOUR, to: NOW - HOUR };
    await store.insert("llm_spans", [
      ...calls("gpt-4o", base.from, base.to, 4800, 800),
      ...calls("gpt-4o", cur.from, cur.to, 600, 960),
      ...calls("stable", base.from, base.to, 4800, 500),
      ...calls("stable", cur.from, cur.to, 600, 500),
      ...checks(base.from, base.to, 4000, 200),
      ...checks(cur.from, cur.to, 1000, 100),
    ]);
    await store.insert("llm_scores", [...scores(base.from, base.to, 2000), ...scores(cur.from, cur.to, 300)]);

    const monitor = new DriftMonitor(store, DRIFT_DEFAULTS, new MetricsRegistry(), () => NOW);
    const run = await monitor.runOnce();
    const find = (model: string, metric: string) => run.results.find((r) => r.model === model && r.metric === metric)!;

    expect(find("gpt-4o", "latency_ms")).toMatchObject({ status: "alert", baselineCount: 4800, currentCount: 600 });
    expect(find("gpt-4o", "latency_ms").psi).toBeGreaterThan(0.25);
    expect(find("gpt-4o", "latency_ms").currentValue! / find("gpt-4o", "latency_ms").baselineValue!).toBeCloseTo(1.2, 1);
    expect(find("", "guardrail_rate")).toMatchObject({ status: "alert", baselineValue: 0.05, currentValue: 0.1 });
    const notOk = run.results.filter((r) => r.status === "warn" || r.status === "alert").map((r) => `${r.model}:${r.metric}`);
    expect(notOk.sort()).toEqual([":guardrail_rate", "gpt-4o:latency_ms"]);
    expect(find("gpt-4o", "score:groundedness")).toMatchObject({ status: "ok", operation: "" });
    expect(find("gpt-4o", "pii_rate")).toMatchObject({ kind: "rate", status: "ok", currentValue: 0 });

    const stored = await store.query<{ metric: string; status: string; psi: number | null }>(
      "SELECT Metric AS metric, Status AS status, Psi AS psi FROM llm_drift WHERE RequestModel = 'gpt-4o' AND Metric = 'latency_ms'",
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe("alert");

    // The shipped drift alert rule reads the table.
    const alerting = await store.query<{ metric: string }>(
      "SELECT Metric AS metric FROM llm_drift WHERE Timestamp >= {since:DateTime64(3)} GROUP BY ServiceName, RequestModel, Operation, PromptVersion, Metric AS metric HAVING argMax(Status, Timestamp) = 'alert' ORDER BY metric",
      { since: new Date(NOW - HOUR) },
    );
    expect(alerting.map((r) => r.metric)).toEqual(["guardrail_rate", "latency_ms"]);
  });

  it("same_hour_7d compares with the same clock hour of the previous 7 days only", async () => {
    await store.exec("TRUNCATE TABLE llm_spans");
    const cur = { from: NOW - HOUR, to: NOW };
    const rows: LlmSpanRow[] = [];
    for (let day = 1; day <= 7; day++) {
      rows.push(...calls("daily", cur.from - day * 24 * HOUR, cur.to - day * 24 * HOUR, 100, 700));
      rows.push(...calls("daily", cur.from - day * 24 * HOUR + 3 * HOUR, cur.to - day * 24 * HOUR + 3 * HOUR, 100, 5000));
    }
    rows.push(...calls("daily", cur.from, cur.to, 300, 700));
    await store.insert("llm_spans", rows);
    const sameHour = await new DriftMonitor(store, { ...DRIFT_DEFAULTS, baseline: "same_hour_7d" }, new MetricsRegistry(), () => NOW).runOnce();
    const latency = sameHour.results.find((r) => r.metric === "latency_ms")!;
    expect(latency).toMatchObject({ baselineCount: 700, currentCount: 300, status: "ok" });
    const prev24 = await new DriftMonitor(store, DRIFT_DEFAULTS, new MetricsRegistry(), () => NOW).runOnce();
    expect(prev24.results.find((r) => r.metric === "latency_ms")).toMatchObject({ baselineCount: 200, status: "alert" });
  });

  it("serves the last run on GET /v1/drift, filtered by status", async () => {
    const monitor = new DriftMonitor(store, DRIFT_DEFAULTS, new MetricsRegistry(), () => NOW);
    const app = express().use(createDriftRouter(monitor));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/v1/drift`)).status).toBe(404);
      await monitor.runOnce();
      const body = (await (await fetch(`${base}/v1/drift?status=alert`)).json()) as {
        baseline: string;
        windowEnd: string;
        results: { metric: string; status: string }[];
      };
      expect(body.baseline).toBe("previous_24h");
      expect(body.windowEnd).toBe(new Date(NOW).toISOString());
      expect(body.results.map((r) => `${r.metric}:${r.status}`)).toEqual(["latency_ms:alert"]);
      expect((await fetch(`${base}/v1/drift?status=bad`)).status).toBe(400);
    } finally {
      server.close();
    }
  });
});
