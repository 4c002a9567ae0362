/**
 * Rows queued as Native blocks (packed-batch.ts) on real chDB: stored exactly as the same rows
 * written as objects through JSONEachRow; the queue's byte capacity refuses offers; a block group
 * the store refuses is read back into rows and only the refused row is dead-lettered; a group
 * that meets an outage is spooled as a block file and replayed once.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ragSpans } from "../../../../tools/src/bench/rag-spans";
import { loadConfig } from "../../config";
import { createProcessors } from "../../processor-chain";
import { enrich } from "../../enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "../../ingest/receiver/config";
import { decodeProtobufTraces } from "../../ingest/receiver/decode-protobuf";
import { validateSpans } from "../../ingest/receiver/validate";
import { MetricsRegistry } from "../../telemetry/metrics";
import { ChdbStore, NATIVE_MIN_ROWS } from "../../store/chdb-store";
import { BATCH_TABLES, type RowBatch } from "../../store/rows-by-table";
import { emptyPacked, Packer, packedBytes, packedRowCount, ROW_OBJECT_BYTES, type PackedBatch } from "./packed-batch";
import { BatchQueue } from "./queue";
import { DiskSpool } from "./spool";
import { StoreWriter } from "./store-writer";

const root = mkdtempSync(path.join(tmpdir(), "llmscope-packed-"));
let store: ChdbStore;

beforeAll(async () => {
  mkdirSync(path.join(root, "tmp"));
  process.env.TMPDIR = path.join(root, "tmp");
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 3650 });
  await store.migrate();
  await store.exec("CREATE DATABASE IF NOT EXISTS viajson");
  for (const table of BATCH_TABLES) await store.exec(`CREATE TABLE viajson.${table} AS llmscope.${table}`);
  // The encoders are looked up in the background; wait until every table has one.
  for (let i = 0; i < 500 && BATCH_TABLES.some((t) => !store.blocks.encoderNow(t)); i++) await sleep(10);
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

/** One 200-span RAG request's enriched rows, its services renamed to `service`. */
function requestRows(service: string, content = true): RowBatch {
  const processors = createProcessors(loadConfig({}), new MetricsRegistry(), undefined);
  const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(ragSpans(50, content))!);
  const { valid } = validateSpans(decodeProtobufTraces(body), DEFAULT_RECEIVER_LIMITS);
  const rows = enrich(valid, processors);
  for (const table of BATCH_TABLES) for (const row of rows[table] as { ServiceName?: string }[]) if ("ServiceName" in row) row.ServiceName = service;
  return rows;
}

async function setUp() {
  const metrics = new MetricsRegistry();
  const dir = mkdtempSync(path.join(root, "spool-"));
  const spool = new DiskSpool(dir, 64 * 1024 * 1024, metrics);
  await spool.open();
  return { metrics, dir, spool, writer: new StoreWriter(store, spool, metrics, 10) };
}

/** Every row of a service as text, sorted, without the service name. */
const readBack = async (db: string, table: string, service: string) =>
  (await store.query(`SELECT * EXCEPT ServiceName FROM ${db}.${table} WHERE ServiceName = '${service}' SETTINGS date_time_output_format = 'unix_timestamp'`))
    .map((r) => JSON.stringify(r))
    .sort();

const count = async (table: string, service: string) =>
  Number((await store.query<{ n: string }>(`SELECT count() AS n FROM ${table} WHERE ServiceName = '${service}'`))[0]!.n);

