import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { TABLES } from "../../store/rows";
import { StoreError, type Store } from "../../store/store";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { BATCH_TABLES, tablesOf, type RowBatch, type TableName } from "../../store/rows-by-table";
import { encodeOrUndefined } from "../../store/native-format";
import { tailEncoded, type BlockGroup, type PackedBatch, type PackedTable } from "./packed-batch";
import type { DiskSpool } from "./spool";
import { logger } from "../../telemetry/log";

const logs = logger("batcher");

/**
 * Most rows a refused batch is searched for one by one. Beyond it the batch is mostly bad (a schema
 * mismatch, not a poison row) and the remaining refused parts are dead-lettered whole, which bounds
 * the extra inserts at about 2 × this × log2(batch size).
 */
const MAX_ISOLATED_ROWS = 32;

/**
 * Writes a flushed batch to the store, table by table, so one table's failure never re-sends
 * another's rows. Transient failures go to the disk spool. When the store refuses a batch (bad
 * data, not an outage) the batch is bisected until the refused rows are found: only those go to
 * the dead-letter folder, every other row is stored.
 * When the spool is full too, it retries the store until it succeeds: the queue behind it then
 * fills and the receiver answers 503, which pushes the wait back to the exporters.
 */
export class StoreWriter {
  /** What a write does when it can neither store nor spool: wait for the store, or, after stop(), drop or reject the rows. */
  private whenStuck: "wait" | "drop" | "reject" = "wait";

  constructor(
    private readonly store: Store,
    /** Keeps rows on disk while the store is down, to be replayed when it is back. */
    private readonly spool: DiskSpool,
    private readonly metrics: MetricsRegistry,
    private readonly retryDelayMs = 1000,
  ) {}

  /**
   * `batchId`, when given, makes the write idempotent: each table's insert carries a token made
   * from `<batchId>-<table>` and the block (blockToken; kept with spooled rows too), so writing the
   * same batch again stores nothing new.
   */
  async write(batch: RowBatch, batchId?: string): Promise<void> {
    for (const [table, rows] of tablesOf(batch)) await this.writeRows(table, rows, batchId && `${batchId}-${table}`);
  }

  /**
   * Writes a queue's batch, table by table: each group of Native blocks as one insert (the rows
   * not encoded yet are encoded first, in slices), the rows the encoder refused as rows. A group
   * the store refuses is read back into rows and written as rows are, so the refused row is found
   * and dead-lettered alone.
   */
  async writePacked(batch: PackedBatch, batchId?: string): Promise<void> {
    for (const table of BATCH_TABLES) {
      const packed = batch[table];
      const token = batchId && `${batchId}-${table}`;
      const loose = await this.encodeTail(table, packed);
      for (const group of packed.groups) await this.writeGroup(table, group, token);
      if (loose.length > 0) await this.writeTable(table, loose, token);
    }
  }

  /** The table's rows that stay objects: its tail, unless it encodes. */
  private async encodeTail(table: TableName, packed: PackedTable): Promise<object[]> {
    const native = packed.tail.length > 0 ? this.store.blocks?.encoderNow(table) : undefined;
    if (!native) return [...packed.loose, ...packed.tail];
    const block = await encodeOrUndefined(native, packed.tail);
    if (!block) return [...packed.loose, ...packed.tail];
    tailEncoded(packed, native, block);
    return packed.loose;
  }

  private async writeGroup(table: string, group: BlockGroup, batchToken?: string): Promise<void> {
    const dedupToken = batchToken && groupToken(batchToken, group);
    for (;;) {
      const error = await this.tryInsertBlocks(table, group, dedupToken);
      if (!error) return;
      if (!error.retriable) {
        // Rare: the column-range check exists so that the store refuses nothing. Find the row.
        const rows = await this.store.blocks!.rowsOfBlocks(table, group.columns, group.blocks);
        return this.isolateRefused(table, rows, error, batchToken, { rows: 0 });
      }
      if (await this.spool.saveBlocks(table, group, dedupToken)) return;
      if (await this.stuck(table, group.rows)) return;
    }
  }

  private async tryInsertBlocks(table: string, group: BlockGroup, dedupToken?: string): Promise<StoreError | undefined> {
    return this.tried(table, group.rows, () => this.store.blocks!.insertBlocks(table, group.columns, group.blocks, { dedupToken }));
  }

