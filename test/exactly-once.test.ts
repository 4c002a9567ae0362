import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { batchOf, DiskSpool, encodeRecord, MetricsRegistry, StoreWriter } from "@llmscope/collector/testing";
import { loadConfig, type LlmSpanRow, type OtelTraceRow, type RunningCollector, startCollector } from "@llmscope/collector";
import { numberedSpansJson } from "./support/child-collector";

// One file: chDB allows one engine per process, so the collectors here run one after another.

const start = (dataDir: string, env: Record<string, string> = {}) =>
  startCollector(loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_BATCH_FLUSH_MS: "100", ...env }));

async function counts(c: RunningCollector, service: string): Promise<{ rows: number; distinct: number; llm: number; lookup: number; minuteCalls: number }> {
  await c.flush();
  const [r] = await c.store.query<Record<string, string>>(
    `SELECT
       (SELECT count() FROM otel_traces WHERE ServiceName = {s:String}) AS rows,
       (SELECT uniqExact(TraceId, SpanId) FROM otel_traces WHERE ServiceName = {s:String}) AS distinct,
       (SELECT count() FROM llm_spans WHERE ServiceName = {s:String}) AS llm,
       (SELECT count() FROM otel_traces_trace_id_ts WHERE TraceId IN (SELECT TraceId FROM otel_traces WHERE ServiceName = {s:String})) AS lookup,
       (SELECT sum(Calls) FROM llm_calls_1m WHERE ServiceName = {s:String}) AS minuteCalls,
       (SELECT sum(Calls) FROM llm_call_outcomes_1m WHERE ServiceName = {s:String}) AS outcomeCalls,
       (SELECT count() FROM otel_traces WHERE ServiceName = {s:String} AND ParentSpanId = '') AS roots,
       (SELECT count() FROM llm_trace_roots WHERE ServiceName = {s:String}) AS rootsCopied,
       (SELECT count() FROM llm_spans WHERE SpanType = 'llm' AND TraceId IN (SELECT TraceId FROM llm_spans WHERE ServiceName = {s:String})) AS traceCalls,
       (SELECT sum(LlmCalls) FROM llm_trace_summary WHERE TraceId IN (SELECT TraceId FROM llm_spans WHERE ServiceName = {s:String})) AS summaryCalls`,
    { s: service },
  );
  // Both per-minute rollups are filled by views on the same inserts: a deduplicated block must be
  // dropped from each.
  expect(Number(r!.outcomeCalls), "llm_call_outcomes_1m").toBe(Number(r!.minuteCalls));
  // So are recent_traces' tables: root spans copied, LLM calls counted per trace.
  expect(Number(r!.rootsCopied), "llm_trace_roots").toBe(Number(r!.roots));
  expect(Number(r!.summaryCalls), "llm_trace_summary").toBe(Number(r!.traceCalls));
  return { rows: Number(r!.rows), distinct: Number(r!.distinct), llm: Number(r!.llm), lookup: Number(r!.lookup), minuteCalls: Number(r!.minuteCalls) };
}

