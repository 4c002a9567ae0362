import { BATCH_TABLES, type RowBatch, type TableName } from "../../store/rows-by-table";
import type { BlockColumns, BlockStore } from "../../store/store";

/**
 * Rows a table has not encoded yet are counted at this size against the queue's byte capacity: an
 * enriched span's rows (~1.75 rows a span) hold ~2.2 KB of live JavaScript objects
 * (docs/performance.md, "Memory").
 */
export const ROW_OBJECT_BYTES = 1280;

/**
 * A table's rows start as objects in `tail` and are encoded into a Native block once this many
 * wait: one request's rows at a time when requests are large, a few requests' when they are small,
 * so blocks do not each repeat the column header for a handful of rows.
 */
export const PACK_ROWS = 256;

/** Consecutive Native blocks of one table with the same columns: one insert body. */
export interface BlockGroup {
  columns: BlockColumns;
  blocks: Buffer[];
  rows: number;
  bytes: number;
}

/** One table's queued rows: groups of Native blocks, then the rows not encoded (yet). */
export interface PackedTable {
  /** One group, unless the table's columns changed while rows were queued. */
  groups: BlockGroup[];
  /** Rows waiting to be encoded. */
  tail: object[];
  /** Rows the encoder could not take: they go as objects, and the store's parser decides. */
  loose: object[];
}

/** What the queues hold: per table, Native blocks and a tail of row objects. */
export type PackedBatch = Record<TableName, PackedTable>;

const emptyTable = (): PackedTable => ({ groups: [], tail: [], loose: [] });

export function emptyPacked(): PackedBatch {
  return { otel_traces: emptyTable(), llm_spans: emptyTable(), llm_scores: emptyTable() };
}

/** The batch of a RowBatch's rows, none encoded. */
export function packedOf(rows: RowBatch): PackedBatch {
  const batch = emptyPacked();
  for (const name of BATCH_TABLES) batch[name].tail = [...rows[name]];
  return batch;
}

/** The rows of a table, encoded or not. */
export function packedRows(table: PackedTable): number {
  return table.groups.reduce((n, group) => n + group.rows, table.tail.length + table.loose.length);
}

/** What a table holds, in bytes: its blocks, and ROW_OBJECT_BYTES per row not encoded. */
function tableBytes(table: PackedTable): number {
  return table.groups.reduce((n, group) => n + group.bytes, (table.tail.length + table.loose.length) * ROW_OBJECT_BYTES);
}

/** `measure` summed over the batch's tables. */
const sumOfTables = (batch: PackedBatch, measure: (table: PackedTable) => number) => BATCH_TABLES.reduce((n, name) => n + measure(batch[name]), 0);

/** Rows of every table. */
export const packedRowCount = (batch: PackedBatch) => sumOfTables(batch, packedRows);

/** What the batch holds, in bytes. */
export const packedBytes = (batch: PackedBatch) => sumOfTables(batch, tableBytes);

const sameColumns = (a: BlockColumns, b: BlockColumns) =>
  a === b || (a.columns.length === b.columns.length && a.columns.every((c, i) => c === b.columns[i] && a.wireTypes[i] === b.wireTypes[i]));

/** Adds a group's blocks to the table: to its last group when the columns are the same. */
export function addGroup(table: PackedTable, group: BlockGroup): void {
  const last = table.groups[table.groups.length - 1];
  if (!last || !sameColumns(last.columns, group.columns)) {
    table.groups.push({ columns: group.columns, blocks: [...group.blocks], rows: group.rows, bytes: group.bytes });
    return;
  }
  for (const block of group.blocks) last.blocks.push(block);
  last.rows += group.rows;
  last.bytes += group.bytes;
}

/** Moves the table's tail into a group as `block`, its encoding with `columns`. */
export function tailEncoded(table: PackedTable, columns: BlockColumns, block: Buffer): void {
  addGroup(table, { columns, blocks: [block], rows: table.tail.length, bytes: block.length });
  table.tail = [];
}

/** Appends every block and row of `from` to `into`, table by table. */
export function appendPacked(into: PackedBatch, from: PackedBatch): void {
  for (const name of BATCH_TABLES) {
    for (const group of from[name].groups) addGroup(into[name], group);
    for (const row of from[name].tail) into[name].tail.push(row);
    for (const row of from[name].loose) into[name].loose.push(row);
  }
}

/**
 * Encodes rows as they are queued, with the store's encoders. Rows whose table has no encoder yet
 * (its columns are being looked up) or that the encoder refuses stay objects: the writer sends
 * them the way it sends any rows.
 */
export class Packer {
  constructor(private readonly store: BlockStore | undefined) {
    // Looked up now, so that the first requests' rows are encoded as they arrive.
    for (const table of BATCH_TABLES) store?.encoderNow(table);
  }

  /** Adds `rows` to `into`; returns how many bytes `into` grew by. */
  add(into: PackedBatch, rows: RowBatch): number {
    let grown = 0;
    for (const name of BATCH_TABLES) {
      const from: readonly object[] = rows[name];
      if (from.length === 0) continue;
      const table = into[name];
      const before = tableBytes(table);
      for (const row of from) table.tail.push(row);
      if (table.tail.length >= PACK_ROWS) this.encodeTail(name, table);
      grown += tableBytes(table) - before;
    }
    return grown;
  }

  /** Encodes what waits in the tail, when the table's encoder is known and takes every row. */
  encodeTail(name: TableName, table: PackedTable): void {
    const native = this.store?.encoderNow(name);
    if (!native || table.tail.length === 0) return;
    let block: Buffer;
    try {
      block = exactCopy(native.encode(table.tail));
    } catch {
      // A value the encoder cannot represent exactly: not tried again with every later row.
      for (const row of table.tail) table.loose.push(row);
      table.tail = [];
      return;
    }
    tailEncoded(table, native, block);
  }
}

/**
 * The block in a buffer of its own size: the encoder's buffer grows by doubling, so a block held for
 * seconds would otherwise keep up to twice its bytes alive.
 */
function exactCopy(block: Buffer): Buffer {
  if (block.buffer.byteLength <= block.length + (block.length >>> 4)) return block;
  const copy = Buffer.allocUnsafeSlow(block.length);
  block.copy(copy);
  return copy;
}
