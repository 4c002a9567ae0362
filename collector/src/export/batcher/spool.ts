import { promises as fs } from "node:fs";
import path from "node:path";
import type { Store } from "../../store/store";
import type { BlockGroup } from "./packed-batch";
import { StoreError } from "../../store/store";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { describeRefusal, refusalReason } from "../../store/errors";
import { logger } from "../../telemetry/log";

const logs = logger("spool");

/**
 * Rows the store could not take wait here, on disk, as JSONEachRow files (or, for rows the queue
 * held encoded, files of Native blocks) that are re-inserted when
 * the store is back. Files are replayed oldest first. Rows the store refuses outright (not a
 * transient failure) are moved to `dead/` and counted rather than retried forever or deleted.
 */
export class DiskSpool {
  private seq = 0;
  private bytes = 0;
  private files = 0;
  private readonly deadDir: string;

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
    private readonly metrics: MetricsRegistry,
  ) {
    this.deadDir = path.join(dir, "dead");
  }

  /** Creates the folders and counts what an earlier run left behind. */
  async open(): Promise<void> {
    await fs.mkdir(this.deadDir, { recursive: true });
    const entries = await this.pendingFiles();
    this.files = entries.length;
    this.bytes = 0;
    for (const f of entries) this.bytes += (await fs.stat(path.join(this.dir, f))).size;
    this.publish();
  }

  get pending(): { files: number; bytes: number } {
    return { files: this.files, bytes: this.bytes };
  }

  /**
   * Writes rows for later replay, durably (fsynced before it is renamed into place). False when
   * the spool is full: the caller must keep the rows. `dedupToken` is kept in the file name and
   * sent again with the replay, so rows the store did take despite the failure are not doubled.
   */
  async save(table: string, rows: readonly object[], dedupToken?: string): Promise<boolean> {
    return this.saveFile(table, "jsonl", [toJsonEachRow(rows)], rows.length, dedupToken);
  }

  /**
   * save() for a group of Native blocks: one file, a JSON header line naming the columns (and
   * their row count), then the blocks as they are.
   */
  async saveBlocks(table: string, group: BlockGroup, dedupToken?: string): Promise<boolean> {
    const header: BlockFileHeader = { columns: group.columns.columns, wireTypes: group.columns.wireTypes, rows: group.rows };
    return this.saveFile(table, "native", [Buffer.from(JSON.stringify(header) + "\n"), ...group.blocks], group.rows, dedupToken);
  }

  private async saveFile(table: string, extension: "jsonl" | "native", parts: readonly Buffer[], rows: number, dedupToken?: string): Promise<boolean> {
    const size = parts.reduce((n, part) => n + part.length, 0);
    if (this.bytes + size > this.maxBytes) return false;
    const stem = `${Date.now().toString().padStart(15, "0")}-${(this.seq++).toString().padStart(6, "0")}`;
    const name = `${dedupToken && SAFE_TOKEN.test(dedupToken) ? `${stem}~${dedupToken}` : stem}.${table}.${extension}`;
    const tmp = path.join(this.dir, `.${name}.tmp`);
    const handle = await fs.open(tmp, "w");
    try {
      await handle.writev(parts as Buffer[]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path.join(this.dir, name));
    this.files += 1;
    this.bytes += size;
    this.metrics.counter("llmscope_spool_rows_written_total", "Rows written to the disk spool because the store was unavailable").inc(rows, { table });
    this.publish();
    return true;
  }

  /**
   * Re-inserts spooled files, oldest first, each with a deduplication token of its own, so a file
   * replayed twice (a crash between insert and delete) is stored once. Stops at the first transient
   * failure (the store is still down; later files would fail too). A file that cannot be read or
   * parsed is moved to dead/ and replay goes on with the next. Returns the number of rows replayed.
   */
  async replay(store: Store): Promise<number> {
    let replayed = 0;
    for (const file of await this.pendingFiles()) {
      const table = tableOf(file);
      const full = path.join(this.dir, file);
      let body: Buffer;
      let insert: SpooledInsert;
      try {
        body = await fs.readFile(full);
        insert = file.endsWith(".native") ? blocksOf(body, store) : rowsOf(body, store);
      } catch (err) {
        await this.buryUnreadable(file, err as Error);
        continue;
      }
      try {
        await insert.into(table, tokenOf(file));
      } catch (err) {
        if (err instanceof StoreError && !err.retriable) {
          await this.deadLetter(file, table, insert.rows, err);
          continue;
        }
        break;
      }
      await fs.unlink(full);
      this.files -= 1;
      this.bytes -= body.length;
      replayed += insert.rows;
      this.metrics.counter("llmscope_spool_rows_replayed_total", "Rows re-inserted from the disk spool").inc(insert.rows, { table });
    }
    this.publish();
    return replayed;
  }

  /** Keeps rows the store refused (bad data, not an outage) where an operator can inspect them. */
  async deadLetterRows(table: string, rows: readonly object[], reason: StoreError): Promise<void> {
    const name = `${Date.now().toString().padStart(15, "0")}-${(this.seq++).toString().padStart(6, "0")}.${table}.jsonl`;
    await fs.writeFile(path.join(this.deadDir, name), toJsonEachRow(rows));
    this.countDead(table, rows.length, reason);
  }

  private async buryUnreadable(file: string, err: Error): Promise<void> {
    const from = path.join(this.dir, file);
    const size = (await fs.stat(from).catch(() => ({ size: 0 }))).size;
    await fs.rename(from, path.join(this.deadDir, file));
    this.files -= 1;
    this.bytes -= size;
    this.metrics.counter("llmscope_spool_files_dead_total", "Spool files that could not be read or parsed, moved to <spool>/dead").inc();
    logs.error(`spool file ${file} is unreadable (${err.message}); moved to ${this.deadDir}, replay goes on`);
  }

  private async deadLetter(file: string, table: string, rowCount: number, reason: StoreError): Promise<void> {
    const from = path.join(this.dir, file);
    const size = (await fs.stat(from)).size;
    await fs.rename(from, path.join(this.deadDir, file));
    this.files -= 1;
    this.bytes -= size;
    this.countDead(table, rowCount, reason);
  }

  private countDead(table: string, rowCount: number, reason: StoreError): void {
    const why = refusalReason(reason.message, reason.clickhouseCode);
    this.metrics
      .counter("llmscope_rows_dead_lettered_total", "Rows the store refused, kept under <spool>/dead for inspection, by table and reason")
      .inc(rowCount, { table, reason: why });
    // Reason, code and column only: the store's full message quotes row text.
    logs.error(`${rowCount} ${table} rows refused by the store and kept in ${this.deadDir}: ${describeRefusal(reason.message, reason.clickhouseCode)}`);
  }

  private async pendingFiles(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => (n.endsWith(".jsonl") || n.endsWith(".native")) && !n.startsWith(".")).sort();
  }

  private publish(): void {
    this.metrics.gauge("llmscope_spool_files", "Files waiting in the disk spool").set(this.files);
    this.metrics.gauge("llmscope_spool_bytes", "Bytes waiting in the disk spool").set(this.bytes);
  }
}

