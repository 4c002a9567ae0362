import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { ExportResultCode } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { exportWith, makeSpans } from "./support/spans";

// Its own file: chDB allows one engine per process.

const OUTAGE_MS = Number(process.env.LLMSCOPE_TEST_OUTAGE_MS ?? 60_000);
const TABLES = ["otel_traces", "llm_spans"];

/**
 * The store refuses every insert with TOO_MANY_PARTS, the error ClickHouse answers when it cannot
 * keep up: a part limit of 1 makes every insert over it fail until the limit is reset. The
 * collector sees exactly what a struggling server sends.
 */
const storeDown = (exec: (sql: string) => Promise<void>) =>
  Promise.all(TABLES.map((t) => exec(`ALTER TABLE ${t} MODIFY SETTING parts_to_throw_insert = 1, parts_to_delay_insert = 1`)));
const storeUp = (exec: (sql: string) => Promise<void>) =>
  Promise.all(TABLES.map((t) => exec(`ALTER TABLE ${t} RESET SETTING parts_to_throw_insert, parts_to_delay_insert`)));

describe("store outage at a steady rate through the real OTel exporter", () => {
  it(
    `loses nothing client- or server-side over a ${OUTAGE_MS / 1000} s outage, and stores each span once`,
    async () => {
      const c = await startTestCollector({ LLMSCOPE_SPOOL_REPLAY_MS: "500", LLMSCOPE_BATCH_FLUSH_MS: "200" });
      const exec = (sql: string) => c.store.exec(sql);
      try {
        const warmup = await exportWith(new ProtoExporter({ url: `${c.url}/v1/traces` }), makeSpans(2, "outage"));
        expect(warmup.code).toBe(ExportResultCode.SUCCESS);
        await c.flush();

        await storeDown(exec);
        const exporter = new ProtoExporter({ url: `${c.url}/v1/traces` });
        const results: Promise<{ code: ExportResultCode; error?: Error }>[] = [];
        const started = Date.now();
        // One export of 10 traces (20 spans) every 100 ms: 200 spans/s for the whole outage.
        while (Date.now() - started < OUTAGE_MS) {
          results.push(exportWith(exporter, makeSpans(10, "outage")));
          await new Promise((r) => setTimeout(r, 100));
        }
        const sent = 4 + results.length * 20;
        const settled = await Promise.all(results);
        console.log(`outage: ${results.length} exports in ${Date.now() - started} ms, settled`);
        const failed = settled.filter((r) => r.code !== ExportResultCode.SUCCESS);
        expect(failed.length, `exports failed client-side: ${failed[0]?.error?.message}`).toBe(0);
        await c.flush();
        expect(c.metrics.total("llmscope_spool_rows_written_total"), "the outage was real: rows were spooled").toBeGreaterThan(0);
        expect(c.metrics.total("llmscope_receiver_spans_refused_total")).toBe(0);

        await storeUp(exec);
        let stored = 0;
        for (let i = 0; i < 480 && stored < sent + sent / 2; i++) {
          await new Promise((r) => setTimeout(r, 250));
          const [n] = await c.store.query<{ n: string }>(
            "SELECT (SELECT count() FROM otel_traces WHERE ServiceName = 'outage') + (SELECT count() FROM llm_spans WHERE ServiceName = 'outage') AS n",
          );
          stored = Number(n!.n);
        }
        console.log(`outage: ${stored} of ${sent + sent / 2} rows (otel_traces + llm_spans) stored ${Date.now() - started} ms after the outage began`);
        const [row] = await c.store.query<{ n: string; d: string; llm: string }>(
          "SELECT count() AS n, uniqExact(TraceId, SpanId) AS d, (SELECT count() FROM llm_spans WHERE ServiceName = 'outage') AS llm FROM otel_traces WHERE ServiceName = 'outage'",
        );
        expect({ rows: Number(row!.n), distinct: Number(row!.d), llm: Number(row!.llm) }).toEqual({ rows: sent, distinct: sent, llm: sent / 2 });
        expect(c.metrics.total("llmscope_rows_dead_lettered_total")).toBe(0);
        expect(c.metrics.total("llmscope_rows_dropped_total")).toBe(0);
      } finally {
        await storeUp(exec).catch(() => undefined);
        await c.close();
      }
    },
    OUTAGE_MS + 240_000,
  );
});
