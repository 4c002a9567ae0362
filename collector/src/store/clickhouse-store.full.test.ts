/**
 * Full schema + row round-trip against a real, current ClickHouse server. Runs only when
 * LLMSCOPE_TEST_CLICKHOUSE_URL is set (e.g. http://default:@localhost:8123 from docker-compose);
 * otherwise it is skipped with a visible reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "./clickhouse-store";
import { bySpanId, llmRows, SELECT_LLM, SELECT_TRACES, traceRows, TRACE_ID } from "./test-fixtures";

const url = process.env.LLMSCOPE_TEST_CLICKHOUSE_URL;
const database = `llmscope_test_${Date.now()}`;

describe.skipIf(!url)(
  url ? "ClickHouseStore full schema (LLMSCOPE_TEST_CLICKHOUSE_URL)" : "SKIPPED: set LLMSCOPE_TEST_CLICKHOUSE_URL to run the full schema against a ClickHouse server",
  () => {
    let store: ClickHouseStore;
    beforeAll(() => {
      store = new ClickHouseStore({ url: url!, username: "default", password: "", database, ttlDays: 7 });
    });
    afterAll(async () => {
      await store.exec(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
      await store.close();
    });

    it("migrates twice (idempotent)", async () => {
      expect((await store.migrate()).applied).toHaveLength(4);
      expect((await store.migrate()).applied).toEqual([]);
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
  },
);
