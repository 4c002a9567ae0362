import { expandIncludes } from "@llmscope/queries";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMigrations, migrationsTableStatements, MIGRATIONS_DIR, renderStatements, type Migration } from "./migrations";
import { splitStatements } from "./sql-text";

const migrations = loadMigrations();

/** SHA-256 of each migration as databases recorded it (llmscope_schema_migrations.checksum). */
const RECORDED_CHECKSUMS: Record<string, string> = {
  "0001_otel_traces.sql": "b5aa1038443b7314ef26ce9738ab2bae90b5265e0c1ca4786439a7998e2aae4e",
  "0002_otel_traces_trace_id_ts.sql": "6e2cfdec1b59893e41393c57140d34f1bbc8a6fdbf34e7de9c5ab929bc227314",
  "0003_otel_traces_trace_id_ts_mv.sql": "98d5bf24cfa41fb652ea5b884a7988b953dc06b4e72898994fcd6d0073633d57",
  "0004_llm_spans.sql": "e746a9cde074a4c36fc0c94cc2f4d4c930c5e37f055e82a92ea6210a4d4d97b4",
  "0005_llm_scores.sql": "efe031c55cc05a58169564343357828bcef25c30db4eb7c31134217ce1bccf99",
  "0006_llm_spans_enrichment.sql": "28c29dff28a6efdd454e7d8f4f56853bfc7ad904bea4631ed93184aba5f3022e",
  "0009_llm_spans_tokens_unknown.sql": "c95c998c2eb34a00d76ca7ed99e4f8d3c763fc50c791974307d4600e71856846",
  "0010_llm_calls_1m.sql": "e34c81d760deb6ff4af8e2a4fbd18b4da1c58fb2b0636d077d752f21694378ad",
  "0011_llm_calls_1m_mv.sql": "a86e6a2260642133fb0ccd301fced186194526a7a9476dcd07c14f9a968bdb1d",
  "0015_llm_calls_1m_tokens_unknown.sql": "a21745e911b7f3bb79dc6b318c97398c4ea1c5ddce16b936b89e8ecae5e02a7d",
  "0016_llm_calls_1m_mv_drop.sql": "0757b2b8c877cc9b5982ca470bbb94b087a742946df45cff6b0576e555639409",
  "0017_llm_calls_1m_mv_tokens_unknown.sql": "7435cb7f892dabf4dbdc259e3e1ecc73eb28438de79b39662a830dbd2173ec35",
  "0020_llm_drift.sql": "ab3fb2953b499e3cfdbcd1ff6d94cbb1a61d1f6b86313d2050172328d3089ef0",
  "0021_llm_alert_events.sql": "4f557fad0a2f61e376db394ffbb4b875a45040ba8f506112ff05e261f5d84a5b",
  "0025_llm_alert_state.sql": "18f54cc376a013a8ea44005b2a8c094c5d47a5f6c833ae6143e6afe3c0f58ea7",
  "0030_otel_traces_dedup_window.sql": "155282eb7ff29ce278a8a00230edf48397fc7d86e54885a72f8831d970f17ba4",
  "0031_otel_traces_trace_id_ts_dedup_window.sql": "603fe16af2d1d3e86b76eb3d97c48b1c8d2834f292fdc9ea31ec1017c5dd3335",
  "0032_llm_spans_dedup_window.sql": "15940ffaf4049ac18108fc2f1e99134d17a272605b72ecebac972a46318fef4d",
  "0033_llm_scores_dedup_window.sql": "54fe31b623df9c27184c5cb7935160bc7f9be3f919b1c4dca955083befaa2e62",
  "0034_llm_calls_1m_dedup_window.sql": "9121e4efcf0c8c9a96ab0980a22bf33d0cd5f090a7d43a7d9f9c4469f994dbe3",
  "0035_llm_call_outcomes_1m.sql": "a663ac875a932438cb483ae3249a586d88d27ce891b70deb1a110d9e085d74ca",
  "0036_llm_call_outcomes_1m_mv.sql": "5b18fd2a2b9893d470fa5888dee45fe50350014a227545b7243b9dd9f9ce12d3",
  "0037_llm_call_outcomes_1m_backfill.sql": "20360e6aec441c94da73a0e01579f2545ba83f906d7d79e34a44ee5c2bd61046",
};
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

  it("single-node output is exactly the files' SQL, includes expanded, with {{ttl_days}} substituted", () => {
    const rendered = renderAll();
    migrations.forEach((m, i) => {
      const file = expandIncludes(readFileSync(path.join(MIGRATIONS_DIR, m.name), "utf8"), MIGRATIONS_DIR, m.name);
      // Files hold one statement, or several separated by ";" at the end of a line (a backfill).
      expect(rendered[i]!.join(";\n")).toEqual(file.replaceAll("{{ttl_days}}", "30").trim());
    });
  });

  it("every shipped migration keeps the checksum existing databases recorded when they applied it", () => {
    // Written into llmscope_schema_migrations by every store that ran the file: a file may be
    // rewritten to include a fragment, but what it expands to must stay byte for byte the same.
    for (const [name, checksum] of Object.entries(RECORDED_CHECKSUMS)) expect(byName(name)?.checksum, name).toBe(checksum);
    expect(migrations.length).toBeGreaterThanOrEqual(Object.keys(RECORDED_CHECKSUMS).length);
  });

  it("takes the checksum over the included fragments too, so editing a fragment is editing every file that includes it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-migrations-"));
    try {
      mkdirSync(path.join(dir, "fragments"));
      writeFileSync(path.join(dir, "fragments", "cols.sql"), "-- what the fragment is\n    a UInt8,\n    b UInt8\n");
      writeFileSync(path.join(dir, "0001_t.sql"), "CREATE TABLE IF NOT EXISTS t (\n-- @include fragments/cols.sql\n) ENGINE = Memory\n");
      const expanded = "CREATE TABLE IF NOT EXISTS t (\n    a UInt8,\n    b UInt8\n) ENGINE = Memory\n";
      const [first] = loadMigrations(dir);
      expect(first!.sql).toBe(expanded);
      expect(first!.checksum).toBe(createHash("sha256").update(expanded).digest("hex"));
      writeFileSync(path.join(dir, "fragments", "cols.sql"), "    a UInt8,\n    b UInt16\n");
      expect(loadMigrations(dir)[0]!.checksum).not.toBe(first!.checksum);
      writeFileSync(path.join(dir, "0002_u.sql"), "-- @include fragments/missing.sql\n");
      expect(() => loadMigrations(dir)).toThrow(/0002_u\.sql: included file "fragments\/missing\.sql" does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
