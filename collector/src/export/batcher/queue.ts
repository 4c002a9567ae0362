import type { MetricsRegistry } from "../../telemetry/metrics";
import { BATCH_TABLES, type RowBatch } from "../../store/rows-by-table";
import { emptyPacked, packedRowCount, packedRows, type PackedBatch, type Packer } from "./packed-batch";
import { logger } from "../../telemetry/log";

const logs = logger("batcher");

export interface QueueOptions {
  /** Spans held (waiting plus being written) before offers are refused. */
  capacitySpans: number;
  /** Bytes held (encoded rows, and rows not encoded yet at an estimate) before offers are refused. */
  capacityBytes: number;
  /** A flush starts as soon as this many spans wait. */
  flushSpans: number;
  /** ...or this long after the last flush, whichever is first. */
  flushIntervalMs: number;
}

export type BatchSink = (batch: PackedBatch) => Promise<void>;

/**
 * A bounded in-memory queue between the receiver and the store. Offers are all-or-nothing so a
 * refused request can be retried whole by the exporter without duplicating part of it. One flush
 * runs at a time; big batches are what ClickHouse wants. Rows are held encoded (packed-batch.ts):
 * a Native block takes a fraction of the objects' memory and gives the garbage collector nothing
 * to trace or copy while it waits.
 */
export class BatchQueue {
  private pending: PackedBatch = emptyPacked();
  private pendingSpans = 0;
  private pendingBytes = 0;
  private inFlightSpans = 0;
  private inFlightBytes = 0;
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly options: QueueOptions,
    private readonly sink: BatchSink,
    private readonly metrics: MetricsRegistry,
    private readonly packer: Packer,
  ) {
    metrics.gauge("llmscope_queue_capacity_spans", "Spans the queue holds before answering 503").set(options.capacitySpans);
    metrics.gauge("llmscope_queue_capacity_bytes", "Bytes the queue holds before answering 503").set(options.capacityBytes);
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

  /** The bytes held now (waiting and being written). */
  get bytes(): number {
    return this.pendingBytes + this.inFlightBytes;
  }

  /** Whether `spanCount` more spans fit now (their bytes are known only once enriched: any room will do). */
  hasRoom(spanCount: number): boolean {
    return !this.closed && this.size + spanCount <= this.options.capacitySpans && this.bytes < this.options.capacityBytes;
  }

  /** Takes all rows of `spanCount` spans, or none of them when there is no room. */
  offer(spanCount: number, rows: RowBatch): boolean {
    if (!this.hasRoom(spanCount)) return false;
    this.pendingBytes += this.packer.add(this.pending, rows);
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
    this.inFlightSpans = this.pendingSpans;
    this.inFlightBytes = this.pendingBytes;
    this.pending = emptyPacked();
    this.pendingSpans = 0;
    this.pendingBytes = 0;
    this.flushing = this.sink(batch)
      .catch((err: unknown) => this.countLost(batch, err))
      .finally(() => {
        this.inFlightSpans = 0;
        this.inFlightBytes = 0;
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
  private countLost(batch: PackedBatch, err: unknown): void {
    for (const table of BATCH_TABLES) {
      const rows = packedRows(batch[table]);
      if (rows > 0)
        this.metrics.counter("llmscope_rows_dropped_total", "Rows lost because neither the store nor the disk spool could take them").inc(rows, { table });
    }
    logs.error(`a batch of ${packedRowCount(batch)} rows was lost: ${err instanceof Error ? err.message : String(err)}`);
  }

  private publish(): void {
    this.metrics.gauge("llmscope_queue_spans", "Spans held in the queue (waiting or being written)").set(this.size);
    this.metrics.gauge("llmscope_queue_bytes", "Bytes held in the queue (waiting or being written)").set(this.bytes);
  }
}
