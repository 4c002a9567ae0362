import { describe, expect, it } from "vitest";
import { loadMigrations, renderStatements } from "@llmscope/collector/testing";

/** The rollup migrations (llm_calls_1m, llm_call_outcomes_1m) in their single-node and cluster forms. */
const migrations = loadMigrations();
const render = (cluster?: { name: string }): Map<string, string[]> => {
  const tables = new Set<string>();
  return new Map(migrations.map((m) => [m.name, renderStatements(m, { ttlDays: 30, cluster }, tables)]));
};

describe("rollup migrations", () => {
  it("hold one statement each and use only {{ttl_days}}", () => {
    const single = render();
    expect(single.get("0010_llm_calls_1m.sql")).toHaveLength(1);
    expect(single.get("0010_llm_calls_1m.sql")![0]).toContain("TTL Minute + toIntervalDay(30)");
    expect(single.get("0011_llm_calls_1m_mv.sql")).toHaveLength(1);
  });

  it("cluster form: a ReplicatedAggregatingMergeTree local table, a Distributed table, and a view reading llm_spans_local", () => {
    const cluster = render({ name: "prod" });
    const [local, distributed] = cluster.get("0010_llm_calls_1m.sql")! as [string, string];
    expect(local).toMatch(/^CREATE TABLE IF NOT EXISTS llm_calls_1m_local ON CLUSTER prod \(/);
    expect(local).toContain("ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/llm_calls_1m_local', '{replica}')");
    expect(local).toContain("DurationMs AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), Float64)");
    expect(local).toContain("TTL Minute + toIntervalDay(30)");
    expect(local).not.toContain("--");
    // No TraceId in the rollup: rows spread at random; every query aggregates across shards anyway.
    expect(distributed).toBe(
      "CREATE TABLE IF NOT EXISTS llm_calls_1m ON CLUSTER prod AS llm_calls_1m_local\nENGINE = Distributed('prod', currentDatabase(), llm_calls_1m_local, rand())",
    );
    const [view] = cluster.get("0011_llm_calls_1m_mv.sql")! as [string];
    expect(view).toMatch(/^CREATE MATERIALIZED VIEW IF NOT EXISTS llm_calls_1m_mv ON CLUSTER prod TO llm_calls_1m_local\s+AS SELECT/);
    expect(view).toContain("FROM llm_spans_local\nWHERE SpanType = 'llm'");
    expect(view).not.toMatch(/FROM llm_spans\b(?!_local)/);
  });

  it("llm_call_outcomes_1m: the view and the backfill select the same rows", () => {
    const single = render();
    const [view] = single.get("0036_llm_call_outcomes_1m_mv.sql")! as [string];
    const [truncate, backfill] = single.get("0037_llm_call_outcomes_1m_backfill.sql")! as [string, string];
    expect(truncate).toMatch(/TRUNCATE TABLE IF EXISTS llm_call_outcomes_1m$/);
    const selectOf = (sql: string) => sql.slice(sql.search(/\bSELECT\n/)).trim();
    expect(backfill).toMatch(/^INSERT INTO llm_call_outcomes_1m\s+SELECT/);
    expect(selectOf(backfill)).toBe(selectOf(view));
  });

  it("llm_call_outcomes_1m cluster form: the view reads llm_spans_local; the backfill empties every shard, then reads and writes the Distributed tables", () => {
    const cluster = render({ name: "prod" });
    const [local, distributed] = cluster.get("0035_llm_call_outcomes_1m.sql")! as [string, string];
    expect(local).toContain("ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/llm_call_outcomes_1m_local', '{replica}')");
    expect(local).toContain("Users AggregateFunction(uniqExact, String)");
    expect(distributed).toContain("Distributed('prod', currentDatabase(), llm_call_outcomes_1m_local, rand())");
    const [view] = cluster.get("0036_llm_call_outcomes_1m_mv.sql")! as [string];
    expect(view).toMatch(/^CREATE MATERIALIZED VIEW IF NOT EXISTS llm_call_outcomes_1m_mv ON CLUSTER prod TO llm_call_outcomes_1m_local\s+AS SELECT/);
    expect(view).toContain("FROM llm_spans_local\nWHERE SpanType = 'llm'");
    const backfill = cluster.get("0037_llm_call_outcomes_1m_backfill.sql")!;
    expect(backfill).toHaveLength(2);
    expect(backfill[0]).toBe("TRUNCATE TABLE IF EXISTS llm_call_outcomes_1m_local ON CLUSTER prod");
    expect(backfill[1]).toMatch(/^INSERT INTO llm_call_outcomes_1m\s+SELECT/);
    expect(backfill[1]).toContain("FROM llm_spans\nWHERE SpanType = 'llm'");
  });

  it("cluster form refuses a backfill into a table no migration created", () => {
    const tables = new Set<string>();
    const m = { version: 9999, name: "9999_x.sql", sql: "INSERT INTO nowhere SELECT 1", checksum: "" };
    expect(() => renderStatements(m, { ttlDays: 30, cluster: { name: "prod" } }, tables)).toThrow(
      /INSERT INTO nowhere: not a table created by an earlier migration/,
    );
    const t = { ...m, sql: "TRUNCATE TABLE nowhere" };
    expect(() => renderStatements(t, { ttlDays: 30, cluster: { name: "prod" } }, tables)).toThrow(/TRUNCATE TABLE nowhere/);
  });
});
