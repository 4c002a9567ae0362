import type { ValidSpan } from "../../ingest/receiver/model";
import type { MetricsRegistry } from "../../telemetry/metrics";
import type { WriteAheadLog } from "../../ingest/wal/log";
import type { LoggedRequest } from "../../ingest/wal/record";
import { originOf } from "./logged-requests";
import type { RowBatch } from "../../store/rows-by-table";
import { appendPacked, emptyPacked, packedOf, type PackedBatch, type Packer } from "./packed-batch";
import { logger } from "../../telemetry/log";

const logs = logger("wal");

export interface LogQueueOptions {
  /** Spans whose rows are held in memory; beyond it, requests are only logged and read back later. */
  capacitySpans: number;
  /** ...and bytes of them (encoded, or at an estimate while not encoded yet). */
  capacityBytes: number;
  /** A segment is sealed and written once this many spans are in it... */
  flushSpans: number;
  /** ...or this long after the last write, whichever is first... */
  flushIntervalMs: number;
  /** ...or once the segment file reaches this size. */
  segmentBytes: number;
}

export interface LogQueueStages {
  /** Rows of an accepted request's spans; `origin` names the log record they came from. */
  rowsOf(spans: ValidSpan[], origin: string): RowBatch;
  /** Rows of records read back from the log; `earlierRun` is true for segments left by a crash or stop. */
  rowsOfRecords(records: LoggedRequest[], segment: number, earlierRun: boolean): { rows: RowBatch; spans: number; unreadable: number };
  /** Writes the rows of one or more segments; `batchId` is the same whenever the same segments are written again. */
  write(batch: PackedBatch, batchId: string): Promise<void>;
  /** Drops the rows a table already has (for segments an interrupted run may have half written). */
  withoutStored(batch: RowBatch): Promise<RowBatch>;
  /** Makes a write in progress give up: its segment stays in the log for the next start. */
  abandon(): void;
}

interface Segment {
  id: number;
  /** Rows kept in memory; false when the segment is read back from disk instead (spill, replay). */
  held: boolean;
  spans: number;
  /** The held rows, encoded as they arrive. */
  rows: PackedBatch;
  /** Bytes of `rows`. */
  bytes: number;
  earlierRun: boolean;
  closed: Promise<void>;
  /** Rows of a segment that was not held, once read back from disk. */
  readBack?: { rows: RowBatch; damage: string | undefined };
  /**
   * The segments written together from this one on (itself included) and their batch id, fixed at
   * the first attempt so a retry writes the same batch under the same id.
   */
  group?: { size: number; batchId: string };
  /** Its file is deleted (the rows are stored); set while the files of a batch are deleted one by one. */
  removed?: boolean;
}

/**
 * The queue in durable mode. Each accepted request is appended to the write-ahead log; its
 * enriched rows are also held in memory while there is room. A segment is the unit written to the
 * store: when it is sealed its rows (from memory, or decoded again from disk when they were not
 * held) are written under a batch id derived from the segment, and the file is deleted. A crash
 * leaves the segment, the next start writes it again under the same id, and the store drops the
 * copy it already has. Refusal (503) happens only when the log reaches its disk budget.
 *
 * Segments whose rows are held in memory and that were sealed while a write ran are written
 * together, as one batch: under load the store gets a few large inserts rather than one per
 * segment, as the memory queue's batches grow while a flush runs. Each insert costs chDB a part to
 * create and later to merge, so the number of inserts is what a fast sender must not multiply.
 * The files are deleted only after the batch is written; segments left by a crash in between are
 * replayed without the rows the store already has.
 */
export class LogQueue {
  private open: Segment | undefined;
  private readonly sealed: Segment[] = [];
  private heldSpans = 0;
  private heldBytes = 0;
  private draining: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private stopped = false;