  /** Writes one table's rows (what write() does for each table of a batch). */
  writeRows(table: string, rows: readonly object[], dedupToken?: string): Promise<void> {
    return this.writeTable(table, [...rows], dedupToken);
  }

  /**
   * After this, a write that can neither store nor spool gives up instead of waiting: counted as
   * dropped, or, with `abandon` (the rows are safe in the write-ahead log), rejected uncounted.
   */
  stop(abandon = false): void {
    this.whenStuck = abandon ? "reject" : "drop";
  }

  private async writeTable(table: string, rows: object[], dedupToken?: string, isolation = { rows: 0 }): Promise<void> {
    for (;;) {
      const error = await this.tryInsert(table, rows, dedupToken);
      if (!error) return;
      if (!error.retriable) return this.isolateRefused(table, rows, error, dedupToken, isolation);
      if (await this.spool.save(table, rows, dedupToken && blockToken(dedupToken, rows))) return;
      if (await this.stuck(table, rows.length)) return;
    }
  }

  /** Neither the store nor the spool took `rows` rows: true when they are given up (counted), after waiting otherwise. */
  private async stuck(table: string, rows: number): Promise<boolean> {
    if (this.whenStuck === "reject") throw new Error(`writing ${table} rows abandoned at shutdown; they stay in the write-ahead log`);
    if (this.whenStuck === "drop") {
      this.metrics.counter("llmscope_rows_dropped_total", "Rows lost because neither the store nor the disk spool could take them").inc(rows, { table });
      logs.error(`dropped ${rows} ${table} rows: store unavailable and spool full at shutdown`);
      return true;
    }
    await sleep(this.retryDelayMs);
    return false;
  }

  /**
   * Halves a refused batch and writes each half, down to the single rows the store refuses. Each half
   * gets its own block token (blockToken digests the rows), so deduplication never drops a half.
   */
  private async isolateRefused(table: string, rows: object[], error: StoreError, dedupToken: string | undefined, isolation: { rows: number }): Promise<void> {
    if (rows.length === 1 || isolation.rows >= MAX_ISOLATED_ROWS) {
      isolation.rows += rows.length;
      return this.spool.deadLetterRows(table, rows, error);
    }
    const middle = rows.length >>> 1;
    await this.writeTable(table, rows.slice(0, middle), dedupToken, isolation);
    await this.writeTable(table, rows.slice(middle), dedupToken, isolation);
  }

  private tryInsert(table: string, rows: object[], dedupToken?: string): Promise<StoreError | undefined> {
    return this.tried(table, rows.length, () => this.store.insert(table, rows, { dedupToken: dedupToken && blockToken(dedupToken, rows) }));
  }

  /** Runs an insert of `rows` rows and counts it: the error it failed with, or undefined. */
  private async tried(table: string, rows: number, insert: () => Promise<void>): Promise<StoreError | undefined> {
    try {
      await insert();
    } catch (err) {
      const error = err instanceof StoreError ? err : new StoreError(String(err), true, undefined, { cause: err });
      this.metrics
        .counter("llmscope_store_insert_failures_total", "Failed inserts, by table and whether a retry can help")
        .inc(1, { table, retriable: String(error.retriable) });
      return error;
    }
    this.metrics.counter("llmscope_store_rows_written_total", "Rows written to the store, by table").inc(rows, { table });
    if (table === TABLES.traces) this.metrics.counter("llmscope_spans_stored_total", "Spans written to otel_traces").inc(rows);
    return undefined;
  }
}

/**
 * The token of one insert block: the batch's token plus the block's size and a digest of its first
 * and last rows, so any part of a batch written on its own (a split batch) gets a token of its own,
 * while the same rows written again get the same one.
 */
export function blockToken(token: string, rows: readonly object[]): string {
  const text = (row: object | undefined) => JSON.stringify(row ?? null, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  const digest = createHash("sha1")
    .update(text(rows[0]))
    .update("\n")
    .update(text(rows[rows.length - 1]))
    .digest("hex")
    .slice(0, 16);
  return `${token}-${rows.length}-${digest}`;
}

/** blockToken for a group of Native blocks: its row count and a digest of its first and last blocks. */
function groupToken(token: string, group: BlockGroup): string {
  const digest = createHash("sha1")
    .update(group.blocks[0]!)
    .update(group.blocks[group.blocks.length - 1]!)
    .digest("hex")
    .slice(0, 16);
  return `${token}-${group.rows}-n${digest}`;
}
