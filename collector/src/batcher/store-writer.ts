import { setTimeout as sleep } from "node:timers/promises";
import { TABLES } from "../store/rows";
import { StoreError, type Store } from "../store/store";
import type { MetricsRegistry } from "../telemetry/metrics";
import type { RowsByTable } from "./rows-by-table";
import type { DiskSpool } from "./spool";

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
  private stopping = false;

  constructor(
    private readonly store: Store,
    private readonly spool: DiskSpool,
    private readonly metrics: MetricsRegistry,
    private readonly retryDelayMs = 1000,
  ) {}

  async write(batch: RowsByTable): Promise<void> {
    for (const [table, rows] of batch) await this.writeTable(table, rows);
  }

  /** After this, a write that can neither store nor spool gives up (counted) instead of waiting. */
  stop(): void {
    this.stopping = true;
  }

  private async writeTable(table: string, rows: object[], isolation = { rows: 0 }): Promise<void> {
    for (;;) {
      const error = await this.tryInsert(table, rows);
      if (!error) return;
      if (!error.retriable) return this.isolateRefused(table, rows, error, isolation);
      if (await this.spool.save(table, rows)) return;
      if (this.stopping) {
        this.metrics.counter("llmscope_rows_dropped_total", "Rows lost because neither the store nor the disk spool could take them").inc(rows.length, { table });
        console.error(`llmscope: dropped ${rows.length} ${table} rows: store unavailable and spool full at shutdown`);
        return;
      }
      await sleep(this.retryDelayMs);
    }
  }

  /** Halves a refused batch and writes each half, down to the single rows the store refuses. */
  private async isolateRefused(table: string, rows: object[], error: StoreError, isolation: { rows: number }): Promise<void> {
    if (rows.length === 1 || isolation.rows >= MAX_ISOLATED_ROWS) {
      isolation.rows += rows.length;
      return this.spool.deadLetterRows(table, rows, error);
    }
    const middle = rows.length >>> 1;
    await this.writeTable(table, rows.slice(0, middle), isolation);
    await this.writeTable(table, rows.slice(middle), isolation);
  }

  private async tryInsert(table: string, rows: object[]): Promise<StoreError | undefined> {
    try {
      await this.store.insert(table, rows);
    } catch (err) {
      const error = err instanceof StoreError ? err : new StoreError(String(err), true, undefined, { cause: err });
      this.metrics.counter("llmscope_store_insert_failures_total", "Failed inserts, by table and whether a retry can help").inc(1, { table, retriable: String(error.retriable) });
      return error;
    }
    this.metrics.counter("llmscope_store_rows_written_total", "Rows written to the store, by table").inc(rows.length, { table });
    if (table === TABLES.traces) this.metrics.counter("llmscope_spans_stored_total", "Spans written to otel_traces").inc(rows.length);
    return undefined;
  }
}
