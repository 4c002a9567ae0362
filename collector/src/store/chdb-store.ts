/**
 * Store on chDB: the ClickHouse engine in-process, persisted to `dataDir`.
 *
 * - One chDB Session per process (an engine constraint): open one ChdbStore at a time and close()
 *   it before opening another (close also waits for chDB to release the data directory).
 * - The database is created at open and made the session default with `USE <database>`; chDB
 *   keeps it for every later query and insert of the session (tested), so SQL uses plain table
 *   names exactly as on a server.
 * - The engine starts with the server configuration of engine-config.ts (vertical merges), from a
 *   file in the store's private temporary folder.
 * - Results are JSONEachRow with `output_format_json_quote_64bit_integers=1` (a connection
 *   argument), so UInt64/Int64 values such as Duration come back as decimal strings and never lose
 *   precision in a JS number; DateTime64 comes back as text ("YYYY-MM-DD hh:mm:ss.nnnnnnnnn").
 * - Batches of NATIVE_MIN_ROWS rows or more are encoded as Native blocks of BLOCK_ROWS rows with
 *   the event loop free between blocks (native-format.ts), each appended to a file in a private
 *   temporary folder as it is encoded, and inserted with `INSERT ... SELECT FROM file(path, Native)`: chDB's Node
 *   insert() takes text formats only, and Native costs the engine about half of what parsing JSON
 *   does. The file write is asynchronous (libuv's threads); the file is removed once the insert
 *   settles. Smaller batches, tables whose column types the encoder
 *   does not know, and batches holding a value it cannot represent exactly go as a JSONEachRow
 *   Buffer; rows carry DateTime64 as "seconds.nanoseconds", which ClickHouse parses exactly.
 *   Both paths carry the same deduplication settings (an INSERT SELECT honours the token too; tested).
 * - `blocks` takes rows the queues encoded ahead (BlockStore): the blocks are written to a block file
 *   as they are and inserted the same way; a refused group is read back into rows with a SELECT
 *   from the same file, so the writer can find the refused row.
 * - Concurrent calls are passed straight to chDB, which runs them on its own threads; concurrent
 *   insert + query is covered by a test.
 */

import { Session, drainPending } from "chdb";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { open, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NativeTables, sqlIdentifier, sqlString } from "./insert-columns";
import { encodeSlicesTo, NATIVE_MIN_ROWS, type NativeTable } from "./native-format";

export { NATIVE_MIN_ROWS } from "./native-format";
import { codeFromMessage, isTransientCode } from "./errors";
import { runMigrations } from "./migrations";
import { writeEngineConfig } from "./engine-config";
import { StoreError, dedupSettings, type BlockColumns, type BlockStore, type InsertOptions, type MigrationReport, type QueryParams, type Store } from "./store";
import { assertIdentifier } from "./cluster";

