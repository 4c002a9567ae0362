import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChdbStore } from "./chdb-store";
import { MIGRATIONS_DIR } from "./migrations";
import { StoreError } from "./store";
import { BASE_SECONDS, bySpanId, llmRows, SELECT_LLM, SELECT_TRACES, traceRows, TRACE_ID } from "./test-fixtures";

// chDB allows one Session per process: the tests below run in order and each opens the next
// store only after closing the previous one.
const root = mkdtempSync(path.join(tmpdir(), "llmscope-chdb-"));
const dataDir = path.join(root, "data");
let store: ChdbStore;

beforeAll(() => {
  store = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 7 });
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

describe("ChdbStore (full schema)", () => {
  it("makes the configured database the default", async () => {
    expect(await store.ping()).toBe(true);
    expect(await store.query("SELECT currentDatabase() AS db")).toEqual([{ db: "llmscope" }]);
  });

  it("starts the engine with vertical merges for every part (its config file is loaded)", async () => {
    const settings = await store.query<{ name: string; value: string; changed: number }>(
      "SELECT name, value, changed FROM system.merge_tree_settings WHERE name IN ('vertical_merge_algorithm_min_rows_to_activate', 'vertical_merge_algorithm_min_columns_to_activate') ORDER BY name",
    );
    expect(settings).toEqual([
      { name: "vertical_merge_algorithm_min_columns_to_activate", value: "1", changed: 1 },
      { name: "vertical_merge_algorithm_min_rows_to_activate", value: "1", changed: 1 },
    ]);
  });

  it("migrates, and a second run is a no-op", async () => {
    const first = await store.migrate();
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith(".sql"))
      .sort();
    expect(first.applied).toEqual(files);
    expect(first.applied.slice(0, 4)).toEqual([
      "0001_otel_traces.sql",
      "0002_otel_traces_trace_id_ts.sql",
      "0003_otel_traces_trace_id_ts_mv.sql",
      "0004_llm_spans.sql",
    ]);
    expect(first.alreadyApplied).toEqual([]);
    const second = await store.migrate();
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(files.length);
    const recorded = await store.query<{ version: number; name: string; checksum: string }>(
      "SELECT version, name, length(checksum) AS checksum FROM llmscope_schema_migrations ORDER BY version",
    );
    expect(recorded.map((r) => r.name)).toEqual(first.applied);
    expect(recorded.every((r) => Number(r.checksum) === 64)).toBe(true);
  });

  it("creates otel_traces with the exporter's columns, codecs, indexes, keys and TTL", async () => {
    const columns = await store.query<{ name: string; type: string }>(
      "SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 'otel_traces' ORDER BY position",
    );
    expect(columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      "Timestamp DateTime64(9)",
      "TraceId String",
      "SpanId String",
      "ParentSpanId String",
      "TraceState String",
      "SpanName LowCardinality(String)",
      "SpanKind LowCardinality(String)",
      "ServiceName LowCardinality(String)",
      "ResourceAttributes Map(LowCardinality(String), String)",
      "ScopeName String",
      "ScopeVersion String",
      "SpanAttributes Map(LowCardinality(String), String)",
      "Duration UInt64",
      "StatusCode LowCardinality(String)",
      "StatusMessage String",
      "Events.Timestamp Array(DateTime64(9))",
      "Events.Name Array(LowCardinality(String))",
      "Events.Attributes Array(Map(LowCardinality(String), String))",
      "Links.TraceId Array(String)",
      "Links.SpanId Array(String)",
      "Links.TraceState Array(String)",
      "Links.Attributes Array(Map(LowCardinality(String), String))",
    ]);
    const [{ statement }] = (await store.query<{ statement: string }>("SHOW CREATE TABLE otel_traces")) as [{ statement: string }];
    expect(statement).toContain("`Timestamp` DateTime64(9) CODEC(Delta(8), ZSTD(1))");
    expect(statement).toContain("`Duration` UInt64 CODEC(ZSTD(1))");
    expect(statement).toContain("INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1");
    expect(statement).toContain("INDEX idx_span_attr_value mapValues(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1");
    expect(statement).toContain("INDEX idx_duration Duration TYPE minmax GRANULARITY 1");
    expect(statement).toContain("PARTITION BY toDate(Timestamp)");
    expect(statement).toContain("ORDER BY (ServiceName, SpanName, toDateTime(Timestamp))");
    expect(statement).toContain("TTL toDateTime(Timestamp) + toIntervalDay(7)");
    expect(statement).toContain("ttl_only_drop_parts = 1");
  });

  it("creates llm_spans with exactly the LlmSpanRow columns", async () => {
    const columns = await store.query<{ name: string }>(
      "SELECT name FROM system.columns WHERE database = currentDatabase() AND table = 'llm_spans' ORDER BY position",
    );
    expect(columns.map((c) => c.name)).toEqual(Object.keys(llmRows()[0]!));
    const [{ statement }] = (await store.query<{ statement: string }>("SHOW CREATE TABLE llm_spans")) as [{ statement: string }];
    expect(statement).toContain("ORDER BY (SpanType, ServiceName, RequestModel, Operation, Timestamp)");
    expect(statement).toContain("`InputTokens` UInt32 CODEC(T64, ZSTD(1))");
    expect(statement).toContain("`RetrievalScoreMax` Nullable(Float64)");
    expect(statement).toContain("TTL toDateTime(Timestamp) + toIntervalDay(7)");
  });

  it("round-trips otel_traces rows exactly (nanoseconds, UInt64 Duration, Nested, maps)", async () => {
    await store.insert("otel_traces", traceRows());
    const back = await store.query(SELECT_TRACES);
    expect(back).toEqual(bySpanId(traceRows()));
  });

  it("fills otel_traces_trace_id_ts through the materialized view", async () => {
    const rows = await store.query<{ TraceId: string; Start: string; End: string }>(
      "SELECT TraceId, toUnixTimestamp(min(Start)) AS Start, toUnixTimestamp(max(End)) AS End FROM otel_traces_trace_id_ts GROUP BY TraceId",
    );
    expect(rows).toEqual([{ TraceId: TRACE_ID, Start: BASE_SECONDS, End: BASE_SECONDS }]);
  });

  it("round-trips llm_spans rows exactly", async () => {
    await store.insert("llm_spans", llmRows());
    // Decimal comes back as a JSON number (output_format_json_quote_decimals is off).
    const expected = llmRows().map((r) => ({ ...r, CostUsd: Number(r.CostUsd) }));
    expect(await store.query(SELECT_LLM)).toEqual(bySpanId(expected));
  });

  it("binds parameters without injection", async () => {
    const evil = "x' OR 1=1 --";
    expect(await store.query("SELECT count() AS n FROM llm_spans WHERE ServiceName = {s:String}", { s: evil })).toEqual([{ n: "0" }]);
    expect(await store.query("SELECT {s:String} AS s", { s: evil })).toEqual([{ s: evil }]);
    const rows = await store.query<{ SpanId: string }>(
      `SELECT SpanId FROM llm_spans
       WHERE SpanType IN {types:Array(String)} AND Timestamp >= {from:DateTime64(9)} AND (Tags['o''brien'] = {tag:String} OR GuardrailTriggered = 1)
       ORDER BY SpanId`,
      { types: ["llm", "guardrail"], from: new Date(BASE_SECONDS * 1000 + 123), tag: "x" },
    );
    expect(rows.map((r) => r.SpanId)).toEqual(["ddd19b7ec3c1b102", "eee19b7ec3c1b174"]);
  });

  it("handles concurrent inserts and queries", async () => {
    const ops: Promise<unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      const row = { ...llmRows()[0]!, SpanId: `concurrent-${i}` };
      ops.push(store.insert("llm_spans", [row]));
      ops.push(store.query("SELECT count() AS n FROM llm_spans"));
    }
    await Promise.all(ops);
    expect(await store.query("SELECT count() AS n FROM llm_spans WHERE startsWith(SpanId, 'concurrent-')")).toEqual([{ n: "10" }]);
  });

  it("rejects bad SQL and bad data with a non-retriable StoreError", async () => {
    const sqlError = await store.query("SELEC 1").catch((e: unknown) => e);
    expect(sqlError).toBeInstanceOf(StoreError);
    expect((sqlError as StoreError).retriable).toBe(false);
    expect((sqlError as StoreError).clickhouseCode).toBe(62);
    const dataError = await store.insert("llm_spans", [{ Timestamp: "not a time" }]).catch((e: unknown) => e);
    expect(dataError).toBeInstanceOf(StoreError);
    expect((dataError as StoreError).retriable).toBe(false);
    const missing = await store.query("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect((missing as StoreError).message).toMatch(/no_such_table/);
  });

  it("keeps data across close and reopen of the data directory", async () => {
    await store.close();
    store = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 7 });
    expect((await store.migrate()).applied).toEqual([]);
    expect(await store.query("SELECT count() AS n FROM otel_traces")).toEqual([{ n: "2" }]);
    expect(await store.query(SELECT_TRACES)).toEqual(bySpanId(traceRows()));
  });

  it.each([
    { what: "a migration file", file: "0004_llm_spans.sql", from: "index_granularity = 8192", to: "index_granularity = 4096", named: "0004_llm_spans.sql" },
    // A fragment is part of every migration that includes it: editing it edits an applied migration.
    {
      what: "a fragment included by an applied migration",
      file: "fragments/llm_call_outcomes_1m_select.sql",
      from: "sum(CostUsd) AS SpendUsd",
      to: "sumIf(CostUsd, CostUnpriced = 0) AS SpendUsd",
      named: "0036_llm_call_outcomes_1m_mv.sql",
    },
  ])("detects $what changed after it was applied", async ({ file, from, to, named }) => {
    await store.close();
    const dir = path.join(root, `migrations-${named}`);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    store = new ChdbStore({ dataDir: path.join(root, `data-${named}`), database: "llmscope", ttlDays: 7, migrationsDir: dir });
    await store.migrate();
    const edited = readFileSync(path.join(dir, file), "utf8");
    expect(edited).toContain(from);
    writeFileSync(path.join(dir, file), edited.replace(from, to));
    await expect(store.migrate()).rejects.toThrow(`migration file ${named} changed after it was applied`);
  });
});
