import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";

/**
 * The quickstart's promise: `llmscope demo` then `llmscope query latency_percentiles` prints
 * p50/p95/p99 per model that match an exact computation over the stored durations.
 */
const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(() => collector?.close());

/** quantileExact's definition: the element at floor(q * n) of the sorted values, clamped to the last. */
function exactQuantile(sorted: bigint[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.floor(q * sorted.length));
  return Number(sorted[index]!) / 1e6;
}

describe("demo → latency_percentiles", () => {
  it("reports per-model percentiles equal to an exact computation over llm_spans", async () => {
    const env = { LLMSCOPE_URL: collector.url };
    const demo = await runNode([BIN, "demo", "--traces", "60", "--concurrency", "12"], env, REPO_ROOT, 120_000);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/60/);
    await collector.flush();

    const traces = await collector.store.query<{ n: string }>("SELECT uniqExact(TraceId) AS n FROM otel_traces WHERE ServiceName = 'llmscope-demo'");
    expect(Number(traces[0]!.n)).toBe(60);

    const query = await runNode([BIN, "query", "latency_percentiles", "--format", "json"], env, REPO_ROOT, 60_000);
    expect(query.code, query.stderr).toBe(0);
    const reported = JSON.parse(query.stdout) as { model: string; operation: string; calls: number; p50_ms: number; p95_ms: number; p99_ms: number }[];

    const raw = await collector.store.query<{ model: string; operation: string; d: string }>(
      "SELECT RequestModel AS model, Operation AS operation, toString(DurationNs) AS d FROM llm_spans WHERE SpanType = 'llm'",
    );
    const groups = new Map<string, bigint[]>();
    for (const r of raw) {
      const key = `${r.model}|${r.operation}`;
      groups.set(key, [...(groups.get(key) ?? []), BigInt(r.d)]);
    }
    expect(groups.size).toBeGreaterThanOrEqual(2);
    expect(reported).toHaveLength(groups.size);
    for (const row of reported) {
      const durations = groups.get(`${row.model}|${row.operation}`)!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(row.calls).toBe(durations.length);
      expect(row.p50_ms).toBeCloseTo(exactQuantile(durations, 0.5), 6);
      expect(row.p95_ms).toBeCloseTo(exactQuantile(durations, 0.95), 6);
      expect(row.p99_ms).toBeCloseTo(exactQuantile(durations, 0.99), 6);
      expect(row.p50_ms).toBeLessThanOrEqual(row.p95_ms);
      expect(row.p95_ms).toBeLessThanOrEqual(row.p99_ms);
    }
  }, 180_000);
});
