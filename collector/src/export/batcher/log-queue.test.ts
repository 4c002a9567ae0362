import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { decode } from "../../ingest/receiver/http";
import type { ValidSpan } from "../../ingest/receiver/model";
import { validateSpans } from "../../ingest/receiver/validate";
import { WriteAheadLog } from "../../ingest/wal/log";
import type { LoggedRequest } from "../../ingest/wal/record";
import { MetricsRegistry } from "../../telemetry/metrics";
import { llmRow, traceRow } from "../../enrich/processors/cost/test-fixtures";
import { batchOf, emptyBatch, type RowBatch } from "../../store/rows-by-table";
import { LogQueue } from "./log-queue";
import { Packer, type PackedBatch } from "./packed-batch";
import type { OtelTraceRow } from "../../store/rows";

/** One OTLP/JSON request of `n` spans whose ids are `<request>-<i>`, and its valid spans as the receiver hands them over. */
function request(requestNo: number, n: number): { logged: LoggedRequest; spans: ValidSpan[] } {
  const spans = Array.from({ length: n }, (_, i) => ({
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: (requestNo * 1000 + i).toString(16).padStart(16, "0"),
    name: `s${requestNo}-${i}`,
    kind: 1,
    startTimeUnixNano: "1700000000000000000",
    endTimeUnixNano: "1700000000100000000",
  }));
  const body = Buffer.from(JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans }] }] }));
  return { logged: { encoding: "json", body }, spans: validateSpans(decode("json", body), loadConfig({}).receiver).valid };
}

/** Store stages that record each batch written (and each attempt), can be held (a slow store) and can refuse a batch once. */
function recordingStages() {
  const writes: { batchId: string; spanIds: string[] }[] = [];
  const attempts: string[] = [];
  let release: (() => void) | undefined;
  let held: Promise<void> | undefined;
  let refuse: string | undefined;
  const recorder = {
    writes,
    attempts,
    /** Runs inside each write, once it has succeeded. */
    afterWrite: () => undefined as void,
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release() {
      held = undefined;
      release?.();
    },
    /** The first write of a batch holding this span id fails. */
    refuseOnce(spanId: string) {
      refuse = spanId;
    },
    stages: {
      rowsOf: (spans: ValidSpan[]): RowBatch => batchOf({ otel_traces: spans.map((s) => traceRow(llmRow({ SpanId: s.spanId }))) }),
      rowsOfRecords: () => ({ rows: emptyBatch(), spans: 0, unreadable: 0 }),
      write: async (batch: PackedBatch, batchId: string) => {
        await held;
        attempts.push(batchId);
        const spanIds = (batch.otel_traces.tail as OtelTraceRow[]).map((r) => r.SpanId);
        if (refuse && spanIds.includes(refuse)) {
          refuse = undefined;
          throw new Error("store unavailable");
        }
        writes.push({ batchId, spanIds });
        recorder.afterWrite();
      },
      withoutStored: (batch: RowBatch) => Promise.resolve(batch),
      abandon: () => undefined,
    },
  };
  return recorder;
}

async function openQueue(flushSpans: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-logqueue-"));
  const metrics = new MetricsRegistry();
  const { log } = await WriteAheadLog.open(dir, 1 << 26, metrics);
  const rec = recordingStages();
  const queue = new LogQueue(
    log,
    { capacitySpans: 100_000, capacityBytes: 1 << 30, flushSpans, flushIntervalMs: 60_000, segmentBytes: 1 << 24 },
    rec.stages,
    metrics,
    [],
    new Packer(undefined),
  );
  const segmentFiles = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".wal"))
      .sort();
  return { queue, rec, log, metrics, segmentFiles, dir };
}

const idsOf = (requests: { spans: ValidSpan[] }[]) => requests.flatMap((r) => r.spans.map((s) => s.spanId));

describe("LogQueue", () => {
  it("writes the segments sealed while a write runs as one batch, in order, and deletes their files after it", async () => {
    const { queue, rec, segmentFiles } = await openQueue(10);
    rec.hold();
    const first = request(1, 10);
    await queue.offer(first.logged, first.spans);
    // The first segment is being written (held); four more fill meanwhile, each sealed at 10 spans.
    const later = Array.from({ length: 4 }, (_, i) => request(i + 2, 10));
    for (const r of later) await queue.offer(r.logged, r.spans);
    expect(segmentFiles()).toHaveLength(6);
    rec.release();
    await queue.flush();
    expect(rec.writes.map((w) => w.spanIds)).toEqual([idsOf([first]), idsOf(later)]);
    expect(rec.writes[1]!.batchId).toMatch(/^wal-\d{12}-[0-9a-f]{16}\+4$/);
    expect(queue.size).toBe(0);
    await queue.close(1000);
    expect(segmentFiles()).toEqual([]);
  });

  it("retries a failed batch with the same segments and id, even when more were sealed since", async () => {
    const { queue, rec, segmentFiles } = await openQueue(10);
    rec.hold();
    const first = request(1, 10);
    await queue.offer(first.logged, first.spans);
    const group = [request(2, 10), request(3, 10)];
    for (const r of group) await queue.offer(r.logged, r.spans);
    rec.refuseOnce(group[0]!.spans[0]!.spanId);
    rec.release();
    await queue.flush();
    expect(rec.writes.map((w) => w.spanIds)).toEqual([idsOf([first])]);
    expect(segmentFiles()).toHaveLength(3);
    // A segment sealed after the failure is not added to the failed group: that batch is written again as it was.
    const after = request(4, 10);
    await queue.offer(after.logged, after.spans);
    await queue.flush();
    expect(rec.writes.map((w) => w.spanIds)).toEqual([idsOf([first]), idsOf(group), idsOf([after])]);
    expect(rec.attempts[1]).toMatch(/\+2$/);
    expect(rec.attempts[2]).toBe(rec.attempts[1]);
    await queue.close(1000);
    expect(segmentFiles()).toEqual([]);
  });

  it("after a batch is stored but one of its files cannot be deleted, writes the same batch under the same id again and deletes the rest", async () => {
    const { queue, rec, segmentFiles, dir } = await openQueue(10);
    rec.hold();
    const first = request(1, 10);
    await queue.offer(first.logged, first.spans);
    const group = [request(2, 10), request(3, 10), request(4, 10)];
    for (const r of group) await queue.offer(r.logged, r.spans);
    const [, second, third] = segmentFiles();
    // Once the group is stored, its second file is swapped for a folder: deleting it fails.
    rec.afterWrite = () => {
      if (rec.writes.length !== 2) return;
      renameSync(path.join(dir, third!), path.join(dir, `${third}.kept`));
      mkdirSync(path.join(dir, third!));
    };
    rec.release();
    await queue.flush();
    expect(segmentFiles()).not.toContain(second);
    expect(queue.size).toBe(30);
    rmdirSync(path.join(dir, third!));
    renameSync(path.join(dir, `${third}.kept`), path.join(dir, third!));
    await queue.flush();
    expect(rec.writes.map((w) => w.spanIds)).toEqual([idsOf([first]), idsOf(group), idsOf(group)]);
    expect(rec.writes[2]!.batchId).toBe(rec.writes[1]!.batchId);
    expect(queue.size).toBe(0);
    await queue.close(1000);
    expect(segmentFiles()).toEqual([]);
  });
});
