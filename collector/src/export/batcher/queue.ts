import type { MetricsRegistry } from "../../telemetry/metrics";
import { appendBatch, countRows, emptyBatch, tablesOf, type RowBatch } from "../../store/rows-by-table";
import { logger } from "../../telemetry/log";

const logs = logger("batcher");

export interface QueueOptions {
  /** Spans held (waiting plus being written) before offers are refused. */
  capacitySpans: number;
  /** A flush starts as soon as this many spans wait. */
  flushSpans: number;
  /** ...or this long after the last flush, whichever is first. */
  flushIntervalMs: number;
}

export type BatchSink = (batch: RowBatch) => Promise<void>;

/**
 * A bounded in-memory queue between the receiver and the store. Offers are all-or-nothing so a
 * refused request can be retried whole by the exporter without duplicating part of it. One flush
 * runs at a time; big batches are what ClickHouse wants.
 */
export class BatchQueue {
  private pending: RowBatch = emptyBatch();
  private pendingSpans = 0;
  private inFlightSpans = 0;
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly options: QueueOptions,
    private readonly sink: BatchSink,
    private readonly metrics: MetricsRegistry,
  ) {
    metrics.gauge("llmscope_queue_capacity_spans", "Spans the queue holds before answering 503").set(options.capacitySpans);
    this.publish();
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.options.flushIntervalMs);
    this.timer.unref();
  }

  /** The spans held now (waiting and being written). */
  get size(): number {
    return this.pendingSpans + this.inFlightSpans;
  }

  /** Whether `spanCount` more spans fit now. */
  hasRoom(spanCount: number): boolean {
    return !this.closed && this.size + spanCount <= this.options.capacitySpans;
  }

  /** Takes all rows of `spanCount` spans, or none of them when there is no room. */
  offer(spanCount: number, rows: RowBatch): boolean {
    if (!this.hasRoom(spanCount)) return false;
    appendBatch(this.pending, rows);
    this.pendingSpans += spanCount;
    this.publish();
    if (this.pendingSpans >= this.options.flushSpans) void this.flush();
    return true;
  }

  /** Writes everything waiting now; resolves when it (and any flush already running) is done. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pendingSpans === 0) return;
    const batch = this.pending;
    const spans = this.pendingSpans;
    this.pending = emptyBatch();
    this.pendingSpans = 0;
    this.inFlightSpans = spans;
    this.flushing = this.sink(batch)
      .catch((err: unknown) => this.countLost(batch, err))
      .finally(() => {
        this.inFlightSpans = 0;
        this.flushing = undefined;
        this.publish();
      });
    await this.flushing;
  }

  /** Refuses new offers, then writes everything held. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.flush();
    await this.flush();
  }

  /** The sink handles store outages itself; reaching here means even the disk spool failed. */
  private countLost(batch: RowBatch, err: unknown): void {
    for (const [table, rows] of tablesOf(batch)) {
      this.metrics.counter("llmscope_rows_dropped_total", "Rows lost because neither the store nor the disk spool could take them").inc(rows.length, { table });
    }
    logs.error(`a batch of ${countRows(batch)} rows was lost: ${err instanceof Error ? err.message : String(err)}`);
  }

  private publish(): void {
    this.metrics.gauge("llmscope_queue_spans", "Spans held in the queue (waiting or being written)").set(this.size);
  }
}
