import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import type { LlmSpanRow } from "../../store/rows";
import { blankLlmRow } from "../../store/test-fixtures";
import { MetricsRegistry } from "../../telemetry/metrics";
import { LiveStats } from "./live-stats";
import { createStatsRouter } from "./router";

const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);

function row(over: Partial<LlmSpanRow> = {}): LlmSpanRow {
  return blankLlmRow({
    Timestamp: "0",
    TraceId: "t",
    SpanId: "s",
    ServiceName: "bot",
    SpanName: "chat",
    Operation: "chat",
    Provider: "openai",
    RequestModel: "gpt-4o",
    ResponseModel: "gpt-4o",
    DurationNs: "1000000000",
    StatusCode: "Ok",
    InputTokens: 100,
    OutputTokens: 20,
    PromptName: "qa",
    PromptVersion: "v1",
    CostUsd: "0.001",
    CostUnpriced: 0,
    ...over,
  });
}

function setup(maxSeries = 100) {
  let now = T0;
  const metrics = new MetricsRegistry();
  const stats = new LiveStats({ maxSeries, windowsMinutes: [1, 5, 60], sweepIntervalMs: 60_000, metrics, now: () => now });
  return { stats, metrics, advance: (ms: number) => (now += ms), at: () => now };
}

describe("LiveStats", () => {
  it("reports percentiles, tokens, spend, error and guardrail rates per series and window", () => {
    const { stats, advance } = setup();
    // Minute 0: 100 calls 1..100 ms; 10 errors; two guardrail checks, one triggered.
    stats.observe(
      Array.from({ length: 100 }, (_, i) =>
        row({ DurationNs: String((i + 1) * 1e6), TimeToFirstChunkNs: String((i + 1) * 1e5), StatusCode: i < 10 ? "Error" : "Ok" }),
      ),
    );
    stats.observe([
      row({ SpanType: "guardrail", RequestModel: "", Operation: "apply_guardrail", GuardrailTriggered: 1 }),
      row({ SpanType: "guardrail", RequestModel: "", Operation: "apply_guardrail" }),
    ]);
    stats.observe([row({ SpanType: "retrieval" })]);
    advance(2 * 60_000 + 30_000);
    // Minute 2: 100 calls of 1000 ms, one unpriced.
    stats.observe(Array.from({ length: 100 }, (_, i) => row({ DurationNs: "1000000000", CostUnpriced: i === 0 ? 1 : 0 })));

    const [llm, guard] = stats.snapshot();
    expect(llm).toMatchObject({ service: "bot", model: "gpt-4o", operation: "chat", promptVersion: "v1" });
    const [w1, w5, w60] = llm!.windows;
    expect(w1).toMatchObject({ window: "1m", calls: 100, seconds: 30, errorRate: 0, unpricedCalls: 1 });
    expect(w1!.latencyMs).toEqual({ p50: 1000, p95: 1000, p99: 1000 });
    expect(w1!.ttftMs).toEqual({ p50: null, p95: null, p99: null });
    expect(w1!.spendUsd).toBeCloseTo(0.099, 9);
    expect(w1!.spendUsdPerHour).toBeCloseTo((0.099 / 30) * 3600, 6);
    expect(w5).toMatchObject({ window: "5m", calls: 200, seconds: 150, errorRate: 0.05 });
    expect(w5!.inputTokens).toEqual({ total: 20_000, perCall: 100 });
    expect(w5!.outputTokens).toEqual({ total: 4000, perCall: 20 });
    expect(w5!.latencyMs.p50).toBeGreaterThan(90);
    expect(w5!.latencyMs.p50).toBeLessThan(1000.0001);
    expect(w5!.ttftMs.p99).toBeCloseTo(9.9, 0);
    expect(w60!.calls).toBe(200);
    expect(guard).toMatchObject({ model: "", operation: "apply_guardrail" });
    expect(guard!.windows[1]).toMatchObject({ guardrailChecks: 2, guardrailRate: 0.5, calls: 0, errorRate: null });
  });

  it("slides: buckets older than a window leave it, and idle series are swept and counted", () => {
    const { stats, metrics, advance } = setup();
    stats.observe([row()]);
    advance(5 * 60_000);
    expect(stats.snapshot()[0]!.windows.map((w) => w.calls)).toEqual([0, 0, 1]);
    advance(55 * 60_000);
    stats.sweep();
    expect(stats.seriesCount).toBe(0);
    expect(metrics.counter("llmscope_stats_series_evicted_total", "").get({ reason: "idle" })).toBe(1);
  });

  it("caps the number of series, evicting the least recently seen, and counts evictions", () => {
    const { stats, metrics, advance } = setup(3);
    for (const model of ["a", "b", "c"]) {
      stats.observe([row({ RequestModel: model })]);
      advance(1000);
    }
    stats.observe([row({ RequestModel: "a" })]);
    stats.observe([row({ RequestModel: "d" })]);
    expect(
      stats
        .snapshot()
        .map((s) => s.model)
        .sort(),
    ).toEqual(["a", "c", "d"]);
    expect(metrics.counter("llmscope_stats_series_evicted_total", "").get({ reason: "cap" })).toBe(1);
    expect(metrics.gauge("llmscope_stats_series", "").get()).toBe(3);
  });

  it("rejects windows that are not whole minutes", () => {
    expect(() => new LiveStats({ maxSeries: 1, windowsMinutes: [0.5], sweepIntervalMs: 1, metrics: new MetricsRegistry() })).toThrow(/whole minutes/);
  });

  it("serves GET /v1/stats with filters", async () => {
    const { stats, at } = setup();
    stats.observe([row(), row({ ServiceName: "other" })]);
    const app = express().use(createStatsRouter(stats, at));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const body = (await (await fetch(`${base}/v1/stats?service=other`)).json()) as { generatedAt: string; series: { service: string }[] };
      expect(body.generatedAt).toBe(new Date(T0).toISOString());
      expect(body.series.map((s) => s.service)).toEqual(["other"]);
      expect((await fetch(`${base}/v1/stats?service=a&service=b`)).status).toBe(400);
    } finally {
      server.close();
    }
  });
});
