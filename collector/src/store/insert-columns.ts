/**
 * A table's insertable columns read from system.columns, with each DEFAULT evaluated once to the
 * value a row would hold for it, so a binary block can fill absent fields the way JSONEachRow does.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { nativeTable, type InsertColumn, type NativeTable } from "./native-format";

const INSERT_COLUMNS = readFileSync(path.resolve(__dirname, "../../sql/insert_columns.sql"), "utf8");

type Query = <T>(sql: string) => Promise<T[]>;

interface ColumnRow {
  name: string;
  type: string;
  default_kind: string;
  default_expression: string;
}

/**
 * `table` must already match the stores' table-name pattern (identifiers, optionally db-qualified).
 * Undefined when a default cannot be evaluated alone (it reads other columns); rejects when the
 * store cannot be asked.
 */
export async function insertColumns(query: Query, table: string): Promise<InsertColumn[] | undefined> {
  const [db, name] = table.includes(".") ? table.split(".") : [undefined, table];
  const sql = INSERT_COLUMNS.replaceAll("{{database}}", db ? `'${db}'` : "currentDatabase()").replaceAll("{{table}}", name!);
  const rows = await query<ColumnRow>(sql);
  const columns: InsertColumn[] = [];
  for (const row of rows) {
    const column: InsertColumn = { name: row.name, type: row.type };
    if (row.default_kind === "DEFAULT" && row.default_expression) {
      try {
        const [value] = await query<{ v: unknown }>(`SELECT CAST((${row.default_expression}), ${quote(row.type)}) AS v`);
        column.default = value?.v;
      } catch {
        return undefined;
      }
    }
    columns.push(column);
  }
  return columns;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * The Native encoder of a table, or undefined when a column type or default is beyond it (the
 * table is then inserted as JSONEachRow). Rejects when the store cannot be asked.
 */
export async function nativeTableOf(query: Query, table: string): Promise<NativeTable | undefined> {
  const columns = await insertColumns(query, table);
  return columns && columns.length > 0 ? nativeTable(columns) : undefined;
}

/** Encoders by table, looked up once; a failed lookup is not kept, so a store that was down is asked again. */
export class NativeTables {
  private readonly tables = new Map<string, Promise<NativeTable | undefined>>();
  constructor(private readonly query: Query) {}

  async of(table: string): Promise<NativeTable | undefined> {
    let found = this.tables.get(table);
    if (!found) {
      found = nativeTableOf(this.query, table);
      this.tables.set(table, found);
      found.catch(() => this.tables.delete(table));
    }
    return found.catch(() => undefined);
  }

  /** After DDL: columns may have changed. */
  clear(): void {
    this.tables.clear();
  }
}

/** A ClickHouse string literal. */
export const sqlString = quote;

/** A column name as a quoted identifier (names such as `Events.Timestamp` carry dots). */
export function sqlIdentifier(name: string): string {
  return `\`${name.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``;
}
