import { LlmscopeError } from "@llmscope/semconv";
import type { NativeTable } from "./native-format";

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

export interface InsertOptions {
  /** ClickHouse `insert_deduplication_token`: the same token and table store the rows once. */
  dedupToken?: string;
  /**
   * With `dedupToken`: on a cluster, the Distributed table writes the rows to their shard before the
   * insert returns, instead of queueing them for a background send that may merge files of the same
   * settings, and so of the same token, into one block the shard cannot deduplicate against itself.
   * No effect on a single node.
   */
  toShardsNow?: boolean;
}

/** The insert settings that make `dedupToken` work for the table and the views it feeds. */
export function dedupSettings(options: InsertOptions | undefined): Record<string, string | number> | undefined {
  if (!options?.dedupToken) return undefined;
  return {
    insert_deduplication_token: options.dedupToken,
    deduplicate_blocks_in_dependent_materialized_views: 1,
    // The older name of distributed_foreground_insert, still accepted as its alias.
    ...(options.toShardsNow && { insert_distributed_sync: 1 }),
  };
}

/** The columns of Native blocks, in block order, and the type each is written as (a NativeTable's header). */
export type BlockColumns = Pick<NativeTable, "columns" | "wireTypes">;

/**
 * What a store that takes rows encoded ahead of the insert offers: the queues then hold a table's
 * rows as Native blocks (consecutive blocks concatenate into one insert body) instead of objects.
 */
export interface BlockStore {
  /**
   * The table's Native encoder when its columns are already known, else undefined (and the lookup
   * is started, so a later call finds it). Undefined too when a column type is beyond the encoder.
   */
  encoderNow(table: string): NativeTable | undefined;
  /** Inserts Native blocks of `columns`, as one insert, with the same settings and errors as insert(). */
  insertBlocks(table: string, columns: BlockColumns, blocks: readonly Buffer[], options?: InsertOptions): Promise<void>;
  /** The rows of Native blocks, as query() returns rows: to find the row a refused insert of blocks stumbled on. */
  rowsOfBlocks(table: string, columns: BlockColumns, blocks: readonly Buffer[]): Promise<object[]>;
}

export interface Store {
  readonly kind: "chdb" | "clickhouse";
  /** Human-readable location: a data directory or a server URL without credentials. */
  readonly location: string;
  /** Creates the database if needed and applies pending migrations in order. */
  migrate(): Promise<MigrationReport>;
  /**
   * Inserts rows: objects keyed by column name, as JSONEachRow would read them (absent fields take
   * the column's default). Batches of 64 rows or more travel as a Native block, smaller ones as
   * JSONEachRow (native-format.ts); the stored rows are the same either way. Rejects with a
   * StoreError when the store is unreachable or refuses.
   * With `dedupToken`, a second insert with the same token into the same table is dropped by the
   * store (and so are its materialized-view rows): retries and replays of a batch store it once.
   */
  insert(table: string, rows: readonly object[], options?: InsertOptions): Promise<void>;
  /** Runs a SELECT with bound parameters and returns rows as objects (JSONEachRow). */
  query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]>;
  /** Runs a statement that returns no rows (DDL). */
  exec(sql: string, params?: QueryParams): Promise<void>;
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Present when the store takes Native blocks encoded ahead of the insert. */
  readonly blocks?: BlockStore;
}

/**
 * Why a store call failed. `retriable` separates "the store is down, try again later" (spool and
 * replay) from "the store refused this data or SQL" (a bug or bad input; retrying will not help).
 */
export class StoreError extends LlmscopeError {
  constructor(
    message: string,
    readonly retriable: boolean,
    readonly clickhouseCode?: number,
    options?: { cause?: unknown },
  ) {
    super(retriable ? "unavailable" : "internal", message, options);
  }
}
