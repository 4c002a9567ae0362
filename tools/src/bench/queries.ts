import { performance } from "node:perf_hooks";
import { bindParams, listQueries, loadQuery, withDefaultRange, type NamedQuery } from "@llmscope/queries";
import type { ChdbStore } from "@llmscope/collector/internal/store/chdb-store";
import { summarize } from "./interleave";
import { openQueryBenchData } from "./query-data";

export interface QueryTiming {
  query: string;
  /** Reads a per-minute rollup (llm_calls_1m, llm_call_outcomes_1m) rather than llm_spans. */
  rollup: boolean;
  rows: number;
  coldMs: number;
  /** Median wall time of the timed warm runs. */
  warmMs: number;
  /** Fastest timed warm run. */
  warmMinMs: number;
  /**
   * Median CPU time of the process (chDB's threads included) over the timed warm runs: on a shared
   * machine it moves less than wall time, which waits for the other jobs.
   */
  warmCpuMs: number;
}

/** Parameters a query needs beyond the default 24 h range (the dashboards' typical choices). */
const EXTRA: Record<string, Record<string, string>> = {
  prompt_ab: { prompt_name: "support-answer", arm: "version", a: "1", b: "2" },
  list_prompt_arms: { prompt_name: "support-answer" },
};

/**
 * Untimed runs after the cold one. ClickHouse compiles an expression to machine code the third time it
 * meets it (min_count_to_compile_expression) and keeps it; here that lands in the second and fourth
 * run, each costing tens of ms once. A dashboard pays that in its first refreshes only (the cache
 * entry does not depend on the time range), so the timed runs start after it.
 */
export const QUERY_WARMUP_RUNS = 4;

/** One run of a query: wall and CPU time (the process's, chDB's threads included) and the rows. */
export async function timeQuery(store: ChdbStore, sql: string, params: Record<string, string | number>) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const rows = await store.query(sql, params);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, rows };
}

/** The query's parameters as the bench binds them: its EXTRA choices and the 24 h ending at `now`. */
export function benchParams(query: NamedQuery, now: number, base = query.name): Record<string, string | number> {
  return bindParams(query, withDefaultRange(query, EXTRA[base] ?? {}), now);
}

/**
 * `spans` llm_spans rows over the last 7 days (query-seed.ts: half LLM calls; the rest retrievals and
 * guardrails, four spans per trace, the first its root), the same spans in otel_traces, plus feedback
 * and quality scores, generated inside chDB; the rollups fill through their materialized views as in
 * production. Then every named query over the default range (the 24 h up to the rows' generation:
 * about a seventh of the rows), once cold, QUERY_WARMUP_RUNS times untimed and `runs` times timed.
 * LLMSCOPE_BENCH_QUERY_DATA keeps the generated rows in that directory for the next run.
 */
export async function benchQueries(spans: number, runs = 5): Promise<QueryTiming[]> {
  const data = await openQueryBenchData(spans, process.env.LLMSCOPE_BENCH_QUERY_DATA);
  try {
    const out: QueryTiming[] = [];
    for (const name of selectedQueries()) {
      const query = loadQuery(name);
      const params = benchParams(query, data.now);
      const cold = await timeQuery(data.store, query.sql, params);
      for (let i = 0; i < QUERY_WARMUP_RUNS; i++) await timeQuery(data.store, query.sql, params);
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await timeQuery(data.store, query.sql, params);
        wall.push(run.ms);
        cpu.push(run.cpuMs);
      }
      out.push({
        query: name,
        rollup: /FROM llm_(calls|call_outcomes)_1m/.test(query.sql),
        rows: cold.rows.length,
        coldMs: cold.ms,
        warmMs: summarize(wall).median,
        warmMinMs: Math.min(...wall),
        warmCpuMs: summarize(cpu).median,
      });
    }
    return out;
  } finally {
    await data.close();
  }
}

/** The named queries to time: LLMSCOPE_BENCH_QUERIES (comma-separated names) narrows them, to measure one change quickly. */
function selectedQueries(): string[] {
  const wanted = (process.env.LLMSCOPE_BENCH_QUERIES ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const all = listQueries();
  const unknown = wanted.filter((n) => !all.includes(n));
  if (unknown.length > 0) throw new Error(`LLMSCOPE_BENCH_QUERIES: no named query ${unknown.join(", ")} (known: ${all.join(", ")})`);
  return wanted.length > 0 ? all.filter((n) => wanted.includes(n)) : all;
}