/** Tokens are ids made by the writer (hex, digits, dashes, table names): safe in a file name. */
const SAFE_TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/** The token the rows were first sent with, or one made from the file name (same file, same token). */
function tokenOf(file: string): string {
  const stem = file.split(".")[0]!;
  const tilde = stem.indexOf("~");
  return tilde >= 0 ? stem.slice(tilde + 1) : `spool-${stem}`;
}

function tableOf(file: string): string {
  const parts = file.split(".");
  return parts[parts.length - 2] ?? "";
}

function toJsonEachRow(rows: readonly object[]): Buffer {
  return Buffer.from(rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
}

/** A spooled file, read: how many rows it holds and how they are inserted again into the store it was read for. */
interface SpooledInsert {
  rows: number;
  into(table: string, dedupToken: string): Promise<void>;
}

interface BlockFileHeader {
  columns: string[];
  wireTypes: string[];
  rows: number;
}

function rowsOf(body: Buffer, store: Store): SpooledInsert {
  const rows = fromJsonEachRow(body);
  return { rows: rows.length, into: (table, dedupToken) => store.insert(table, rows, { dedupToken }) };
}

/** A file of saveBlocks: its header line, then the blocks. Throws when it is not one. */
function blocksOf(body: Buffer, store: Store): SpooledInsert {
  const newline = body.indexOf(10);
  const header = JSON.parse(body.subarray(0, newline < 0 ? body.length : newline).toString("utf8")) as BlockFileHeader;
  if (newline < 0 || !Array.isArray(header.columns) || !Array.isArray(header.wireTypes) || typeof header.rows !== "number") {
    throw new Error("not a block file: no header line with columns, wireTypes and rows");
  }
  if (!store.blocks) throw new Error("the store takes no Native blocks");
  const blocks = store.blocks;
  const data = body.subarray(newline + 1);
  return { rows: header.rows, into: (table, dedupToken) => blocks.insertBlocks(table, header, [data], { dedupToken }) };
}

function fromJsonEachRow(body: Buffer): object[] {
  return body
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as object);
}
