import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { ExportResultCode } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { exportWith, makeSpans } from "./support/spans";

// Its own file: chDB allows one engine per process, and this test needs a collector with a tiny queue.

describe("backpressure", () => {
  it("answers 503 with Retry-After when the queue is full (memory durability), and the exporter's retry then lands", async () => {
    const small = await startTestCollector({ LLMSCOPE_DURABILITY: "memory", LLMSCOPE_QUEUE_CAPACITY: "5", LLMSCOPE_BATCH_MAX_SPANS: "1000", LLMSCOPE_BATCH_FLUSH_MS: "400" });
    try {
      const first = new JsonExporter({ url: `${small.url}/v1/traces` });
      expect((await exportWith(first, makeSpans(2, "bp"))).code).toBe(ExportResultCode.SUCCESS);
      // 4 spans are queued; 2 more do not fit until the timer flushes the queue.
      const direct = await fetch(`${small.url}/v1/traces`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [1, 2].map((i) => ({ traceId: "1".repeat(32), spanId: String(i).repeat(16), name: "x", startTimeUnixNano: "1", endTimeUnixNano: "2" })) }] }] }),
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
