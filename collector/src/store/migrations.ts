/**
 * Versioned schema migrations: collector/migrations/NNNN_name.sql, applied in version order and
 * recorded in `llmscope_schema_migrations` (version, name, checksum, applied_at).
 *
 * Rules:
 * - One DDL change per file. A file may hold several statements separated by `;` (split outside
 *   quotes and comments); the shipped files hold one each.
 * - The only substitution is `{{ttl_days}}`, replaced by the configured retention in days after
 *   validating it is a positive integer. Any other `{{...}}` is an error. Values never reach SQL
 *   any other way.
 * - A line `-- @include fragments/name.sql` stands for that file of migrations/fragments/, as in the
 *   query library: SQL that several migrations must keep equal (a view's SELECT and its backfill's)
 *   is written once.
 * - The checksum is the SHA-256 of the file with its includes expanded (before substitution): the
 *   SQL that runs, so moving lines into a fragment keeps the checksum an existing database recorded,
 *   and editing a fragment an applied file includes is caught like editing the file. An applied file
 *   whose SQL changed is an error naming the file: add a new migration instead. Changing `ttlDays`
 *   later therefore does not rewrite existing tables (use ALTER TABLE ... MODIFY TTL).
 * - Statements use IF NOT EXISTS, and a file is recorded only after all its statements ran, so a
 *   restart after a crash re-runs the file harmlessly. Running migrate() twice is a no-op.
 */

import { expandIncludes } from "@llmscope/queries";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toClusterStatements, type ClusterConfig } from "./cluster";
import { splitStatements } from "./sql-text";
import type { MigrationReport } from "./store";

/** The migrations folder, resolved from the package root so it works from src/ and dist/. */
export const MIGRATIONS_DIR = path.resolve(__dirname, "../../migrations");

export const MIGRATIONS_TABLE = "llmscope_schema_migrations";

export interface Migration {
  version: number;
  /** File name, e.g. "0001_otel_traces.sql". */
  name: string;
  /** The file's SQL with its includes expanded: what runs, and what the checksum is taken over. */
  sql: string;
  checksum: string;
}

export interface RenderOptions {
  ttlDays: number;
  cluster?: ClusterConfig;
}

/** What the runner needs from a store; both backends provide it. */
export interface MigrationTarget {
  exec(sql: string): Promise<void>;
  query<T>(sql: string): Promise<T[]>;
  insert(table: string, rows: readonly object[]): Promise<void>;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]*)\s*\}\}/g;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const seen = new Map<number, string>();
  return files.map((name) => {
    const match = FILE_NAME.exec(name);
    if (!match) throw new Error(`migration file ${path.join(dir, name)}: expected a name like 0001_create_table.sql`);
    const version = Number(match[1]);
    const other = seen.get(version);
    if (other) throw new Error(`migration files ${other} and ${name} share version ${match[1]}`);
    seen.set(version, name);
    const sql = expandIncludes(readFileSync(path.join(dir, name), "utf8"), dir, name);
    return { version, name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
  });
}

export function validateTtlDays(ttlDays: unknown): number {
  if (typeof ttlDays !== "number" || !Number.isInteger(ttlDays) || ttlDays < 1 || ttlDays > 36_500) {
    throw new Error(`ttlDays must be an integer between 1 and 36500, got ${String(ttlDays)}`);
  }
  return ttlDays;
}

function substitute(migration: Migration, ttlDays: number): string {
  return migration.sql.replace(PLACEHOLDER, (_whole, name: string) => {
    if (name !== "ttl_days") {
      throw new Error(`migration ${migration.name}: unknown placeholder {{${name}}} (only {{ttl_days}} is supported)`);
    }
    return String(ttlDays);
  });
}

/**
 * The statements to run for one migration. Single node: the file's statements verbatim (with
 * `{{ttl_days}}` substituted). Cluster: each statement rewritten by toClusterStatements; `tables`
 * tracks the tables created so far across files.
 */
export function renderStatements(migration: Migration, options: RenderOptions, tables: Set<string> = new Set()): string[] {
  const sql = substitute(migration, validateTtlDays(options.ttlDays));
  const statements = splitStatements(sql);
  if (statements.length === 0) throw new Error(`migration ${migration.name} holds no SQL statement`);
  if (!options.cluster) return statements;
  const cluster = options.cluster;
  return statements.flatMap((statement) => {
    try {
      return toClusterStatements(statement, cluster, tables);
    } catch (err) {
      throw new Error(`migration ${migration.name}: ${(err as Error).message}`, { cause: err });
    }
  });
}

/** DDL of the bookkeeping table (no TTL: the schema history must outlive any retention). */
export function migrationsTableStatements(cluster?: ClusterConfig): string[] {
  const sql = `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
    version UInt32,
    name String,
    checksum String,
    applied_at DateTime64(3) DEFAULT now64(3)
) ENGINE = MergeTree
ORDER BY version`;
  return cluster ? toClusterStatements(sql, cluster, new Set()) : [sql];
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

export async function runMigrations(target: MigrationTarget, options: RenderOptions & { dir?: string }): Promise<MigrationReport> {
  validateTtlDays(options.ttlDays);
  const migrations = loadMigrations(options.dir);
  for (const statement of migrationsTableStatements(options.cluster)) await target.exec(statement);

  const applied = new Map<number, AppliedRow>();
  const rows = await target.query<AppliedRow>(`SELECT version, name, checksum FROM ${MIGRATIONS_TABLE} ORDER BY version`);
  for (const row of rows) applied.set(Number(row.version), { ...row, version: Number(row.version) });

  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of applied.values()) {
    const file = byVersion.get(row.version);
    if (!file) {
      throw new Error(
        `migration ${row.name} (version ${row.version}) is applied in the database but missing from ${options.dir ?? MIGRATIONS_DIR}; ` +
          "is this collector older than the schema?",
      );
    }
    if (file.checksum !== row.checksum) {
      throw new Error(
        `migration file ${file.name} changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
          `${file.checksum.slice(0, 12)}… on disk); restore the file and add a new migration for the change`,
      );
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  const tables = new Set<string>();
  for (const migration of migrations) {
    const statements = renderStatements(migration, options, tables);
    if (applied.has(migration.version)) {
      report.alreadyApplied.push(migration.name);
      continue;
    }
    for (const statement of statements) await target.exec(statement);
    await target.insert(MIGRATIONS_TABLE, [{ version: migration.version, name: migration.name, checksum: migration.checksum }]);
    report.applied.push(migration.name);
  }
  return report;
}
