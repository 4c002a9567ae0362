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

/** Writes a column's values; `values` is the encoder's own array, which a codec may overwrite (Nullable zeroes its nulls in place). */
type Encode = (w: Writer, values: unknown[]) => void;

interface ColumnCodec {
  /** The type name written in the block header. */
  wireType: string;
  encode: Encode;
  /** What a missing (undefined or null) value becomes. */
  zero: unknown;
}

/**
 * Strings at least this long are written by one native call: measured on this project's bench
 * machine, a JS loop costs ~3.5 ns per character and the call ~75 ns flat (trace ids, 32
 * characters, took ~110 ns by loop and ~80 by call).
 */
const NATIVE_WRITE_CHARS = 24;

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
    if (len < NATIVE_WRITE_CHARS) {
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
const TWO_32 = 0x100000000;

/** Whether s is 1–15 decimal digits, optionally after a minus sign: exact as a double, so no BigInt is needed. */
function isShortInteger(s: string): boolean {
  const len = s.length;
  let i = len > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  if (len === i || len - i > 15) return false;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A safe integer as 64-bit two's complement, little-endian, in two 32-bit halves. */
function writeSafeInt64(buf: Buffer, n: number, at: number): void {
  const high = Math.floor(n / TWO_32);
  buf.writeUInt32LE(n - high * TWO_32, at);
  buf.writeInt32LE(high, at + 4);
}

/**
 * A UInt64/Int64 value. Numbers and short digit strings (durations, counts: nearly every value) take
 * the double path; anything longer goes through BigInt, whose allocation per value costs more than
 * the rest of the column's encoding.
 */
function writeInt64(buf: Buffer, v: unknown, at: number, type: string, signed: boolean): void {
  const n = typeof v === "number" && Number.isSafeInteger(v) ? v : typeof v === "string" && isShortInteger(v) ? Number(v) : undefined;
  if (n === undefined) {
    if (signed) buf.writeBigInt64LE(bigInt(v, type, true), at);
    else buf.writeBigUInt64LE(bigInt(v, type, false), at);
    return;
  }
  if (!signed && n < 0) throw new NativeValueError(`${shown(v)} is out of range for ${type}`);
  writeSafeInt64(buf, n, at);
}

/** A value as an error message shows it (JSON.stringify throws on a BigInt). */
function shown(v: unknown): string {
  return typeof v === "bigint" ? `${v}n` : JSON.stringify(v);
}

function bigInt(v: unknown, type: string, signed: boolean): bigint {
  let n: bigint;
  if (typeof v === "bigint") n = v;
  else if (typeof v === "number" && Number.isSafeInteger(v)) n = BigInt(v);
  else if (typeof v === "string" && INT64_PATTERN.test(v)) n = BigInt(v);
  else throw new NativeValueError(`${shown(v)} is not a ${type}`);
  const ok = signed ? n >= -(1n << 63n) && n < 1n << 63n : n >= 0n && n < 1n << 64n;
  if (!ok) throw new NativeValueError(`${shown(v)} is out of range for ${type}`);
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
const SECONDS_DIGITS = 10;
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

/** The value of s's digits from `start` to `end`, or -1 when one is not a digit (at most 10 digits: exact as a double). */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * "seconds.nanoseconds" (the rows' form, see rows.ts: ten digits, then optionally a dot and one to
 * nine) as nanoseconds since the epoch, written as Int64. Computed in doubles split at 2^16 and
 * 2^32 so that every step stays exact: a BigInt per timestamp would be the largest single cost of
 * the otel_traces block.
 */
function writeDateTime64(buf: Buffer, v: unknown, at: number): void {
  const s = typeof v === "string" ? v : "";
  const len = s.length;
  const fractionDigits = len - SECONDS_DIGITS - 1;
  const shape = len === SECONDS_DIGITS || (fractionDigits >= 1 && fractionDigits <= 9 && s.charCodeAt(SECONDS_DIGITS) === 46);
  const seconds = shape ? digits(s, 0, SECONDS_DIGITS) : -1;
  const fraction = shape && len > SECONDS_DIGITS ? digits(s, SECONDS_DIGITS + 1, len) : 0;
  if (seconds < 0 || fraction < 0) throw new NativeValueError(`${JSON.stringify(v)} is not a DateTime64(9) written as "seconds.nanoseconds"`);
  const nanosFraction = len > SECONDS_DIGITS ? fraction * POWERS_OF_TEN[9 - fractionDigits]! : 0;
  // seconds < 2^34: seconds * 1e9 = (a * 1e9) * 2^16 + b * 1e9 with a < 2^18, b < 2^16, each product below 2^53.
  const a = Math.floor(seconds / 0x10000);
  const x = a * 1_000_000_000;
  const xHigh = Math.floor(x / 0x10000);
  const low = (x - xHigh * 0x10000) * 0x10000 + (seconds - a * 0x10000) * 1_000_000_000 + nanosFraction;
  const carry = Math.floor(low / TWO_32);
  const high = xHigh + carry;
  if (high >= 0x80000000) throw new NativeValueError(`${JSON.stringify(v)} is beyond DateTime64(9)`);
  buf.writeUInt32LE(low - carry * TWO_32, at);
  buf.writeUInt32LE(high, at + 4);
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

/** A UInt64 array offset (the caller has ensured 8 bytes); offsets stay below 2^32, so byte stores do. */
function offset(w: Writer, n: number): void {
  const buf = w.buf;
  const at = w.pos;
  buf[at] = n;
  buf[at + 1] = n >>> 8;
  buf[at + 2] = n >>> 16;
  buf[at + 3] = n >>> 24;
  buf[at + 4] = 0;
  buf[at + 5] = 0;
  buf[at + 6] = 0;
  buf[at + 7] = 0;
  w.pos = at + 8;
}

function fixed(bytes: number, write: (buf: Buffer, v: unknown, at: number) => void): Encode {
  return (w, values) => {
    w.ensure(values.length * bytes);
    const buf = w.buf;
    let at = w.pos;
    for (let i = 0; i < values.length; i++) {
      write(buf, values[i], at);
      at += bytes;
    }
    w.pos = at;
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
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
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
      encode: fixed(8, (buf, v, at) => writeInt64(buf, v, at, type, signed)),
    };
  }
  if (type === "Float64") return { wireType: type, zero: 0, encode: fixed(8, (buf, v, at) => buf.writeDoubleLE(float(v, type), at)) };
  if (type === "Float32") return { wireType: type, zero: 0, encode: fixed(4, (buf, v, at) => buf.writeFloatLE(float(v, type), at)) };
  if (type === "DateTime64(9)") return { wireType: type, zero: "0", encode: fixed(8, writeDateTime64) };
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
        const zero = inner.zero;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          const isNull = v === null || v === undefined;
          w.buf[w.pos++] = isNull ? 1 : 0;
          if (isNull) values[i] = zero;
        }
        inner.encode(w, values);
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
        const zero = inner.zero;
        w.ensure(values.length * 8);
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (!Array.isArray(v)) throw new NativeValueError(`${JSON.stringify(v)} is not an ${type}`);
          for (let j = 0; j < v.length; j++) {
            const item: unknown = v[j];
            flat.push(item === null || item === undefined ? zero : item);
          }
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
        const zero = value.zero;
        w.ensure(values.length * 8);
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (typeof v !== "object" || v === null || Array.isArray(v)) throw new NativeValueError(`${JSON.stringify(v)} is not a ${type}`);
          for (const k in v) {
            const item = (v as Record<string, unknown>)[k];
            keys.push(k);
            vals.push(item === null || item === undefined ? zero : item);
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
  const extract = columnExtractor(codecs.map(({ column, codec, missing }) => ({ name: column.name, missing, nullable: codec.zero === null })));
  // Sized from the previous block, so a block is written into one buffer without regrowing and copying it.
  let bytesPerRow = 256;
  return {
    columns: codecs.map((c) => c.column.name),
    wireTypes: codecs.map((c) => c.codec.wireType),
    encode(rows) {
      const w = new Writer(Math.ceil(rows.length * bytesPerRow * 1.25) + 4096);
      w.varuint(codecs.length);
      w.varuint(rows.length);
      const columns = codecs.map(() => new Array<unknown>(rows.length));
      extract(rows, columns);
      for (let c = 0; c < codecs.length; c++) {
        const { column, codec } = codecs[c]!;
        w.string(column.name);
        w.string(codec.wireType);
        codec.encode(w, columns[c]!);
      }
      if (rows.length > 0) bytesPerRow = Math.max(16, w.pos / rows.length);
      return w.bytes();
    },
  };
}

interface ExtractedColumn {
  name: string;
  /** What an absent field stores (the column's default, or its type's zero). */
  missing: unknown;
  nullable: boolean;
}

/**
 * Copies each row's fields into one array per column, an absent field replaced by the column's
 * `missing` value as JSONEachRow does (null too, unless the column is Nullable). Generated with the
 * column names as constant property keys: rows of one shape then load every field through an
 * inline cache, where a lookup by a variable name costs a hash probe per field (measured: most of
 * the encoder's time). The names come from system.columns and enter the source only as JSON string
 * literals; the missing values are passed in, never written into the source.
 */
function columnExtractor(extracted: readonly ExtractedColumn[]): (rows: readonly object[], columns: unknown[][]) => void {
  const declare = extracted.map((_, c) => `const c${c} = columns[${c}], m${c} = missing[${c}];`).join("\n");
  const copy = extracted
    .map(({ name, nullable }, c) => `v = r[${JSON.stringify(name)}];\nc${c}[i] = v === undefined${nullable ? "" : " || v === null"} ? m${c} : v;`)
    .join("\n");
  const body = `${declare}\nfor (let i = 0; i < rows.length; i++) {\nconst r = rows[i];\nlet v;\n${copy}\n}`;
  const extract = new Function("missing", "rows", "columns", body) as (missing: readonly unknown[], rows: readonly object[], columns: unknown[][]) => void;
  const missing = extracted.map((e) => e.missing);
  return (rows, columns) => extract(missing, rows, columns);
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