  constructor(
    private readonly wal: WriteAheadLog,
    private readonly options: LogQueueOptions,
    private readonly stages: LogQueueStages,
    private readonly metrics: MetricsRegistry,
    leftover: readonly number[],
    private readonly packer: Packer,
  ) {
    for (const id of leftover) this.sealed.push({ id, held: false, spans: 0, rows: emptyPacked(), bytes: 0, earlierRun: true, closed: Promise.resolve() });
    metrics.gauge("llmscope_queue_capacity_bytes", "Bytes of rows held in memory before requests are only logged to disk").set(options.capacityBytes);
    metrics.gauge("llmscope_queue_capacity_spans", "Spans whose rows are held in memory before requests are only logged to disk").set(options.capacitySpans);
    this.publish();
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.options.flushIntervalMs);
    this.timer.unref();
    if (this.sealed.length > 0) void this.drain();
  }

  /** Spans held in memory. */
  get size(): number {
    return this.heldSpans;
  }

  /** Whether a request of `bytes` can be taken; checked before the body is even decoded. */
  hasRoom(bytes = 0): boolean {
    return !this.closed && this.wal.hasRoom(bytes);
  }

  /**
   * Logs a request and holds its rows. Returns a promise that resolves once the request is on
   * disk, or undefined when the log is full (nothing was kept).
   */
  offer(request: LoggedRequest, spans: ValidSpan[]): Promise<void> | undefined {
    if (!this.hasRoom(request.body.length)) return undefined;
    const segment = this.segmentFor(spans.length);
    const origin = originOf(segment.id, this.wal.currentSize.records);
    // Enrich before logging: a request whose enrichment throws is answered 500 and not logged.
    const rows = segment.held ? this.stages.rowsOf(spans, origin) : undefined;
    const { durable } = this.wal.append(request);
    segment.spans += spans.length;
    if (rows) {
      const bytes = this.packer.add(segment.rows, rows);
      segment.bytes += bytes;
      this.heldBytes += bytes;
      this.heldSpans += spans.length;
    } else {
      this.metrics
        .counter("llmscope_wal_spans_spilled_total", "Spans accepted while memory was full: logged to disk only, enriched when read back")
        .inc(spans.length);
    }
    this.publish();
    if (segment.spans >= this.options.flushSpans || this.wal.currentSize.bytes >= this.options.segmentBytes) {
      this.seal();
      void this.drain();
    }
    return durable;
  }

  /** Seals the open segment and writes every sealed segment; resolves when they are written. */
  async flush(): Promise<void> {
    this.seal();
    await this.drain();
  }

  /**
   * Refuses new requests and writes what is logged, for at most `ms`. What is not written by then
   * stays in the log (acknowledged requests are never dropped) and is written on the next start.
   */
  async close(ms: number): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.seal();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([this.drain().then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
    clearTimeout(timer);
    if (!finished) {
      this.stopped = true;
      this.stages.abandon();
      logs.warn(`shutdown deadline reached with ${this.sealed.length} log segment(s) not yet written; they are kept and written on the next start`);
    }
    await this.wal.close();
  }

  /** The open segment for a request of `spans` spans; seals the open one when memory is full. */
  private segmentFor(spans: number): Segment {
    const fits = this.heldSpans + spans <= this.options.capacitySpans && this.heldBytes < this.options.capacityBytes;
    if (this.open && this.open.held && !fits && this.wal.currentSize.records > 0) this.seal();
    if (this.open) return this.open;
    this.open = { id: this.wal.currentId, held: fits, spans: 0, rows: emptyPacked(), bytes: 0, earlierRun: false, closed: Promise.resolve() };
    return this.open;
  }

  private seal(): void {
    if (!this.open || this.wal.currentSize.records === 0) return;
    const { closed } = this.wal.rotate();
    this.open.closed = closed;
    this.sealed.push(this.open);
    this.open = undefined;
  }

  private drain(): Promise<void> {
    this.draining ??= (async () => {
      // Yield first: were the loop to finish synchronously, `finally` would run before the
      // assignment above and leave a settled promise in `draining` for good.
      await null;
      try {
        while (this.sealed.length > 0 && !this.stopped) {
          const group = this.nextGroup();
          if (group.length === 1) await this.write(group[0]!);
          else await this.writeHeld(group);
          this.sealed.splice(0, group.length);
        }
      } catch (err) {
        // The segment stays first in line; the next flush tries it again.
        if (!this.stopped) logs.error(`writing log segment ${this.sealed[0]?.id} failed: ${(err as Error).message}`);
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  /** The first sealed segment, with the held segments after it when it is held too (a retry keeps the first attempt's group). */
  private nextGroup(): Segment[] {
    const first = this.sealed[0]!;
    if (first.group === undefined) {
      let n = 1;
      if (first.held && !first.earlierRun) while (n < this.sealed.length && this.sealed[n]!.held && !this.sealed[n]!.earlierRun) n++;
      first.group = { size: n, batchId: `${this.wal.batchId(first.id)}+${n}` };
    }
    return this.sealed.slice(0, first.group.size);
  }

  /** Writes held segments as one batch, under an id made from the first one's and their count. */
  private async writeHeld(group: Segment[]): Promise<void> {
    const rows = emptyPacked();
    for (const segment of group) {
      await segment.closed;
      appendPacked(rows, segment.rows);
    }
    await this.stages.write(rows, group[0]!.group!.batchId);
    // Rows are let go only once every file is deleted: a retry after a failed deletion writes the
    // very same batch again (same tokens, nothing stored twice) and deletes the files left.
    for (const segment of group) {
      if (segment.removed) continue;
      await this.wal.remove(segment.id);
      segment.removed = true;
    }
    for (const segment of group) this.release(segment);
    this.publish();
  }

  private async write(segment: Segment): Promise<void> {
    await segment.closed;
    if (!segment.held && !segment.readBack) {
      // Read back once: a retried write reuses these rows, so nothing is enriched (or judged) twice.
      const parsed = await this.wal.read(segment.id);
      const decoded = this.stages.rowsOfRecords(parsed.records, segment.id, segment.earlierRun);
      const damage = parsed.damage ?? (decoded.unreadable > 0 ? `${decoded.unreadable} record(s) no longer decode` : undefined);
      segment.readBack = { rows: decoded.rows, damage };
      this.metrics
        .counter("llmscope_wal_spans_replayed_total", "Spans read back from the write-ahead log: after a restart (restart) or after a memory spill (spill)")
        .inc(decoded.spans, { reason: segment.earlierRun ? "restart" : "spill" });
    }
    let batch: PackedBatch;
    if (segment.readBack) batch = packedOf(segment.earlierRun ? await this.stages.withoutStored(segment.readBack.rows) : segment.readBack.rows);
    else batch = segment.rows;
    await this.stages.write(batch, this.wal.batchId(segment.id));
    const damage = segment.readBack?.damage;
    if (damage) await this.wal.bury(segment.id, damage);
    else await this.wal.remove(segment.id);
    this.release(segment);
    segment.readBack = undefined;
    this.publish();
  }

  /** Lets go of a written segment's rows. */
  private release(segment: Segment): void {
    if (segment.held) {
      this.heldSpans -= segment.spans;
      this.heldBytes -= segment.bytes;
    }
    segment.rows = emptyPacked();
    segment.bytes = 0;
  }

  private publish(): void {
    this.metrics.gauge("llmscope_queue_spans", "Spans whose rows are held in memory, waiting to be written").set(this.heldSpans);
    this.metrics.gauge("llmscope_queue_bytes", "Bytes of rows held in memory, waiting to be written").set(this.heldBytes);
  }
}
