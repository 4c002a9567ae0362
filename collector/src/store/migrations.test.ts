import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMigrations, migrationsTableStatements, MIGRATIONS_DIR, renderStatements, type Migration } from "./migrations";
import { splitStatements } from "./sql-text";

const migrations = loadMigrations();
const byName = (name: string): Migration => migrations.find((m) => m.name === name)!;
const renderAll = (cluster?: { name: string }): string[][] => {
  const tables = new Set<string>();
  return migrations.map((m) => renderStatements(m, { ttlDays: 30, cluster }, tables));
};

describe("migration files", () => {
  it("are loaded in version order", () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith(".sql"))
      .sort();
    expect(files.slice(0, 4)).toEqual([
      "0001_otel_traces.sql",
      "0002_otel_traces_trace_id_ts.sql",
      "0003_otel_traces_trace_id_ts_mv.sql",
      "0004_llm_spans.sql",
    ]);
    expect(migrations.map((m) => m.name)).toEqual(files);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it("single-node output is exactly the files' SQL with {{ttl_days}} substituted", () => {
    const rendered = renderAll();
    migrations.forEach((m, i) => {
      const file = readFileSync(path.join(MIGRATIONS_DIR, m.name), "utf8");
      // Files hold one statement, or several separated by ";" at the end of a line (a backfill).
      expect(rendered[i]!.join(";\n")).toEqual(file.replaceAll("{{ttl_days}}", "30").trim());
    });
  });

  it("validates ttlDays and refuses unknown placeholders", () => {
    const m = byName("0001_otel_traces.sql");
    for (const bad of [0, -1, 1.5, Number.NaN, 40_000]) {
      expect(() => renderStatements(m, { ttlDays: bad })).toThrow(/ttlDays must be an integer/);
    }
    const other: Migration = { ...m, name: "0009_x.sql", sql: "SELECT {{database}}" };
    expect(() => renderStatements(other, { ttlDays: 1 })).toThrow(/0009_x\.sql: unknown placeholder \{\{database\}\}/);
  });

  it("splits statements outside quotes and comments", () => {
    expect(splitStatements("SELECT 'a;b'; -- c;d\nSELECT `x;y` /* ; */ ;\n-- only a comment;\n")).toEqual(["SELECT 'a;b'", "-- c;d\nSELECT `x;y` /* ; */"]);
  });
});

describe("cluster variant", () => {
  const rendered = renderAll({ name: "prod" });
  const [traces, lookup, view, llm] = rendered as [string[], string[], string[], string[]];

  it("turns each table into a Replicated local table plus a Distributed table with the plain name", () => {
    expect(traces).toHaveLength(2);
    expect(traces[0]).toMatch(/^CREATE TABLE IF NOT EXISTS otel_traces_local ON CLUSTER prod \(\n\s+Timestamp DateTime64\(9\)/);
    expect(traces[0]).toContain(
      "ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/otel_traces_local', '{replica}')\nPARTITION BY toDate(Timestamp)",
    );
    expect(traces[0]).toContain("TTL toDateTime(Timestamp) + toIntervalDay(30)");
    expect(traces[0]).not.toContain("--");
    expect(traces[1]).toBe(
      "CREATE TABLE IF NOT EXISTS otel_traces ON CLUSTER prod AS otel_traces_local\n" +
        "ENGINE = Distributed('prod', currentDatabase(), otel_traces_local, cityHash64(TraceId))",
    );
    expect(lookup[1]).toContain("Distributed('prod', currentDatabase(), otel_traces_trace_id_ts_local, cityHash64(TraceId))");
    expect(llm[0]).toContain("ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/llm_spans_local', '{replica}')");
    expect(llm[1]).toContain("cityHash64(TraceId)");
  });

  it("points materialized views at the local tables", () => {
    expect(view).toEqual([
      "CREATE MATERIALIZED VIEW IF NOT EXISTS otel_traces_trace_id_ts_mv ON CLUSTER prod TO otel_traces_trace_id_ts_local\n" +
        "AS SELECT\n    TraceId,\n    min(Timestamp) AS Start,\n    max(Timestamp) AS End\nFROM otel_traces_local\nWHERE TraceId != ''\nGROUP BY TraceId",
    ]);
  });

  it("applies to the migrations table, sharded by rand()", () => {
    const [local, dist] = migrationsTableStatements({ name: "prod" }) as [string, string];
    expect(local).toContain("CREATE TABLE IF NOT EXISTS llmscope_schema_migrations_local ON CLUSTER prod (");
    expect(local).toContain("ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/llmscope_schema_migrations_local', '{replica}')");
    expect(dist).toContain("Distributed('prod', currentDatabase(), llmscope_schema_migrations_local, rand())");
  });

  it("keeps engine arguments, rewrites ALTERs, and refuses what it cannot rewrite", () => {
    const tables = new Set<string>();
    const m = (name: string, sql: string): Migration => ({ version: 9, name, sql, checksum: "" });
    const out = renderStatements(
      m("0009_r.sql", "CREATE TABLE r (k String, v UInt64) ENGINE = ReplacingMergeTree(v) ORDER BY k TTL now() + toIntervalDay({{ttl_days}})"),
      { ttlDays: 3, cluster: { name: "c1" } },
      tables,
    );
    expect(out[0]).toContain("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/r_local', '{replica}', v)");
    expect(out[1]).toContain("rand()");
    expect(renderStatements(m("0010_a.sql", "ALTER TABLE r ADD COLUMN w String"), { ttlDays: 3, cluster: { name: "c1" } }, tables)).toEqual([
      "ALTER TABLE r_local ON CLUSTER c1 ADD COLUMN w String",
      "ALTER TABLE r ON CLUSTER c1 ADD COLUMN w String",
    ]);
    expect(() => renderStatements(m("0011_d.sql", "DROP TABLE r"), { ttlDays: 3, cluster: { name: "c1" } }, tables)).toThrow(
      /0011_d\.sql: cluster mode cannot rewrite this statement kind: DROP TABLE r/,
    );
    expect(() => renderStatements(m("0012_x.sql", "CREATE TABLE x (a UInt8) ENGINE = Log"), { ttlDays: 3, cluster: { name: "c1" } }, tables)).toThrow(
      /MergeTree-family tables only/,
    );
    expect(() => renderStatements(m("0013_x.sql", "SELECT 1"), { ttlDays: 3, cluster: { name: "bad-name" } }, tables)).toThrow(
      /cluster\.name must be a plain identifier/,
    );
  });
});
