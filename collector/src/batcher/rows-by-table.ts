/** Rows waiting to be written, grouped by destination table (insert order within a table is kept). */
export type RowsByTable = Map<string, object[]>;

export function appendRows(into: RowsByTable, table: string, rows: readonly object[]): void {
  if (rows.length === 0) return;
  const list = into.get(table);
  if (list) list.push(...rows);
  else into.set(table, [...rows]);
}

export function countRows(batch: RowsByTable): number {
  let n = 0;
  for (const rows of batch.values()) n += rows.length;
  return n;
}