export interface ChdbStoreOptions {
  dataDir: string;
  database: string;
  ttlDays: number;
  /** Overrides the migrations folder (tests and tooling). */
  migrationsDir?: string;
  /** Smallest batch sent as a Native block (default NATIVE_MIN_ROWS; Infinity sends every batch as JSONEachRow, for the bench). */
  nativeMinRows?: number;
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

/**
 * Writes the rows' Native blocks to `file` as each is encoded (the batch's bytes are never all in
 * memory). False when the encoder refused a value; a failed write is a retriable StoreError.
 */
async function writeBlockFile(table: string, file: string, native: NativeTable, rows: readonly object[]): Promise<boolean> {
  const cannotWrite = (err: unknown) =>
    new StoreError(`chDB insert into ${table} failed: cannot write the block file ${file}: ${String(err)}`, true, undefined, { cause: err });
  let handle;
  try {
    handle = await open(file, "w");
  } catch (err) {
    throw cannotWrite(err);
  }
  try {
    await encodeSlicesTo(native, rows, async (block) => {
      try {
        await handle.writeFile(block);
      } catch (err) {
        throw cannotWrite(err);
      }
    });
    return true;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    // Any error of the encoder: JSONEachRow's parsing decides about these rows.
    return false;
  } finally {
    await handle.close();
  }
}

/** Writes already encoded blocks to `file`, one after the other (Native blocks concatenate). */
async function writeBlocks(table: string, file: string, blocks: readonly Buffer[]): Promise<boolean> {
  try {
    await writeFile(file, blocks);
    return true;
  } catch (err) {
    throw new StoreError(`chDB insert into ${table} failed: cannot write the block file ${file}: ${String(err)}`, true, undefined, { cause: err });
  }
}

/** The table function reading a block file of `columns`. */
function fileSource(file: string, columns: BlockColumns): string {
  const structure = columns.columns.map((name, i) => `${sqlIdentifier(name)} ${columns.wireTypes[i]}`).join(", ");
  return `file(${sqlString(file)}, Native, ${sqlString(structure)})`;
}

export class ChdbStore implements Store {
  readonly kind = "chdb" as const;
  readonly location: string;
  private session: Session | undefined;
  private readonly ready: Promise<Session>;
  private readonly nativeTables = new NativeTables((sql) => this.query(sql));
  /** The private temporary folder of the engine's config file and the block files; removed at close. */
  private tempDir: string | undefined;
  /** Inserts by the format they were sent in (tests and the bench check which path ran). */
  readonly insertsByFormat = { Native: 0, JSONEachRow: 0 };

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
        connectionArgs: ["--output_format_json_quote_64bit_integers=1", writeEngineConfig(this.privateDir())],
      });
      this.session = session;
      await session.queryAsync(`CREATE DATABASE IF NOT EXISTS \`${this.options.database}\``);
      await session.queryAsync(`USE \`${this.options.database}\``);
      return session;
    } catch (err) {
      throw toStoreError(err, `open of ${this.location}`);
    }
  }

  private privateDir(): string {
    return (this.tempDir ??= mkdtempSync(path.join(tmpdir(), "llmscope-chdb-")));
  }

  async migrate(): Promise<MigrationReport> {
    await this.ready;
    this.forgetColumns();
    try {
      return await runMigrations(this, { ttlDays: this.options.ttlDays, dir: this.options.migrationsDir });
    } finally {
      this.forgetColumns();
    }
  }

  async insert(table: string, rows: readonly object[], options?: InsertOptions): Promise<void> {
    if (!TABLE_NAME.test(table)) throw new StoreError(`insert: invalid table name ${JSON.stringify(table)}`, false);
    if (rows.length === 0) return;
    const session = await this.ready;
    const settings = dedupSettings(options);
    if (rows.length >= (this.options.nativeMinRows ?? NATIVE_MIN_ROWS)) {
      const native = await this.nativeTables.of(table);
      if (native) {
        try {
          if (await this.insertNative(session, table, native, rows, settings)) return;
        } catch (err) {
          // Refused (a column changed since the lookup, or a value the conversion rejects): look the
          // columns up again next time, and let JSONEachRow's answer decide about these rows.
          if (!(err instanceof StoreError) || err.retriable) throw err;
          this.forgetColumns();
        }
      }
    }
    const values = Buffer.from(rows.map(toJsonLine).join("\n") + "\n", "utf8");
    this.insertsByFormat.JSONEachRow++;
    try {
      await session.insert({ table, values, format: "JSONEachRow", ...(settings && { settings }) });
    } catch (err) {
      throw toStoreError(err, `insert into ${table}`);
    }
  }

  /**
   * Inserts the rows as Native through a block file, written slice by slice as they are encoded.
   * False when the encoder cannot represent a value exactly: the caller sends JSONEachRow instead.
   */
  private insertNative(
    session: Session,
    table: string,
    native: NativeTable,
    rows: readonly object[],
    settings: Record<string, string | number> | undefined,
  ): Promise<boolean> {
    return this.insertThroughFile(session, table, native, settings, (file) => writeBlockFile(table, file, native, rows));
  }

  /** Writes the block file with `write` (false: nothing to insert), then inserts it as `columns`. */
  private async insertThroughFile(
    session: Session,
    table: string,
    columns: BlockColumns,
    settings: Record<string, string | number> | undefined,
    write: (file: string) => Promise<boolean>,
  ): Promise<boolean> {
    const file = this.blockFilePath();
    const settingsSql = settings
      ? ` SETTINGS ${Object.entries(settings)
          .map(([k, v]) => `${k} = ${typeof v === "number" ? v : sqlString(v)}`)
          .join(", ")}`
      : "";
    try {
      if (!(await write(file))) return false;
      this.insertsByFormat.Native++;
      await session.queryAsync(
        `INSERT INTO ${table} (${columns.columns.map(sqlIdentifier).join(", ")})${settingsSql} SELECT * FROM ${fileSource(file, columns)}`,
      );
      return true;
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw toStoreError(err, `insert into ${table}`);
    } finally {
      await unlink(file).catch(() => undefined);
    }
  }

  /** After DDL or a refused Native insert: the columns may have changed. */
  private forgetColumns(): void {
    this.nativeTables.clear();
    this.knownEncoders.clear();
  }

  private blockFilePath(): string {
    return path.join(this.privateDir(), `${randomUUID()}.native`);
  }

  /** Encoders whose lookup has finished, for callers that encode rows before they insert them. */
  private readonly knownEncoders = new Map<string, NativeTable | undefined>();

  readonly blocks: BlockStore = {
    encoderNow: (table) => {
      if (this.knownEncoders.has(table)) return this.knownEncoders.get(table);
      if (TABLE_NAME.test(table))
        void this.ready
          .then(() => this.nativeTables.of(table))
          .then(
            (native) => this.knownEncoders.set(table, native),
            () => undefined,
          );
      return undefined;
    },
    insertBlocks: async (table, columns, blocks, options) => {
      if (!TABLE_NAME.test(table)) throw new StoreError(`insert: invalid table name ${JSON.stringify(table)}`, false);
      if (blocks.length === 0) return;
      const session = await this.ready;
      await this.insertThroughFile(session, table, columns, dedupSettings(options), (file) => writeBlocks(table, file, blocks));
    },
    rowsOfBlocks: async (table, columns, blocks) => {
      const file = this.blockFilePath();
      try {
        await writeBlocks(table, file, blocks);
        return await this.query(`SELECT * FROM ${fileSource(file, columns)}`);
      } finally {
        await unlink(file).catch(() => undefined);
      }
    },
  };

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
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    this.tempDir = undefined;
  }
}