describe("rows queued as Native blocks", () => {
  it("are held as blocks, far smaller than the objects, and stored exactly as the same rows written as JSONEachRow", async () => {
    const { writer } = await setUp();
    const packer = new Packer(store.blocks);
    const batch = emptyPacked();
    const requests = [requestRows("packed"), requestRows("packed", false), requestRows("packed")];
    for (const rows of requests) packer.add(batch, rows);
    // otel_traces (200 rows a request) is encoded once a second request's rows arrive; the rest wait in the tail.
    expect(batch.otel_traces.groups.length).toBe(1);
    expect(packedRowCount(batch)).toBe(requests.reduce((n, r) => n + r.otel_traces.length + r.llm_spans.length + r.llm_scores.length, 0));
    const encodedRows = batch.otel_traces.groups[0]!.rows;
    expect(batch.otel_traces.groups[0]!.bytes / encodedRows).toBeLessThan(ROW_OBJECT_BYTES / 2);
    await writer.writePacked(batch, "same-rows");
    for (const table of BATCH_TABLES) {
      const all = requests.flatMap((r) => r[table] as object[]).map((r) => ({ ...r, ServiceName: "packed" }));
      for (let i = 0; i < all.length; i += NATIVE_MIN_ROWS - 1) await store.insert(`viajson.${table}`, all.slice(i, i + NATIVE_MIN_ROWS - 1));
      const [packed, json] = [await readBack("llmscope", table, "packed"), await readBack("viajson", table, "packed")];
      expect(packed.length, table).toBe(all.length);
      expect(packed, table).toEqual(json);
    }
    // Writing the same batch again (a retry) stores nothing new: the groups' tokens repeat.
    const stored = await count("otel_traces", "packed");
    await writer.writePacked(batch, "same-rows");
    expect(await count("otel_traces", "packed")).toBe(stored);
  });

  it("the memory queue refuses offers once the bytes it holds reach its byte capacity, and takes them once written", async () => {
    const CAPACITY = 1024 * 1024;
    const written: PackedBatch[] = [];
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const queue = new BatchQueue(
      { capacitySpans: 1_000_000, capacityBytes: CAPACITY, flushSpans: 1_000_000, flushIntervalMs: 60_000 },
      async (batch) => {
        await blocked;
        written.push(batch);
      },
      new MetricsRegistry(),
      new Packer(store.blocks),
    );
    const rows = requestRows("cap", false);
    const rowsPerRequest = rows.otel_traces.length + rows.llm_spans.length + rows.llm_scores.length;
    let accepted = 0;
    while (queue.offer(200, rows)) accepted++;
    // Encoded, more than twice the requests fit that would as objects.
    expect(accepted).toBeGreaterThan((2 * CAPACITY) / (rowsPerRequest * ROW_OBJECT_BYTES));
    expect(queue.bytes).toBeGreaterThanOrEqual(CAPACITY);
    expect(queue.hasRoom(1)).toBe(false);
    const flushing = queue.flush();
    expect(queue.offer(200, rows)).toBe(false);
    release();
    await flushing;
    expect(queue.bytes).toBe(0);
    expect(queue.offer(200, rows)).toBe(true);
    expect(packedBytes(written[0]!)).toBeGreaterThanOrEqual(CAPACITY);
    expect(packedRowCount(written[0]!)).toBe(accepted * rowsPerRequest);
  });

  it("a group the store refuses is read back into rows: the refused row is dead-lettered alone, the others stored", async () => {
    const { writer, dir, metrics } = await setUp();
    const rows = requestRows("refused", false);
    rows.otel_traces[77]!.SpanName = "poison";
    await store.exec("ALTER TABLE otel_traces ADD CONSTRAINT no_poison CHECK SpanName != 'poison'");
    try {
      const batch = emptyPacked();
      new Packer(store.blocks).add(batch, rows);
      expect(batch.otel_traces.groups).toHaveLength(0);
      expect(batch.otel_traces.tail).toHaveLength(rows.otel_traces.length);
      await writer.writePacked(batch, "refused");
    } finally {
      await store.exec("ALTER TABLE otel_traces DROP CONSTRAINT no_poison");
    }
    expect(await count("otel_traces", "refused")).toBe(rows.otel_traces.length - 1);
    expect(await count("llm_spans", "refused")).toBe(rows.llm_spans.length);
    expect(readdirSync(path.join(dir, "dead"))).toHaveLength(1);
    expect(metrics.total("llmscope_rows_dead_lettered_total")).toBe(1);
  });

  it("a group that meets an outage is spooled as a block file and replayed once", async () => {
    const { writer, dir, spool } = await setUp();
    const rows = requestRows("outage", false);
    const batch = emptyPacked();
    const packer = new Packer(store.blocks);
    packer.add(batch, rows);
    packer.add(batch, requestRows("outage-2", false));
    await store.insert(
      "otel_traces",
      rows.otel_traces.slice(0, 1).map((r) => ({ ...r, ServiceName: "part" })),
    );
    await store.exec("ALTER TABLE otel_traces MODIFY SETTING parts_to_throw_insert = 1, parts_to_delay_insert = 1");
    try {
      await writer.writePacked(batch, "outage");
    } finally {
      await store.exec("ALTER TABLE otel_traces RESET SETTING parts_to_throw_insert, parts_to_delay_insert");
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".otel_traces.native"))).toHaveLength(1);
    expect(await count("otel_traces", "outage")).toBe(0);
    expect(await count("llm_spans", "outage")).toBe(rows.llm_spans.length);
    expect(await spool.replay(store)).toBe(2 * rows.otel_traces.length);
    expect(await count("otel_traces", "outage")).toBe(rows.otel_traces.length);
    // The spooled file kept the group's token: the same batch written again stores nothing new.
    await writer.writePacked(batch, "outage");
    expect(await count("otel_traces", "outage")).toBe(rows.otel_traces.length);
    expect(readdirSync(dir).filter((f) => f.endsWith(".native"))).toHaveLength(0);
  });
});
