/**
 * The Native insert path on real chDB against the JSONEachRow path: the same rows stored both ways
 * read back identical for every column type of the schema (Nullable, LowCardinality, Map, Array,
 * Nested, DateTime64, UInt64, Decimal, defaults of absent fields), and a token stores a batch once.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ragSpans } from "../../../tools/src/bench/rag-spans";
import { loadConfig } from "../config";
import { createProcessors } from "../processor-chain";
import { tablesOf } from "./rows-by-table";
import { enrich } from "../enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "../ingest/receiver/config";
import { decodeProtobufTraces } from "../ingest/receiver/decode-protobuf";
import { validateSpans } from "../ingest/receiver/validate";
import { MetricsRegistry } from "../telemetry/metrics";
import { ChdbStore, NATIVE_MIN_ROWS } from "./chdb-store";
import { insertColumns } from "./insert-columns";
import { BLOCK_ROWS, nativeTable } from "./native-format";
import { blankLlmRow, llmRows, traceRows } from "./test-fixtures";

const root = mkdtempSync(path.join(tmpdir(), "llmscope-native-"));
// The store keeps its block files under os.tmpdir(); a private one lets the test see only its own.
const blockRoot = path.join(root, "tmp");
let store: ChdbStore;

beforeAll(async () => {
  mkdirSync(blockRoot);
  process.env.TMPDIR = blockRoot;
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 3650 });
  await store.migrate();
  // Copies of the tables without views: the JSONEachRow side of each comparison.
  await store.exec("CREATE DATABASE IF NOT EXISTS viajson");
  for (const table of ["otel_traces", "llm_spans", "llm_scores"]) await store.exec(`CREATE TABLE viajson.${table} AS llmscope.${table}`);
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

/** Stores rows through the JSONEachRow path (batches below the Native threshold). */
async function insertAsJson(table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += NATIVE_MIN_ROWS - 1) await store.insert(`viajson.${table}`, rows.slice(i, i + NATIVE_MIN_ROWS - 1));
}

/** Every row as text, sorted: tables with several rows per span have no total order of their own. */
const readBack = async (db: string, table: string) =>
  (await store.query(`SELECT * FROM ${db}.${table} SETTINGS date_time_output_format = 'unix_timestamp'`)).map((r) => JSON.stringify(r)).sort();

function pipelineRows(content: boolean): Map<string, object[]> {
  const config = loadConfig({});
  const processors = createProcessors(config, new MetricsRegistry(), undefined);
  const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(ragSpans(50, content))!);
  const { valid } = validateSpans(decodeProtobufTraces(body), DEFAULT_RECEIVER_LIMITS);
  const byTable = new Map<string, object[]>();
  for (const [table, rows] of tablesOf(enrich(valid, processors))) byTable.set(table, [...(byTable.get(table) ?? []), ...rows]);
  return byTable;
}

/** Odd values the fixtures lack: non-ASCII, long strings (2- and 3-byte length prefixes), quotes and newlines in maps. */
function awkwardTraceRows(n: number): object[] {
  const [base] = traceRows();
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    SpanId: `a${i.toString(16).padStart(15, "0")}`,
    Timestamp: `${1_700_000_000 + i}.${String(i).padStart(9, "0")}`,
    SpanName: i % 3 === 0 ? "résumé ✓ 日本語" : `op-${i % 5}`,
    StatusMessage: "x".repeat(i % 2 === 0 ? 200 : 20_000) + "é",
    SpanAttributes: { "it's": 'a "quoted"\nvalue\t\\', ["ключ" + i]: "значение", empty: "" },
    ResourceAttributes: i % 4 === 0 ? {} : { "service.name": "svc" },
    Duration: i === 0 ? "18446744073709551615" : String(i * 1000),
    "Events.Timestamp": i % 2 ? [`${1_700_000_000 + i}.5`, "1700000001.000000001"] : [],
    "Events.Name": i % 2 ? ["a", "b"] : [],
    "Events.Attributes": i % 2 ? [{ k: "v" }, {}] : [],
  }));
}

