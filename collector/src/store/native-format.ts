/**
 * Rows to ClickHouse's Native format: one block, column after column, the layout ClickHouse reads
 * with no text parsing (about half the engine's CPU of the same rows as JSONEachRow, measured by
 * `npm run bench`).
 *
 * Layout: varuint column count, varuint row count, then per column its name, its type name and
 * its values (fixed-width little-endian numbers; strings as varuint length + UTF-8; Nullable as a
 * null-map column then the values; Array and Map as cumulative UInt64 offsets then the nested
 * column(s)). LowCardinality is written as its plain inner type and Decimal as text: ClickHouse
 * converts to the table's types on insert, so the encoder never needs their dictionary or scaled
 * layouts.
 *
 * A value the encoder cannot represent exactly (a DateTime64 not written as "seconds.nanos", a
 * fraction in an integer column, ...) throws NativeValueError; the stores then send that batch as
 * JSONEachRow, so ClickHouse's own parsing and error messages apply to it unchanged (the stores
 * treat any error of the encoder that way: the Native path changes how fast rows are stored, never
 * which rows are stored).
 */
import { nextTurn } from "./loop-turns";

export class NativeValueError extends Error {
  override name = "NativeValueError";
}

/** One insertable column: its name, its table type and the value a row without it stores. */
export interface InsertColumn {
  name: string;
  type: string;
  /** The column's DEFAULT as the row value that means it (JSON form), or undefined for the type's zero. */
  default?: unknown;
}

type Encode = (w: Writer, values: readonly unknown[]) => void;

interface ColumnCodec {
  /** The type name written in the block header. */
  wireType: string;
  encode: Encode;
  /** What a missing (undefined or null) value becomes. */
  zero: unknown;
}

/** A growing byte buffer; strings written with a JS loop when short and ASCII (a native call per short string costs more). */
export class Writer {
  buf: Buffer;
  pos = 0;
  constructor(initial = 1 << 16) {
    this.buf = Buffer.allocUnsafe(initial);
  }
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  varuint(n: number): void {
    this.ensure(10);
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.pos++] = n;
  }
  string(s: string): void {
    const len = s.length;
    if (len < 128) {
      this.ensure(len * 3 + 2);
      const buf = this.buf;
      const start = this.pos + 1;
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[start + i] = c;
      }
      if (i === len) {
        buf[this.pos] = len;
        this.pos = start + len;
        return;
      }
    }
    this.longString(s);
  }
  private longString(s: string): void {
    const max = s.length * 3;
    const guess = varuintSize(s.length);
    this.ensure(max + 10);
    const written = this.buf.write(s, this.pos + guess, "utf8");
    const actual = varuintSize(written);
    if (actual !== guess) this.buf.copyWithin(this.pos + actual, this.pos + guess, this.pos + guess + written);
    this.varuint(written);
    this.pos += written;
  }
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

function varuintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

const INTS: Record<string, { bytes: number; min: number; max: number; signed: boolean }> = {
  UInt8: { bytes: 1, min: 0, max: 0xff, signed: false },
  UInt16: { bytes: 2, min: 0, max: 0xffff, signed: false },
  UInt32: { bytes: 4, min: 0, max: 0xffffffff, signed: false },
  Int8: { bytes: 1, min: -0x80, max: 0x7f, signed: true },
  Int16: { bytes: 2, min: -0x8000, max: 0x7fff, signed: true },
  Int32: { bytes: 4, min: -0x80000000, max: 0x7fffffff, signed: true },
};

function smallInt(v: unknown, type: string, min: number, max: number): number {
  const n = typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
  return n;
}

const INT64_PATTERN = /^-?\d+$/;

function bigInt(v: unknown, type: string, signed: boolean): bigint {
  let n: bigint;
  if (typeof v === "bigint") n = v;
  else if (typeof v === "number" && Number.isSafeInteger(v)) n = BigInt(v);
  else if (typeof v === "string" && INT64_PATTERN.test(v)) n = BigInt(v);
  else throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
  const ok = signed ? n >= -(1n << 63n) && n < 1n << 63n : n >= 0n && n < 1n << 64n;
  if (!ok) throw new NativeValueError(`${JSON.stringify(v)} is out of range for ${type}`);
  return n;
}

