import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { MetricsRegistry } from "../../telemetry/metrics";
import { BatchQueue } from "./queue";
import { llmRow, traceRow } from "../../enrich/processors/cost/test-fixtures";
import { batchOf } from "../../store/rows-by-table";
import type { OtelTraceRow } from "../../store/rows";
import { Packer, type PackedBatch } from "./packed-batch";

function recorder() {
  const batches: PackedBatch[] = [];
  let release: () => void = () => {};
  let blocked = false;
  return {
    batches,
    block() {
      blocked = true;
    },
    unblock() {
      blocked = false;
      release();
    },
    sink: async (batch: PackedBatch) => {
      if (blocked) await new Promise<void>((r) => (release = r));
      batches.push(batch);
    },
  };
}

/** Rows kept as objects (no store to encode them with), so the tests read them back. */
const rowsOnly = new Packer(undefined);

const rows = (n: number, tag = "r") => Array.from({ length: n }, (_, i) => traceRow(llmRow({ SpanId: `${tag}${i}` })));
/** A batch of `n` otel_traces rows whose span ids are `<tag>0`, `<tag>1`, … */
const traces = (n: number, tag = "r") => batchOf({ otel_traces: rows(n, tag) });

describe("BatchQueue", () => {
  it("flushes as soon as the size threshold is reached, keeping order per table", async () => {
    const rec = recorder();
    const q = new BatchQueue({ capacitySpans: 100, capacityBytes: 1 << 30, flushSpans: 5, flushIntervalMs: 60_000 }, rec.sink, new MetricsRegistry(), rowsOnly);
    expect(q.offer(3, batchOf({ otel_traces: rows(3, "a"), llm_spans: [llmRow()] }))).toBe(true);
    expect(rec.batches).toHaveLength(0);
    expect(q.offer(2, traces(2, "b"))).toBe(true);
    await q.flush();
    expect(rec.batches).toHaveLength(1);
    expect(rec.batches[0]?.otel_traces.tail.map((r) => (r as OtelTraceRow).SpanId)).toEqual(["a0", "a1", "a2", "b0", "b1"]);
    expect(rec.batches[0]?.llm_spans.tail).toHaveLength(1);
    expect(q.size).toBe(0);
  });

  it("flushes on the timer when the size threshold is not reached", async () => {
    const rec = recorder();
    const q = new BatchQueue({ capacitySpans: 100, capacityBytes: 1 << 30, flushSpans: 1000, flushIntervalMs: 20 }, rec.sink, new MetricsRegistry(), rowsOnly);
    q.start();
    q.offer(1, traces(1));
    for (let i = 0; i < 100 && rec.batches.length === 0; i++) await sleep(10);
    expect(rec.batches).toHaveLength(1);
    await q.close();
  });

  it("refuses a whole offer that does not fit, counting spans being written, and takes it once there is room", async () => {
    const rec = recorder();
    const metrics = new MetricsRegistry();
    const q = new BatchQueue({ capacitySpans: 10, capacityBytes: 1 << 30, flushSpans: 1000, flushIntervalMs: 60_000 }, rec.sink, metrics, rowsOnly);
    expect(q.offer(8, traces(8))).toBe(true);
    rec.block();
    const flushing = q.flush();
    expect(q.size).toBe(8);
    expect(q.offer(3, traces(3, "late"))).toBe(false);
    expect(q.offer(2, traces(2, "fits"))).toBe(true);
    expect(metrics.gauge("llmscope_queue_spans", "").get()).toBe(10);
    rec.unblock();
    await flushing;
    expect(q.offer(3, traces(3, "late"))).toBe(true);
    await q.close();
    const ids = rec.batches.flatMap((b) => b.otel_traces.tail.map((r) => (r as OtelTraceRow).SpanId));
    expect(ids.filter((id) => id.startsWith("late"))).toHaveLength(3);
    expect(ids).toHaveLength(13);
  });

  it("writes everything held on close and refuses offers afterwards", async () => {
    const rec = recorder();
    const q = new BatchQueue(
      { capacitySpans: 100, capacityBytes: 1 << 30, flushSpans: 1000, flushIntervalMs: 60_000 },
      rec.sink,
      new MetricsRegistry(),
      rowsOnly,
    );
    q.offer(4, traces(4));
    await q.close();
    expect(rec.batches.flatMap((b) => b.otel_traces.tail)).toHaveLength(4);
    expect(q.offer(1, traces(1))).toBe(false);
  });

  it("counts rows as dropped when the sink itself fails, and keeps working", async () => {
    const metrics = new MetricsRegistry();
    let fail = true;
    const seen: number[] = [];
    const q = new BatchQueue(
      { capacitySpans: 100, capacityBytes: 1 << 30, flushSpans: 1000, flushIntervalMs: 60_000 },
      async (b) => {
        if (fail) throw new Error("disk full");
        seen.push(b.otel_traces.tail.length);
      },
      metrics,
      rowsOnly,
    );
    q.offer(2, traces(2));
    await q.flush();
    expect(metrics.counter("llmscope_rows_dropped_total", "").get({ table: "otel_traces" })).toBe(2);
    fail = false;
    q.offer(1, traces(1));
    await q.close();
    expect(seen).toEqual([1]);
  });
});
