/**
 * Cluster variant of the schema, generated from the same migration files (never a hand-kept copy).
 *
 * Approach: the files in collector/migrations are plain single-node ClickHouse SQL and stay the
 * source of truth. With `cluster: { name }` each statement is rewritten mechanically:
 *   - CREATE TABLE t (...) ENGINE = <X>MergeTree(args) ...
 *       → CREATE TABLE IF NOT EXISTS t_local ON CLUSTER name (...)
 *           ENGINE = Replicated<X>MergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}'[, args]) ...
 *       + CREATE TABLE IF NOT EXISTS t ON CLUSTER name AS t_local
 *           ENGINE = Distributed('name', currentDatabase(), t_local, <sharding key>)
 *     so every query and insert keeps using the plain name `t`. The sharding key is
 *     cityHash64(TraceId) for tables that have a TraceId column (a trace's spans, its lookup row and
 *     its GenAI rows land on one shard, so per-trace reads and joins stay shard-local) and rand()
 *     otherwise.
 *   - CREATE MATERIALIZED VIEW v TO t AS SELECT ... FROM s
 *       → CREATE MATERIALIZED VIEW IF NOT EXISTS v ON CLUSTER name TO t_local AS SELECT ... FROM s_local
 *     A view fires on the inserts a shard receives into its local table and writes to that shard's
 *     local target, which is correct because both tables share the TraceId sharding key.
 *   - ALTER TABLE t ... → ALTER TABLE t_local ON CLUSTER name ...; column changes are also applied
 *     to the Distributed table t so its structure follows.
 *   - DROP VIEW IF EXISTS v → DROP VIEW IF EXISTS v ON CLUSTER name (a view is recreated this way
 *     when its query changes).
 *   - TRUNCATE TABLE [IF EXISTS] t → TRUNCATE TABLE IF EXISTS t_local ON CLUSTER name.
 *   - INSERT INTO t ... SELECT ... (a backfill) → unchanged: it reads and writes the Distributed
 *     tables, so every shard's rows are read once and the result is spread over the shards, where
 *     the queries aggregate it again like the view's partial rows.
 * Any other statement kind is refused with an error naming it, rather than guessed at.
 * Comments are dropped from the generated statements. Without a cluster the statements are the
 * files' SQL exactly (see renderStatements in migrations.ts).
 */

import { stripComments } from "./sql-text";

export interface ClusterConfig {
  /** Cluster name as declared in the servers' remote_servers configuration. */
  name: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function assertIdentifier(value: string, what: string): void {
  if (!IDENT.test(value)) {
    throw new Error(`${what} must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*), got ${JSON.stringify(value)}`);
  }
}

export const localName = (table: string): string => `${table}_local`;

function replicatedEngine(statement: string, local: string): string {
  const engine = /ENGINE\s*=\s*(\w*)MergeTree\b(\s*\(([^()]*)\))?/i;
  const match = engine.exec(statement);
  if (!match) {
    throw new Error(`cluster mode supports MergeTree-family tables only; no MergeTree engine in: ${statement.slice(0, 80)}`);
  }
  const variant = match[1] ?? "";
  const args = (match[3] ?? "").trim();
  const replicated = `ENGINE = Replicated${variant}MergeTree('/clickhouse/tables/{shard}/{database}/${local}', '{replica}'` + `${args ? `, ${args}` : ""})`;
  return statement.replace(engine, replicated);
}

/**
 * Rewrites one single-node statement into its cluster form. `tables` holds the names of tables
 * created so far (they exist as `<name>_local` + Distributed `<name>`); CREATE TABLE adds to it.
 */
export function toClusterStatements(statement: string, cluster: ClusterConfig, tables: Set<string>): string[] {
  assertIdentifier(cluster.name, "cluster.name");
  const sql = stripComments(statement);
  const onCluster = `ON CLUSTER ${cluster.name}`;

  const createTable = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*\(/i.exec(sql);
  if (createTable) {
    const table = createTable[1]!;
    const local = localName(table);
    const body = sql.slice(createTable[0].length);
    const localSql = replicatedEngine(`CREATE TABLE IF NOT EXISTS ${local} ${onCluster} (${body}`, local);
    const shardingKey = /^\s*TraceId\s/m.test(body) ? "cityHash64(TraceId)" : "rand()";
    tables.add(table);
    return [
      localSql,
      `CREATE TABLE IF NOT EXISTS ${table} ${onCluster} AS ${local}\n` + `ENGINE = Distributed('${cluster.name}', currentDatabase(), ${local}, ${shardingKey})`,
    ];
  }

  const createView = /^CREATE\s+MATERIALIZED\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s+TO\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(sql);
  if (createView) {
    const [head, view, target] = createView as unknown as [string, string, string];
    if (!tables.has(target)) {
      throw new Error(`materialized view ${view} writes TO ${target}, which is not a table created by an earlier migration`);
    }
    const rest = sql
      .slice(head.length)
      .replace(/\b(FROM|JOIN)(\s+)([A-Za-z_][A-Za-z0-9_]*)\b/gi, (whole, keyword: string, space: string, name: string) =>
        tables.has(name) ? `${keyword}${space}${localName(name)}` : whole,
      );
    return [`CREATE MATERIALIZED VIEW IF NOT EXISTS ${view} ${onCluster} TO ${localName(target)}${rest}`];
  }
  if (/^CREATE\s+MATERIALIZED\s+VIEW/i.test(sql)) {
    throw new Error("cluster mode needs materialized views with an explicit TO <table>");
  }

  const dropView = /^DROP\s+VIEW\s+IF\s+EXISTS\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(sql);
  if (dropView) return [`DROP VIEW IF EXISTS ${dropView[1]} ${onCluster}`];

  const truncate = /^TRUNCATE\s+TABLE\s+(?:IF\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(sql);
  if (truncate) {
    const table = truncate[1]!;
    if (!tables.has(table)) throw new Error(`TRUNCATE TABLE ${table}: not a table created by an earlier migration`);
    return [`TRUNCATE TABLE IF EXISTS ${localName(table)} ${onCluster}`];
  }

  const insert = /^INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\s/i.exec(sql);
  if (insert) {
    if (!tables.has(insert[1]!)) throw new Error(`INSERT INTO ${insert[1]}: not a table created by an earlier migration`);
    return [sql];
  }

  const alter = /^ALTER\s+TABLE\s+([A-Za-z_][A-Za-z0-9_]*)\s+([\s\S]*)$/i.exec(sql);
  if (alter) {
    const [, table, rest] = alter as unknown as [string, string, string];
    if (!tables.has(table)) throw new Error(`ALTER TABLE ${table}: not a table created by an earlier migration`);
    const out = [`ALTER TABLE ${localName(table)} ${onCluster} ${rest}`];
    if (/^(ADD|DROP|MODIFY|RENAME|COMMENT)\s+COLUMN\b/i.test(rest)) out.push(`ALTER TABLE ${table} ${onCluster} ${rest}`);
    return out;
  }

  throw new Error(`cluster mode cannot rewrite this statement kind: ${sql.split("\n")[0]}`);
}