function float(v: unknown, type: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
}

/**
 * Ten-digit seconds (2001-09-09 to 2262-04-11 fit DateTime64(9)): the form the rows use. Other
 * forms go as JSONEachRow, where ClickHouse's own reading applies (it takes a shorter number for
 * another date format, for instance).
 */
const DATETIME64_9 = /^(\d{10})(?:\.(\d{1,9}))?$/;
const INT64_MAX = (1n << 63n) - 1n;

/** "seconds.nanoseconds" (the rows' form, see rows.ts) to nanoseconds since the epoch. */
function dateTime64Nanos(v: unknown): bigint {
  const m = typeof v === "string" ? DATETIME64_9.exec(v) : null;
  if (!m) throw new NativeValueError(`${JSON.stringify(v)} is not a DateTime64(9) written as "seconds.nanoseconds"`);
  const fraction = (m[2] ?? "").padEnd(9, "0");
  const nanos = BigInt(m[1]!) * 1_000_000_000n + BigInt(fraction);
  if (nanos > INT64_MAX) throw new NativeValueError(`${JSON.stringify(v)} is beyond DateTime64(9)`);
  return nanos;
}

/** Splits "A, B(C, D), E" at top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "'") {
      const end = args.indexOf("'", i + 1);
      if (end === -1) return [args];
      i = end;
    } else if (c === "," && depth === 0) {
      out.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(args.slice(start).trim());
  return out;
}

function unwrap(type: string, wrapper: string): string | undefined {
  return type.startsWith(`${wrapper}(`) && type.endsWith(")") ? type.slice(wrapper.length + 1, -1) : undefined;
}

/** A UInt64 array offset; offsets stay far below 2^32, so two 32-bit writes avoid a BigInt per row. */
function offset(w: Writer, n: number): void {
  w.buf.writeUInt32LE(n >>> 0, w.pos);
  w.buf.writeUInt32LE(Math.floor(n / 0x100000000), w.pos + 4);
  w.pos += 8;
}

function fixed(bytes: number, write: (buf: Buffer, v: unknown, at: number) => void): Encode {
  return (w, values) => {
    w.ensure(values.length * bytes);
    for (const v of values) {
      write(w.buf, v, w.pos);
      w.pos += bytes;
    }
  };
}

