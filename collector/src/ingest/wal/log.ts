import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { parseSegment, recordParts, type LoggedRequest, type ParsedSegment } from "./record";
import { logger } from "../../telemetry/log";

const logs = logger("wal");

const writev = promisify(fs.writev);
const fdatasync = promisify(fs.fdatasync);
const fsync = promisify(fs.fsync);
const close = promisify(fs.close);

const SEGMENT = /^(\d{12})-([0-9a-f]{16})\.wal$/;
const segmentName = (id: number, run: string) => `${id.toString().padStart(12, "0")}-${run}.wal`;

interface Waiter {
  parts: Buffer[];
  bytes: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * The segment appends go to. Appends made while an fsync runs are written and synced together by
 * the next one (group commit), so N concurrent requests cost about one fsync, not N.
 */
class OpenSegment {
  bytes = 0;
  records = 0;
  private waiting: Waiter[] = [];
  private running: Promise<void> | undefined;
  private dirSynced = false;

  constructor(
    readonly id: number,
    private readonly fd: number,
    private readonly dir: string,
    private readonly onSync: (bytes: number) => void,
  ) {}

  append(parts: Buffer[]): Promise<void> {
    const bytes = parts.reduce((n, p) => n + p.length, 0);
    this.bytes += bytes;
    this.records += 1;
    return new Promise((resolve, reject) => {
      this.waiting.push({ parts, bytes, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Waits for every append made so far to be on disk, then closes the file. */
  async close(): Promise<void> {
    while (this.running) await this.running;
    await close(this.fd);
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0);
        try {
          const parts = group.flatMap((w) => w.parts);
          const total = group.reduce((n, w) => n + w.bytes, 0);
          const { bytesWritten: written } = await writev(this.fd, parts);
          // writev may write less than asked; finish the rest byte-exactly.
          if (written < total) await writeRest(this.fd, Buffer.concat(parts).subarray(written));
          await fdatasync(this.fd);
          if (!this.dirSynced) {
            // The new file's directory entry must be durable too, or a crash could lose the file.
            await syncDir(this.dir);
            this.dirSynced = true;
          }
          this.onSync(total);
          for (const w of group) w.resolve();
        } catch (err) {
          for (const w of group) w.reject(err as Error);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}

async function writeRest(fd: number, rest: Buffer): Promise<void> {
  const write = promisify(fs.write);
  let at = 0;
  while (at < rest.length) at += (await write(fd, rest, at, rest.length - at)).bytesWritten;
}

async function syncDir(dir: string): Promise<void> {
  const fd = fs.openSync(dir, "r");
  try {
    await fsync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The write-ahead log: accepted request bodies, appended and fsynced before the collector answers
 * 200, kept until the store has their rows. Segments are files `<12-digit number>-<run>.wal` in
 * one folder, numbered in order; a segment is the unit of writing to the store and of deletion.
 * `<run>` is random per process start, so a segment's batch id (`batchId`) is never given to
 * another segment, even when numbering starts again after the folder was emptied.
 */
export class WriteAheadLog {
  private current: OpenSegment;
  private readonly sizes = new Map<number, number>();
  private readonly names = new Map<number, string>();
  private diskBytes = 0;
  private readonly deadDir: string;

  private constructor(
    readonly dir: string,
    private readonly run: string,
    readonly maxBytes: number,
    private readonly metrics: MetricsRegistry,
    firstId: number,
  ) {
    this.deadDir = path.join(dir, "dead");
    this.current = this.openSegment(firstId);
  }

  /** Opens (or creates) the log in `dir`; `leftover` lists segments an earlier run did not finish, oldest first. */
  static async open(dir: string, maxBytes: number, metrics: MetricsRegistry): Promise<{ log: WriteAheadLog; leftover: number[] }> {
    await fs.promises.mkdir(path.join(dir, "dead"), { recursive: true });
    const leftover: number[] = [];
    const found: [number, string, number][] = [];
    for (const name of (await fs.promises.readdir(dir)).sort()) {
      const m = SEGMENT.exec(name);
      if (!m) continue;
      const id = Number(m[1]);
      const size = (await fs.promises.stat(path.join(dir, name))).size;
      if (size === 0) {
        await fs.promises.unlink(path.join(dir, name));
        continue;
      }
      leftover.push(id);
      found.push([id, name, size]);
    }
    const log = new WriteAheadLog(dir, randomBytes(8).toString("hex"), maxBytes, metrics, (leftover.at(-1) ?? 0) + 1);
    for (const [id, name, size] of found) {
      log.names.set(id, name);
      log.track(id, size);
    }
    log.publish();
    return { log, leftover };
  }

  /** Bytes of all segments on disk, the open one included. */
  get bytes(): number {
    return this.diskBytes;
  }

  get currentId(): number {
    return this.current.id;
  }

  /** Bytes and records appended to the open segment. */
  get currentSize(): { bytes: number; records: number } {
    return { bytes: this.current.bytes, records: this.current.records };
  }

  /** Whether `bytes` more fit in the disk budget. */
  hasRoom(bytes: number): boolean {
    return this.diskBytes + bytes <= this.maxBytes;
  }

  /** Appends a request to the open segment; `durable` resolves once it is fsynced. */
  append(request: LoggedRequest): { segment: number; index: number; durable: Promise<void> } {
    const segment = this.current;
    const index = segment.records;
    const parts = recordParts(request);
    const durable = segment.append(parts);
    this.track(segment.id, parts[0]!.length + parts[1]!.length);
    this.publish();
    return { segment: segment.id, index, durable };
  }

  /**
   * Starts a new segment for later appends. `closed` resolves when every append to the old one is
   * on disk and its file is closed.
   */
  rotate(): { sealed: number; closed: Promise<void> } {
    const old = this.current;
    this.current = this.openSegment(old.id + 1);
    return { sealed: old.id, closed: old.close() };
  }

  async read(id: number): Promise<ParsedSegment> {
    return parseSegment(await fs.promises.readFile(this.pathOf(id)));
  }

  /** The id a segment's rows are written under: the same every time this segment is written. */
  batchId(id: number): string {
    const name = this.names.get(id) ?? "";
    return `wal-${name.replace(/\.wal$/, "")}`;
  }

  /** Deletes a segment whose rows the store (or the spool) has. */
  async remove(id: number): Promise<void> {
    await fs.promises.unlink(this.pathOf(id)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== "ENOENT") throw err;
    });
    this.untrack(id);
  }

  /** Moves a damaged segment to dead/ for inspection. */
  async bury(id: number, reason: string): Promise<string> {
    const to = path.join(this.deadDir, this.names.get(id)!);
    await fs.promises.rename(this.pathOf(id), to);
    this.untrack(id);
    this.metrics
      .counter("llmscope_wal_segments_dead_total", "Damaged log segments moved to <data>/wal/dead (the good records before the damage were kept)")
      .inc();
    logs.warn(`log segment ${to} is damaged (${reason}); its readable records were replayed, the file was moved to ${this.deadDir}`);
    return to;
  }

  /** Syncs and closes the open segment, deleting it when nothing was appended. */
  async close(): Promise<void> {
    const last = this.current;
    await last.close();
    if (last.records === 0) await this.remove(last.id);
  }

  private pathOf(id: number): string {
    const name = this.names.get(id);
    if (!name) throw new Error(`no log segment ${id}`);
    return path.join(this.dir, name);
  }

  private openSegment(id: number): OpenSegment {
    const name = segmentName(id, this.run);
    const fd = fs.openSync(path.join(this.dir, name), "a");
    this.names.set(id, name);
    this.track(id, 0);
    return new OpenSegment(id, fd, this.dir, (bytes) => {
      this.metrics.counter("llmscope_wal_bytes_written_total", "Bytes appended and fsynced to the write-ahead log").inc(bytes);
      this.metrics.counter("llmscope_wal_fsyncs_total", "fsync calls on the write-ahead log (one per group of concurrent requests)").inc();
    });
  }

  private track(id: number, bytes: number): void {
    this.sizes.set(id, (this.sizes.get(id) ?? 0) + bytes);
    this.diskBytes += bytes;
  }

  private untrack(id: number): void {
    this.diskBytes -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
    this.names.delete(id);
    this.publish();
  }

  private publish(): void {
    this.metrics.gauge("llmscope_wal_bytes", "Bytes in the write-ahead log on disk (acknowledged requests not yet in the store)").set(this.diskBytes);
    this.metrics.gauge("llmscope_wal_segments", "Write-ahead log segment files on disk").set(this.sizes.size);
  }
}
