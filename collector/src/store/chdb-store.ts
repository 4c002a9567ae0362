/**
 * Store on chDB: the ClickHouse engine in-process, persisted to `dataDir`.
 *
 * - One chDB Session per process (an engine constraint): open one ChdbStore at a time and close()
 *   it before opening another (close also waits for chDB to release the data directory).
 * - The database is created at open and made the session default with `USE <database>`; chDB
 *   keeps it for every later query and insert of the session (tested), so SQL uses plain table
 *   names exactly as on a server.
 * - Results are JSONEachRow with `output_format_json_quote_64bit_integers=1` (a connection
 *   argument), so UInt64/Int64 values such as Duration come back as decimal strings and never lose
 *   precision in a JS number; DateTime64 comes back as text ("YYYY-MM-DD hh:mm:ss.nnnnnnnnn").
 * - Inserts send rows as a JSONEachRow Buffer; rows carry DateTime64 as "seconds.nanoseconds",
 *   which ClickHouse parses exactly (no best-effort parsing needed).
 * - Concurrent calls are passed straight to chDB, which runs them on its own threads; concurrent
 *   insert + query is covered by a test.
 */

import { Session, drainPending } from "chdb";
import path from "node:path";
import { codeFromMessage, isTransientCode } from "./errors";
import { runMigrations } from "./migrations";
import { StoreError, dedupSettings, type InsertOptions, type MigrationReport, type QueryParams, type Store } from "./store";
import { assertIdentifier } from "./cluster";

export interface ChdbStoreOptions {
  dataDir: string;
  database: string;
  ttlDays: number;
  /** Overrides the migrations folder (tests and tooling). */
  migrationsDir?: string;
}

interface ChdbLikeError {
  name?: string;
  code?: string;
  clickhouseCode?: number;
  message?: string;
}

function toStoreError(err: unknown, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const e = (err ?? {}) as ChdbLikeError;
  const message = String(e.message ?? err);
  const code = e.clickhouseCode ?? codeFromMessage(message);
  // A timeout or a lost/busy native connection may pass; SQL, data and bind errors will not.
  const retriable = e.code === "CHDB_TIMEOUT" || e.code === "CHDB_CONNECTION" || isTransientCode(code);
  return new StoreError(`chDB ${what} failed: ${message}`, retriable, code, { cause: err });
}

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Rows carry 64-bit values as strings already; a replacer on every value would cost ~3x, so it is only the fallback. */
function toJsonLine(row: object): string {
  try {
    return JSON.stringify(row);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  }
}

/**
 * chDB's own Date formatting drops milliseconds; send Dates as the official client does:
 * Unix seconds with a ".mmm" fraction when non-zero (time-zone agnostic for DateTime/DateTime64).
 */
function normalizeParams(params: QueryParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value instanceof Date) {
      const seconds = Math.floor(value.getTime() / 1000).toString();
      const ms = value.getUTCMilliseconds();
      out[key] = ms === 0 ? seconds : `${seconds}.${ms.toString().padStart(3, "0")}`;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function parseRows<T>(text: string): T[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

export class ChdbStore implements Store {
  readonly kind = "chdb" as const;
  readonly location: string;
  private session: Session | undefined;
  private readonly ready: Promise<Session>;

  constructor(private readonly options: ChdbStoreOptions) {
    assertIdentifier(options.database, "database");
    this.location = path.resolve(options.dataDir);
    this.ready = this.open();
    // Callers see open failures on their first call; avoid an unhandled rejection meanwhile.
    this.ready.catch(() => undefined);
  }

  private async open(): Promise<Session> {
    try {
      const session = new Session(this.location, {
        connectionArgs: ["--output_format_json_quote_64bit_integers=1"],
      });
      this.session = session;
      await session.queryAsync(`CREATE DATABASE IF NOT EXISTS \`${this.options.database}\``);
      await session.queryAsync(`USE \`${this.options.database}\``);
      return session;
    } catch (err) {
      throw toStoreError(err, `open of ${this.location}`);
    }
  }

  async migrate(): Promise<MigrationReport> {
    await this.ready;
    return runMigrations(this, { ttlDays: this.options.ttlDays, dir: this.options.migrationsDir });
  }

  async insert(table: string, rows: readonly object[], options?: InsertOptions): Promise<void> {
    if (!TABLE_NAME.test(table)) throw new StoreError(`insert: invalid table name ${JSON.stringify(table)}`, false);
    if (rows.length === 0) return;
    const session = await this.ready;
    const values = Buffer.from(rows.map(toJsonLine).join("\n") + "\n", "utf8");
    try {
      const settings = dedupSettings(options);
      await session.insert({ table, values, format: "JSONEachRow", ...(settings && { settings }) });
    } catch (err) {
      throw toStoreError(err, `insert into ${table}`);
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]> {
    const session = await this.ready;
    try {
      const result = params
        ? await session.queryBindAsync(sql, normalizeParams(params), { format: "JSONEachRow" })
        : await session.queryAsync(sql, { format: "JSONEachRow" });
      return parseRows<T>(result.text());
    } catch (err) {
      throw toStoreError(err, "query");
    }
  }

  async exec(sql: string, params?: QueryParams): Promise<void> {
    const session = await this.ready;
    try {
      if (params) await session.queryBindAsync(sql, normalizeParams(params), { format: "JSONEachRow" });
      else await session.queryAsync(sql, { format: "JSONEachRow" });
    } catch (err) {
      throw toStoreError(err, "statement");
    }
  }

  async ping(): Promise<boolean> {
    try {
      const rows = await this.query<{ ok: number }>("SELECT 1 AS ok");
      return rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    this.session?.close();
    this.session = undefined;
    await drainPending();
  }
}
