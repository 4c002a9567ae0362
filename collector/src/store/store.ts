/**
 * The one storage interface. Two backends implement it (chDB in-process, ClickHouse server via
 * @clickhouse/client) and both run the same DDL and SQL.
 */

/** Values bound to `{name:Type}` placeholders; never concatenated into SQL. */
export type QueryParams = Record<string, string | number | boolean | bigint | Date | readonly (string | number)[]>;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export interface Store {
  readonly kind: "chdb" | "clickhouse";
  /** Human-readable location: a data directory or a server URL without credentials. */
  readonly location: string;
  /** Creates the database if needed and applies pending migrations in order. */
  migrate(): Promise<MigrationReport>;
  /** Inserts rows with JSONEachRow. Rejects with a StoreError when the store is unreachable or refuses. */
  insert(table: string, rows: readonly object[]): Promise<void>;
  /** Runs a SELECT with bound parameters and returns rows as objects (JSONEachRow). */
  query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]>;
  /** Runs a statement that returns no rows (DDL). */
  exec(sql: string, params?: QueryParams): Promise<void>;
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Why a store call failed. `retriable` separates "the store is down, try again later" (spool and
 * replay) from "the store refused this data or SQL" (a bug or bad input; retrying will not help).
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
    readonly clickhouseCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StoreError";
  }
}