const post = (c: RunningCollector, body: string) => fetch(`${c.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("exactly once in the store", () => {
  it("stores a request sent twice once (an exporter retrying after a lost answer)", async () => {
    const c = await start(mkdtempSync(path.join(tmpdir(), "llmscope-once-")));
    try {
      const { body } = numberedSpansJson("twice", 7, 25);
      expect((await post(c, body)).status).toBe(200);
      await c.flush();
      expect((await post(c, body)).status).toBe(200);
      expect(await counts(c, "twice")).toEqual({ rows: 25, distinct: 25, llm: 25, lookup: 1, minuteCalls: 25 });
      expect(c.metrics.total("llmscope_spans_duplicate_total")).toBe(25);
    } finally {
      await c.close();
    }
  });

  it("stores a request sent again after a restart once (the first copy was already written)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-once-"));
    const { body } = numberedSpansJson("restart-retry", 16, 12);
    let c = await start(dataDir);
    try {
      expect((await post(c, body)).status).toBe(200);
      await c.flush();
    } finally {
      await c.close();
    }
    c = await start(dataDir);
    try {
      expect((await post(c, body)).status).toBe(200);
      expect(await counts(c, "restart-retry")).toMatchObject({ rows: 12, distinct: 12, llm: 12 });
      expect(c.metrics.total("llmscope_spans_duplicate_total")).toBe(12);
    } finally {
      await c.close();
    }
  });

  it("stores a batch written twice under the same id once, materialized views included", async () => {
    const c = await start(mkdtempSync(path.join(tmpdir(), "llmscope-once-")));
    try {
      const { body } = numberedSpansJson("token", 8, 10);
      expect((await post(c, body)).status).toBe(200);
      await c.flush();
      // Read the rows back as they were inserted and write them again under one batch id, twice.
      const traces = await c.store.query<OtelTraceRow>("SELECT * FROM otel_traces WHERE ServiceName = 'token'");
      const llm = await c.store.query<LlmSpanRow>("SELECT * FROM llm_spans WHERE ServiceName = 'token'");
      const again = traces.map((r) => ({ ...r, ServiceName: "token-again" }));
      const againLlm = llm.map((r) => ({ ...r, ServiceName: "token-again" }));
      const metrics = new MetricsRegistry();
      const spool = new DiskSpool(mkdtempSync(path.join(tmpdir(), "llmscope-once-spool-")), 1 << 20, metrics);
      await spool.open();
      const writer = new StoreWriter(c.store, spool, metrics);
      const batch = () => batchOf({ otel_traces: again.map((r) => ({ ...r })), llm_spans: againLlm.map((r) => ({ ...r })) });
      await writer.write(batch(), "batch-42");
      await writer.write(batch(), "batch-42");
      // The trace keeps its id, so its lookup table has one row from the first insert and one from batch-42.
      expect(await counts(c, "token-again")).toEqual({ rows: 10, distinct: 10, llm: 10, lookup: 2, minuteCalls: 10 });
      await writer.write(batch(), "batch-43");
      expect(await counts(c, "token-again")).toMatchObject({ rows: 20, llm: 20, lookup: 3, minuteCalls: 20 });
    } finally {
      await c.close();
    }
  });

  it("replays the same spool file twice and stores its rows once; a corrupt file goes to dead/ and replay goes on", async () => {
    const c = await start(mkdtempSync(path.join(tmpdir(), "llmscope-once-")));
    try {
      const { body } = numberedSpansJson("spooled", 9, 12);
      expect((await post(c, body)).status).toBe(200);
      await c.flush();
      const rows = (await c.store.query<Record<string, unknown>>("SELECT * FROM otel_traces WHERE ServiceName = 'spooled'")).map((r) => ({
        ...r,
        ServiceName: "spooled-again",
      }));
      const later = rows.map((r) => ({ ...r, ServiceName: "spooled-later" }));

      const metrics = new MetricsRegistry();
      const dir = mkdtempSync(path.join(tmpdir(), "llmscope-once-spool-"));
      const spool = new DiskSpool(dir, 1 << 24, metrics);
      await spool.open();
      expect(await spool.save("otel_traces", rows, "seg-1-otel_traces")).toBe(true);
      writeFileSync(path.join(dir, "000000000000002-000099.otel_traces.jsonl"), '{"x": trunc');
      expect(await spool.save("otel_traces", later)).toBe(true);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .sort();
      expect(files).toHaveLength(3);
      const saved = files.filter((f) => f.includes("~seg-1-"));
      expect(saved).toHaveLength(1);
      const keep = path.join(tmpdir(), `llmscope-once-copy-${process.pid}`);
      copyFileSync(path.join(dir, saved[0]!), keep);

      expect(await spool.replay(c.store)).toBe(24);
      expect(readdirSync(path.join(dir, "dead"))).toEqual(["000000000000002-000099.otel_traces.jsonl"]);
      expect(metrics.total("llmscope_spool_files_dead_total")).toBe(1);

      // A crash between the insert and the delete: the same file is replayed again.
      copyFileSync(keep, path.join(dir, saved[0]!));
      await spool.open();
      expect(await spool.replay(c.store)).toBe(12);
      expect(await counts(c, "spooled-again")).toMatchObject({ rows: 12, distinct: 12 });
      expect(await counts(c, "spooled-later")).toMatchObject({ rows: 12, distinct: 12 });
    } finally {
      await c.close();
    }
  });

  it("replays a log segment left by a crash once, even when it is found again; a damaged segment keeps its good records", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-once-"));
    const wal = path.join(dataDir, "wal");
    mkdirSync(wal, { recursive: true });
    const record = (service: string, request: number, n: number) => {
      const body = Buffer.from(numberedSpansJson(service, request, n).body);
      return Buffer.concat([encodeRecord({ encoding: "json", body }), body]);
    };
    // Segment 1: two requests. Segment 2: one good request, then damage (a flipped byte in the second record).
    const segment1 = Buffer.concat([record("replayed", 11, 15), record("replayed", 12, 5)]);
    writeFileSync(path.join(wal, "000000000001-00000000000000aa.wal"), segment1);
    const damaged = Buffer.concat([record("damaged", 13, 6), record("damaged", 14, 6)]);
    damaged[damaged.length - 10]! ^= 0xff;
    writeFileSync(path.join(wal, "000000000002-00000000000000aa.wal"), damaged);

    let c = await start(dataDir);
    try {
      expect(await counts(c, "replayed")).toMatchObject({ rows: 20, distinct: 20, llm: 20 });
      expect(await counts(c, "damaged")).toMatchObject({ rows: 6, distinct: 6 });
      expect(readdirSync(path.join(wal, "dead"))).toEqual(["000000000002-00000000000000aa.wal"]);
      expect(c.metrics.total("llmscope_wal_segments_dead_total")).toBe(1);
      expect(c.metrics.total("llmscope_wal_spans_replayed_total")).toBe(26);
    } finally {
      await c.close();
    }
    // The crash came after the insert but before the delete: the same segment is there again.
    writeFileSync(path.join(wal, "000000000001-00000000000000aa.wal"), segment1);
    c = await start(dataDir);
    try {
      expect(await counts(c, "replayed")).toMatchObject({ rows: 20, distinct: 20, llm: 20, minuteCalls: 20 });
      // Found in the store before the insert (20 otel_traces + 20 llm_spans rows), not only dropped by the token.
      expect(c.metrics.total("llmscope_wal_rows_already_stored_total")).toBe(40);
      expect(readdirSync(wal).filter((f) => f.endsWith(".wal"))).not.toContain("000000000001-00000000000000aa.wal");
      // Segment numbers start again after 1 in this run; its batch ids must still be new ones.
      expect((await post(c, numberedSpansJson("after-restart", 15, 4).body)).status).toBe(200);
      expect(await counts(c, "after-restart")).toMatchObject({ rows: 4, llm: 4 });
    } finally {
      await c.close();
    }
  });
});
