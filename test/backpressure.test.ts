import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { ExportResultCode } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { llmSpansJson } from "./support/otlp-json";
import { exportWith, makeSpans } from "./support/spans";

// Its own file: chDB allows one engine per process, and these tests need collectors with tiny limits (run one after another).

/** A collector in memory durability whose queue flushes on a 400 ms timer, with `limit` as its capacity. */
const memoryQueueCollector = (limit: Record<string, string>) =>
  startTestCollector({ LLMSCOPE_DURABILITY: "memory", LLMSCOPE_BATCH_MAX_SPANS: "1000", LLMSCOPE_BATCH_FLUSH_MS: "400", ...limit });

describe("backpressure", () => {
  it("answers 503 with Retry-After when the queue is full (memory durability), and the exporter's retry then lands", async () => {
    const small = await memoryQueueCollector({ LLMSCOPE_QUEUE_CAPACITY: "5" });
    try {
      const first = new JsonExporter({ url: `${small.url}/v1/traces` });
      expect((await exportWith(first, makeSpans(2, "bp"))).code).toBe(ExportResultCode.SUCCESS);
      // 4 spans are queued; 2 more do not fit until the timer flushes the queue.
      const direct = await fetch(`${small.url}/v1/traces`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          resourceSpans: [
            {
              scopeSpans: [
                {
                  spans: [1, 2].map((i) => ({
                    traceId: "1".repeat(32),
                    spanId: String(i).repeat(16),
                    name: "x",
                    startTimeUnixNano: "1",
                    endTimeUnixNano: "2",
                  })),
                },
              ],
            },
          ],
        }),
      });
      expect(direct.status).toBe(503);
      expect(Number(direct.headers.get("retry-after"))).toBeGreaterThan(0);

      // The real exporter gets the same 503, backs off, and retries until the queue has drained.
      const retried = await exportWith(new JsonExporter({ url: `${small.url}/v1/traces` }), makeSpans(2, "bp-retry"));
      expect(retried.code, String(retried.error)).toBe(ExportResultCode.SUCCESS);
      await small.flush();
      const [row] = await small.store.query<{ n: string }>("SELECT count() AS n FROM otel_traces WHERE ServiceName = 'bp-retry'");
      expect(Number(row!.n)).toBe(4);
      expect(small.metrics.total("llmscope_receiver_spans_refused_total")).toBeGreaterThanOrEqual(2);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("byte capacity", () => {
  it("answers 503 once the queue holds its byte capacity (memory durability), and the exporter's retry lands after the flush", async () => {
    const small = await memoryQueueCollector({ LLMSCOPE_QUEUE_CAPACITY_BYTES: "1" });
    try {
      const body = llmSpansJson("bytes-first", 3, () => ({ input: 10, output: 5 }));
      const post = () => fetch(`${small.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect((await post()).status).toBe(200);
      // The queue now holds more than 1 byte: the next request is refused whole until the timer's flush.
      const refused = await post();
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(small.metrics.total("llmscope_queue_bytes")).toBeGreaterThan(0);

      const retried = await exportWith(new ProtoExporter({ url: `${small.url}/v1/traces` }), makeSpans(2, "bytes-retry"));
      expect(retried.code, String(retried.error)).toBe(ExportResultCode.SUCCESS);
      await small.flush();
      const [row] = await small.store.query<{ n: string }>("SELECT count() AS n FROM otel_traces WHERE ServiceName = 'bytes-retry'");
      expect(Number(row!.n)).toBe(4);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("overload with the write-ahead log", () => {
  it("spills to disk instead of refusing when memory is full, and stores everything", async () => {
    const c = await startTestCollector({ LLMSCOPE_QUEUE_CAPACITY: "5", LLMSCOPE_BATCH_MAX_SPANS: "1000", LLMSCOPE_BATCH_FLUSH_MS: "400" });
    try {
      for (let i = 0; i < 5; i++) {
        const result = await exportWith(new ProtoExporter({ url: `${c.url}/v1/traces` }), makeSpans(3, "spill"));
        expect(result.code, String(result.error)).toBe(ExportResultCode.SUCCESS);
      }
      await c.flush();
      const [row] = await c.store.query<{ n: string; d: string }>(
        "SELECT count() AS n, uniqExact(TraceId, SpanId) AS d FROM otel_traces WHERE ServiceName = 'spill'",
      );
      expect([Number(row!.n), Number(row!.d)]).toEqual([30, 30]);
      expect(c.metrics.total("llmscope_receiver_spans_refused_total")).toBe(0);
      expect(c.metrics.total("llmscope_wal_spans_spilled_total")).toBeGreaterThan(0);
      expect(c.metrics.total("llmscope_wal_spans_replayed_total")).toBe(c.metrics.total("llmscope_wal_spans_spilled_total"));
    } finally {
      await c.close();
    }
  }, 60_000);

  it("answers 503 + Retry-After before decoding anything once the log's disk budget is spent", async () => {
    // Nothing is written to the store here (no flush by time or size), so the log only grows.
    const c = await startTestCollector({ LLMSCOPE_WAL_MAX_BYTES: "20000", LLMSCOPE_BATCH_MAX_SPANS: "1000000", LLMSCOPE_BATCH_FLUSH_MS: "3600000" });
    try {
      const body = llmSpansJson("budget", 20, () => ({ input: 1, output: 1 }));
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${c.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body });
        await res.arrayBuffer();
        statuses.push(res.status);
        if (res.status === 503) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      const accepted = statuses.filter((s) => s === 200).length;
      expect(accepted).toBeGreaterThan(0);
      expect(statuses.slice(accepted)).toEqual(Array(10 - accepted).fill(503));
      // Refused requests were never decoded (so never enriched or judged).
      expect(c.metrics.total("llmscope_receiver_spans_received_total")).toBe(accepted * 20);
      await c.flush();
      const [row] = await c.store.query<{ n: string }>("SELECT count() AS n FROM otel_traces WHERE ServiceName = 'budget'");
      expect(Number(row!.n)).toBe(20);
      // Written and deleted, the log has room again.
      const again = await fetch(`${c.url}/v1/traces`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: llmSpansJson("budget", 20, () => ({ input: 1, output: 1 })),
      });
      expect(again.status).toBe(200);
    } finally {
      await c.close();
    }
  }, 60_000);
});