/** The codec for a table type, or undefined when this encoder does not know the type (the caller then uses JSONEachRow). */
export function codecFor(type: string): ColumnCodec | undefined {
  const lc = unwrap(type, "LowCardinality");
  if (lc !== undefined) return lc === "String" ? codecFor(lc) : undefined;
  if (type === "String") {
    return {
      wireType: "String",
      zero: "",
      encode: (w, values) => {
        for (const v of values) {
          if (typeof v !== "string") throw new NativeValueError(`${JSON.stringify(v)} is not a String`);
          w.string(v);
        }
      },
    };
  }
  const int = INTS[type];
  if (int) {
    const { bytes, min, max, signed } = int;
    const write =
      bytes === 1
        ? (buf: Buffer, n: number, at: number) => (signed ? buf.writeInt8(n, at) : buf.writeUInt8(n, at))
        : bytes === 2
          ? (buf: Buffer, n: number, at: number) => (signed ? buf.writeInt16LE(n, at) : buf.writeUInt16LE(n, at))
          : (buf: Buffer, n: number, at: number) => (signed ? buf.writeInt32LE(n, at) : buf.writeUInt32LE(n, at));
    return { wireType: type, zero: 0, encode: fixed(bytes, (buf, v, at) => write(buf, smallInt(v, type, min, max), at)) };
  }
  if (type === "UInt64" || type === "Int64") {
    const signed = type === "Int64";
    return {
      wireType: type,
      zero: 0,
      encode: fixed(8, (buf, v, at) => (signed ? buf.writeBigInt64LE(bigInt(v, type, true), at) : buf.writeBigUInt64LE(bigInt(v, type, false), at))),
    };
  }
  if (type === "Float64") return { wireType: type, zero: 0, encode: fixed(8, (buf, v, at) => buf.writeDoubleLE(float(v, type), at)) };
  if (type === "Float32") return { wireType: type, zero: 0, encode: fixed(4, (buf, v, at) => buf.writeFloatLE(float(v, type), at)) };
  if (type === "DateTime64(9)") return { wireType: type, zero: "0", encode: fixed(8, (buf, v, at) => buf.writeBigInt64LE(dateTime64Nanos(v), at)) };
  if (/^Decimal(32|64|128)?\(\d+(, *\d+)?\)$/.test(type)) {
    // Sent as text and converted by ClickHouse on insert: exact, whatever decimal form the row holds.
    return {
      wireType: "String",
      zero: "0",
      encode: (w, values) => {
        for (const v of values) {
          if (typeof v === "string") w.string(v);
          else if (typeof v === "number" && Number.isFinite(v)) w.string(String(v));
          else throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
        }
      },
    };
  }
  const nullable = unwrap(type, "Nullable");
  if (nullable !== undefined) {
    const inner = codecFor(nullable);
    if (!inner) return undefined;
    return {
      wireType: `Nullable(${inner.wireType})`,
      zero: null,
      encode: (w, values) => {
        w.ensure(values.length);
        for (const v of values) w.buf[w.pos++] = v === null || v === undefined ? 1 : 0;
        inner.encode(
          w,
          values.map((v) => (v === null || v === undefined ? inner.zero : v)),
        );
      },
    };
  }
  const array = unwrap(type, "Array");
  if (array !== undefined) {
    const inner = codecFor(array);
    if (!inner) return undefined;
    return {
      wireType: `Array(${inner.wireType})`,
      zero: [],
      encode: (w, values) => {
        const flat: unknown[] = [];
        w.ensure(values.length * 8);
        for (const v of values) {
          if (!Array.isArray(v)) throw new NativeValueError(`${JSON.stringify(v)} is not an ${type}`);
          for (const item of v) flat.push(item === null || item === undefined ? inner.zero : item);
          offset(w, flat.length);
        }
        inner.encode(w, flat);
      },
    };
  }
  const map = unwrap(type, "Map");
  if (map !== undefined) {
    const args = splitArgs(map);
    if (args.length !== 2) return undefined;
    const key = codecFor(args[0]!);
    const value = codecFor(args[1]!);
    if (!key || !value) return undefined;
    return {
      wireType: `Map(${key.wireType}, ${value.wireType})`,
      zero: {},
      encode: (w, values) => {
        const keys: string[] = [];
        const vals: unknown[] = [];
        w.ensure(values.length * 8);
        for (const v of values) {
          if (typeof v !== "object" || v === null || Array.isArray(v)) throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
          for (const k in v) {
            const item = (v as Record<string, unknown>)[k];
            keys.push(k);
            vals.push(item === null || item === undefined ? value.zero : item);
          }
          offset(w, keys.length);
        }
        key.encode(w, keys);
        value.encode(w, vals);
      },
    };
  }
  return undefined;
}

export interface NativeTable {
  /** Column names in block order, for the INSERT's column list. */
  columns: string[];
  /** The type each column is written as (the block header's), in the same order. */
  wireTypes: string[];
  /** Encodes rows (objects keyed by column name) as one Native block. Throws NativeValueError. */
  encode(rows: readonly object[]): Buffer;
}

/** Below this many rows a batch goes as JSONEachRow: the extra round trip of a Native insert costs more than parsing saves. */
export const NATIVE_MIN_ROWS = 64;

/** Rows per block when encoding in slices: ~3–6 ms of encoding on this project's bench machine. */
export const BLOCK_ROWS = 512;