function awkwardLlmRows(n: number): object[] {
  return Array.from({ length: n }, (_, i) => {
    const row: Record<string, unknown> = {
      ...blankLlmRow({
        SpanId: `b${i.toString(16).padStart(15, "0")}`,
        Timestamp: `${1_700_000_000 + i}.000000001`,
        RetrievalScoreMax: i % 2 ? null : i / 7,
        GuardrailScore: i % 3 ? null : 0.25,
        FinishReasons: i % 2 ? ["stop", "length"] : [],
        Tags: i % 2 ? { team: "é", "a'b": "c" } : {},
        DurationNs: String(2 ** 53 + i),
        InputTokens: 4_294_967_295,
      }),
    };
    if (i % 2)
      Object.assign(row, {
        CostUsd: "0.000123456",
        CostUnpriced: 0,
        PriceSource: "bundled",
        PiiTypes: ["EMAIL"],
        PiiCount: 2,
        InjectionScore: 0.5,
        InjectionFlagged: 1,
        QualityScores: { relevance: 0.75 },
        TokensUnknown: 1,
      });
    return row;
  });
}

describe("Native insert on chDB", () => {
  it("encodes every insertable column type of the schema", async () => {
    for (const table of ["otel_traces", "llm_spans", "llm_scores"]) {
      const columns = await insertColumns((sql) => store.query(sql), table);
      expect(columns && nativeTable(columns), table).toBeDefined();
    }
    const llm = await insertColumns((sql) => store.query(sql), "llm_spans");
    expect(llm!.find((c) => c.name === "CostUnpriced")!.default).toBe(1);
  });

  it("stores the pipeline's rows and awkward rows exactly as JSONEachRow does", async () => {
    const rows = pipelineRows(true);
    rows.set("otel_traces", [...rows.get("otel_traces")!, ...awkwardTraceRows(BLOCK_ROWS + 80), ...traceRows()]);
    rows.set("llm_spans", [...rows.get("llm_spans")!, ...awkwardLlmRows(80), ...llmRows()]);
    for (const [table, list] of rows) {
      expect(list.length, table).toBeGreaterThanOrEqual(NATIVE_MIN_ROWS);
      const before = { ...store.insertsByFormat };
      await store.insert(`llmscope.${table}`, list);
      expect(store.insertsByFormat, table).toEqual({ ...before, Native: before.Native + 1 });
      await insertAsJson(table, list);
      expect(store.insertsByFormat.Native, table).toBe(before.Native + 1);
      const [native, json] = [await readBack("llmscope", table), await readBack("viajson", table)];
      expect(native.length, table).toBe(list.length);
      expect(native, table).toEqual(json);
    }
    // No block file is left behind: the store's private folder holds only the engine's config file.
    const privateDirs = readdirSync(blockRoot).filter((d) => d.startsWith("llmscope-chdb-"));
    expect(privateDirs).toHaveLength(1);
    expect(readdirSync(path.join(blockRoot, privateDirs[0]!))).toEqual(["engine.xml"]);
  });

  it("a dedup token stores a Native batch of several blocks once, in the table and in its views", async () => {
    const one = pipelineRows(false).get("llm_spans")!;
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) =>
      one.map((r) => ({ ...r, SpanId: `${k}${(r as { SpanId: string }).SpanId.slice(1)}`, ServiceName: "dedup-native" })),
    );
    expect(rows.length).toBeGreaterThan(2 * BLOCK_ROWS);
    const count = async () => (await store.query<{ n: string }>("SELECT count() AS n FROM llm_spans WHERE ServiceName = 'dedup-native'"))[0]!.n;
    const calls = async () => (await store.query<{ n: string }>("SELECT sum(Calls) AS n FROM llm_calls_1m WHERE ServiceName = 'dedup-native'"))[0]!.n;
    const natives = store.insertsByFormat.Native;
    await store.insert("llm_spans", rows, { dedupToken: "tok-native-1" });
    expect(store.insertsByFormat.Native).toBe(natives + 1);
    const [once, callsOnce] = [await count(), await calls()];
    expect(Number(once)).toBe(rows.length);
    await store.insert("llm_spans", rows, { dedupToken: "tok-native-1" });
    expect(await count()).toBe(once);
    expect(await calls()).toBe(callsOnce);
    await store.insert("llm_spans", rows, { dedupToken: "tok-native-2" });
    expect(Number(await count())).toBe(2 * rows.length);
  });

  it("a value the encoder cannot represent goes as JSONEachRow: stored when ClickHouse parses it, refused with its message otherwise", async () => {
    const rows = awkwardLlmRows(NATIVE_MIN_ROWS).map((r, i) => ({ ...r, SpanId: `c${i.toString(16).padStart(15, "0")}`, ServiceName: "fallback" }));
    (rows[3] as Record<string, unknown>).Timestamp = "2023-11-14 22:13:20.5";
    const before = { ...store.insertsByFormat };
    await store.insert("llm_spans", rows);
    expect(store.insertsByFormat).toEqual({ ...before, JSONEachRow: before.JSONEachRow + 1 });
    const stored = await store.query<{ n: string }>("SELECT count() AS n FROM llm_spans WHERE ServiceName = 'fallback'");
    expect(Number(stored[0]!.n)).toBe(rows.length);
    (rows[5] as Record<string, unknown>).InputTokens = "many";
    await expect(store.insert("llm_spans", rows)).rejects.toMatchObject({
      name: "StoreError",
      retriable: false,
      message: expect.stringMatching(/InputTokens/),
    });
  });

  it("random rows of every codec (strings of any script and length, maps, arrays, nullables, 64-bit values) read back as JSONEachRow's", async () => {
    const schema = `id UInt32, ts DateTime64(9), s String, lc LowCardinality(String), m Map(LowCardinality(String), String),
      u64 UInt64, i64 Int64, f Nullable(Float64), tags Array(LowCardinality(String)), stamps Array(DateTime64(9)),
      maps Array(Map(LowCardinality(String), String)), scores Map(LowCardinality(String), Float64), d Decimal(18, 9), flag UInt8 DEFAULT 1`;
    for (const db of ["llmscope", "viajson"]) await store.exec(`CREATE TABLE ${db}.random_rows (${schema}) ENGINE = MergeTree ORDER BY id`);
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 300 }));
    const stamp = fc
      .tuple(fc.integer({ min: 1_000_000_000, max: 9_223_372_035 }), fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }))
      .map(([sec, nanos, width]) => (width === 0 ? String(sec) : `${sec}.${String(nanos).padStart(9, "0").slice(0, width)}`));
    const row = fc.record(
      {
        ts: stamp,
        s: text,
        lc: fc.constantFrom("a", "chat", "é", ""),
        m: fc.dictionary(text, text, { maxKeys: 6 }),
        u64: fc.oneof(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(String), fc.nat()),
        i64: fc.oneof(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map(String), fc.integer()),
        f: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
        tags: fc.array(text, { maxLength: 4 }),
        stamps: fc.array(stamp, { maxLength: 3 }),
        maps: fc.array(fc.dictionary(text, text, { maxKeys: 3 }), { maxLength: 3 }),
        scores: fc.dictionary(text, fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        d: fc.integer({ min: -999_999_999, max: 999_999_999 }).map((n) => (n / 1e6).toFixed(6)),
        flag: fc.constantFrom(0, 1),
      },
      { requiredKeys: ["ts", "s"] },
    );
    let id = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: NATIVE_MIN_ROWS, maxLength: 200 }), async (generated) => {
        const rows = generated.map((r) => ({ ...r, id: id++ }));
        const natives = store.insertsByFormat.Native;
        await store.insert("llmscope.random_rows", rows);
        expect(store.insertsByFormat.Native).toBe(natives + 1);
        await insertAsJson("random_rows", rows);
      }),
      { numRuns: 15 },
    );
    const [native, json] = [await readBack("llmscope", "random_rows"), await readBack("viajson", "random_rows")];
    expect(native.length).toBe(id);
    expect(native).toEqual(json);
  });

  it("a table changed behind the store's back: the refused Native batch is stored as JSONEachRow, and the next batch is Native again", async () => {
    await store.exec("CREATE TABLE drift (id UInt32, name String, gone String) ENGINE = MergeTree ORDER BY id");
    const rows = (from: number) => Array.from({ length: 100 }, (_, i) => ({ id: from + i, name: `n${from + i}`, gone: "x" }));
    await store.insert("drift", rows(0));
    await store.exec("ALTER TABLE drift DROP COLUMN gone");
    const before = { ...store.insertsByFormat };
    await store.insert("drift", rows(100));
    expect(store.insertsByFormat).toEqual({ Native: before.Native + 1, JSONEachRow: before.JSONEachRow + 1 });
    await store.insert("drift", rows(200));
    expect(store.insertsByFormat.Native).toBe(before.Native + 2);
    expect(await store.query("SELECT count() AS n, uniqExact(id) AS ids FROM drift")).toEqual([{ n: "300", ids: "300" }]);
  });
});
