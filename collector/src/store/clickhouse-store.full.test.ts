/**
 * Full schema + row round-trip against a real, current ClickHouse server (Debian's 18.16, which CI
 * installs, predates DateTime64 and Map). Runs only when LLMSCOPE_TEST_CLICKHOUSE_URL is set, e.g.
 * http://default:@localhost:8123 from docker-compose; otherwise it is skipped, and says so on stderr
 * and in the skipped-tests summary of `npm test`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "./clickhouse-store";
import { MIGRATIONS_DIR } from "./migrations";
import { bySpanId, llmRows, SELECT_LLM, SELECT_TRACES, traceRows, TRACE_ID } from "./test-fixtures";

const url = process.env.LLMSCOPE_TEST_CLICKHOUSE_URL;
const database = `llmscope_test_${Date.now()}`;
const SKIP_REASON =
  "set LLMSCOPE_TEST_CLICKHOUSE_URL to a current ClickHouse server (e.g. clickhouse/clickhouse-server:25.8 of docker-compose.yml) to run the full schema on a server";
if (!url) console.warn(`SKIPPED clickhouse-store.full.test.ts: ${SKIP_REASON}`);

/** Every migration file, and the tables and views they create, read straight from the folder. */
const MIGRATION_FILES = readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith(".sql"))
  .sort();
const CREATED = MIGRATION_FILES.flatMap((f) =>
  [...readFileSync(path.join(MIGRATIONS_DIR, f), "utf8").matchAll(/CREATE\s+(?:TABLE|MATERIALIZED\s+VIEW)\s+IF\s+NOT\s+EXISTS\s+(\w+)/gi)].map((m) => m[1]!),
).sort();

describe.skipIf(!url)(url ? "ClickHouseStore full schema (LLMSCOPE_TEST_CLICKHOUSE_URL)" : `SKIPPED: ${SKIP_REASON}`, () => {
  let store: ClickHouseStore;
  beforeAll(() => {
    store = new ClickHouseStore({ url: url!, username: "default", password: "", database, ttlDays: 7 });
  });
  afterAll(async () => {
    await store.exec(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
    await store.close();
  });

  it("applies every migration file in order, then nothing on a second run", async () => {
    expect(MIGRATION_FILES.length).toBeGreaterThan(0);
    expect((await store.migrate()).applied).toEqual(MIGRATION_FILES);
    const again = await store.migrate();
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(MIGRATION_FILES);
    const tables = await store.query<{ name: string }>(
      "SELECT name FROM system.tables WHERE database = currentDatabase() AND name != 'llmscope_schema_migrations' ORDER BY name",
    );
    expect(tables.map((t) => t.name)).toEqual(CREATED);
  });

  it("round-trips otel_traces and llm_spans rows and fills the trace-id MV", async () => {
    await store.insert("otel_traces", traceRows());
    await store.insert("llm_spans", llmRows());
    expect(await store.query(SELECT_TRACES)).toEqual(bySpanId(traceRows()));
    expect(await store.query(SELECT_LLM)).toEqual(bySpanId(llmRows()));
    expect(await store.query("SELECT DISTINCT TraceId FROM otel_traces_trace_id_ts")).toEqual([{ TraceId: TRACE_ID }]);
    expect(
      await store.query("SELECT count() AS n FROM llm_spans WHERE ServiceName = {s:String} AND SpanType = {t:String}", {
        s: "support-bot",
        t: "llm",
      }),
    ).toEqual([{ n: "1" }]);
  });
});