/**
 * Encodes rows as consecutive Native blocks of `blockRows` rows (a Native stream may hold any number
 * of blocks; ClickHouse squashes them into one insert block), yielding to the event loop between
 * blocks (one slice per loop turn, shared with the receiver's steps) so a 5,000-span flush never
 * holds the main thread for the whole encoding. Each block goes to `sink` as soon as it is encoded
 * (and is awaited), so a caller that writes blocks out never holds the whole batch's bytes at once.
 */
export async function encodeSlicesTo(
  table: NativeTable,
  rows: readonly object[],
  sink: (block: Buffer) => void | Promise<void>,
  blockRows = BLOCK_ROWS,
): Promise<void> {
  for (let start = 0; start < rows.length; start += blockRows) {
    if (start > 0) await nextTurn();
    await sink(table.encode(start === 0 && rows.length <= blockRows ? rows : rows.slice(start, start + blockRows)));
  }
}

/** The blocks of encodeSlicesTo as one Buffer (a request body, for the server store). */
export async function encodeInSlices(table: NativeTable, rows: readonly object[], blockRows = BLOCK_ROWS): Promise<Buffer> {
  if (rows.length <= blockRows) return table.encode(rows);
  const blocks: Buffer[] = [];
  await encodeSlicesTo(table, rows, (block) => void blocks.push(block), blockRows);
  return Buffer.concat(blocks);
}

/** The encoder for a table's insertable columns, or undefined when one of their types is unknown to it. */
export function nativeTable(columns: readonly InsertColumn[]): NativeTable | undefined {
  const codecs: { column: InsertColumn; codec: ColumnCodec; missing: unknown }[] = [];
  for (const column of columns) {
    const codec = codecFor(column.type);
    if (!codec) return undefined;
    codecs.push({ column, codec, missing: column.default ?? codec.zero });
  }
  const extract = columnExtractor(codecs.map((c) => c.column.name));
  return {
    columns: codecs.map((c) => c.column.name),
    wireTypes: codecs.map((c) => c.codec.wireType),
    encode(rows) {
      const w = new Writer(rows.length * 256 + 1024);
      w.varuint(codecs.length);
      w.varuint(rows.length);
      const columns = codecs.map(() => new Array<unknown>(rows.length));
      extract(rows, columns);
      for (let c = 0; c < codecs.length; c++) {
        const { column, codec, missing } = codecs[c]!;
        const values = columns[c]!;
        w.string(column.name);
        w.string(codec.wireType);
        const nullable = codec.zero === null;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          // As JSONEachRow: an absent field stores the column's default; null does too unless the column is Nullable.
          if (v === undefined || (v === null && !nullable)) values[i] = missing;
        }
        codec.encode(w, values);
      }
      return w.bytes();
    },
  };
}

/**
 * Copies each row's fields into one array per column. Generated with the column names as constant
 * property keys: rows of one shape then load every field through an inline cache, where a lookup
 * by a variable name costs a hash probe per field (measured: most of the encoder's time). The names
 * come from system.columns and enter the source only as JSON string literals.
 */
function columnExtractor(names: readonly string[]): (rows: readonly object[], columns: unknown[][]) => void {
  const declare = names.map((_, c) => `const c${c} = columns[${c}];`).join("\n");
  const copy = names.map((name, c) => `c${c}[i] = r[${JSON.stringify(name)}];`).join("\n");

  return new Function("rows", "columns", `${declare}\nfor (let i = 0; i < rows.length; i++) {\nconst r = rows[i];\n${copy}\n}`) as (
    rows: readonly object[],
    columns: unknown[][],
  ) => void;
}

/**
 * The rows as Native blocks, or undefined when a value needs JSONEachRow's parsing: ClickHouse then
 * decides, with its own error messages, whether the rows are stored (the dead-letter isolation
 * depends on those answers).
 */
export async function encodeOrUndefined(table: NativeTable, rows: readonly object[]): Promise<Buffer | undefined> {
  try {
    return await encodeInSlices(table, rows);
  } catch {
    return undefined;
  }
}
