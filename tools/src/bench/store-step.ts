import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { createProcessors } from "@llmscope/collector/internal/processor-chain";
import { tablesOf } from "@llmscope/collector/internal/store/rows-by-table";
import { enrich } from "@llmscope/collector/internal/enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "@llmscope/collector/internal/ingest/receiver/config";
import { decodeProtobufTraces } from "@llmscope/collector/internal/ingest/receiver/decode-protobuf";
import { validateSpans } from "@llmscope/collector/internal/ingest/receiver/validate";
import { ChdbStore } from "@llmscope/collector/internal/store/chdb-store";
import { nativeTableOf } from "@llmscope/collector/internal/store/insert-columns";
import { MetricsRegistry } from "@llmscope/collector/internal/telemetry/metrics";
import { timerLateness } from "./ingest";
import { ragSpans } from "./rag-spans";

export type StoreFormat = "JSONEachRow" | "Native";

export interface StoreStepResult {
  content: boolean;
  format: StoreFormat;
  spans: number;
  /** CPU per span of producing the batch's bytes in this format (JSON text or the Native block), main thread. */
  serialiseMicrosPerSpan: number;
  /** CPU per span of Store.insert of the batch's rows, every table (serialisation, chDB's parsing and part writes). */
  insertMicrosPerSpan: number;
  /** The longest the event loop was held during the inserts (a 5 ms timer's worst lateness). */
  stallMaxMs: number;
  /** The same counting only time the main thread was on a core (see timerLateness). */
  stallOnCpuMaxMs: number;
}

const FLUSH_SPANS = 5000;

/**
 * The store step alone: enriched rows of RAG-shaped spans inserted into a fresh embedded chDB in
 * flush-sized batches (5,000 spans), CPU of the whole process (chDB's threads included) around each
 * insert, in one insert format. Background merges that run later are not in the figure.
 */
export async function benchStoreStep(totalSpans: number, content: boolean, format: StoreFormat): Promise<StoreStepResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-store-"));
  const config = loadConfig({ LLMSCOPE_DATA_DIR: dataDir });
  const store = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 3650, nativeMinRows: format === "Native" ? 1 : Infinity });
  try {
    await store.migrate();
    const before = { ...store.insertsByFormat };
    const encoders = new Map<string, Awaited<ReturnType<typeof nativeTableOf>>>();
    for (const table of ["otel_traces", "llm_spans", "llm_scores"]) encoders.set(table, await nativeTableOf((sql) => store.query(sql), table));
    const processors = createProcessors(config, new MetricsRegistry(), undefined);
    const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(ragSpans(100, content))!);
    const batches = Math.max(1, Math.ceil(totalSpans / FLUSH_SPANS));
    let serialise = 0;
    let insert = 0;
    let spans = 0;
    let stallMaxMs = 0;
    let stallOnCpuMaxMs = 0;
    for (let b = -1; b < batches; b++) {
      const byTable = new Map<string, object[]>();
      let batchSpans = 0;
      while (batchSpans < FLUSH_SPANS) {
        const { valid } = validateSpans(decodeProtobufTraces(body), DEFAULT_RECEIVER_LIMITS);
        for (const [table, rows] of tablesOf(enrich(valid, processors))) {
          const list = byTable.get(table) ?? [];
          for (const row of rows) list.push(row);
          byTable.set(table, list);
        }
        batchSpans += valid.length;
      }
      const t0 = process.cpuUsage();
      let bytes = 0;
      for (const [table, rows] of byTable) {
        if (format === "Native") bytes += encoders.get(table)!.encode(rows).length;
        else for (const row of rows) bytes += JSON.stringify(row).length;
      }
      const t1 = process.cpuUsage();
      const stopTimer = timerLateness(5);
      for (const [table, rows] of byTable) await store.insert(table, rows);
      const t2 = process.cpuUsage();
      const lateness = stopTimer();
      if (b >= 0) stallMaxMs = Math.max(stallMaxMs, lateness.maxMs);
      if (b >= 0) stallOnCpuMaxMs = Math.max(stallOnCpuMaxMs, lateness.onCpuMaxMs);
      if (bytes === 0 || b < 0) continue; // the first batch warms chDB up
      serialise += t1.user + t1.system - t0.user - t0.system;
      insert += t2.user + t2.system - t1.user - t1.system;
      spans += batchSpans;
    }
    const other = format === "Native" ? "JSONEachRow" : "Native";
    if (store.insertsByFormat[format] === before[format] || store.insertsByFormat[other] !== before[other])
      throw new Error(`store step: expected only ${format} inserts, got ${JSON.stringify(store.insertsByFormat)}`);
    return { content, format, spans, serialiseMicrosPerSpan: serialise / spans, insertMicrosPerSpan: insert / spans, stallMaxMs, stallOnCpuMaxMs };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
