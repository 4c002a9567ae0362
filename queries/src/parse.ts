import { MACRO_PARAMS, toPlainSql } from "./render";

/**
 * A named query: one `.sql` file whose header comment documents what it answers, its parameters
 * and its result columns. The header is the machine-readable contract too:
 *   -- @param <name> <ClickHouse type> [= <default>] <description>
 *   -- @column <name> <ClickHouse type> <description>
 * Plain comment lines before the first tag are the description.
 */
export interface QueryParam {
  name: string;
  type: string;
  /** Raw default text ('' for an empty string); undefined means the parameter is required. */
  default: string | undefined;
  description: string;
}

export interface QueryColumn {
  name: string;
  type: string;
  description: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  columns: QueryColumn[];
  /** The file as written: placeholders plus Grafana macros (see render.ts). */
  source: string;
  /** The plain form run by the CLI and API: macros expanded into `{name:Type}` placeholders, header included. */
  sql: string;
}

const PARAM = /^--\s*@param\s+([A-Za-z_]\w*)\s+(\S+(?:\(\d+\))?)\s*(?:=\s*('(?:[^']*)'|\S+))?\s*(.*)$/;
const COLUMN = /^--\s*@column\s+([A-Za-z_]\w*)\s+(\S+)\s*(.*)$/;

export function parseNamedQuery(name: string, source: string): NamedQuery {
  const description: string[] = [];
  const params: QueryParam[] = [];
  const columns: QueryColumn[] = [];
  for (const line of source.split("\n")) {
    if (!line.startsWith("--")) break;
    const p = PARAM.exec(line);
    const c = COLUMN.exec(line);
    if (p) params.push({ name: p[1]!, type: p[2]!, default: unquote(p[3]), description: p[4]!.trim() });
    else if (c) columns.push({ name: c[1]!, type: c[2]!, description: c[3]!.trim() });
    else if (/^--\s*@/.test(line)) throw new Error(`${name}.sql: cannot read header line "${line}" (expected "-- @param name Type [= default] text" or "-- @column name Type text")`);
    else if (params.length === 0 && columns.length === 0) description.push(line.replace(/^--\s?/, ""));
  }
  const body = source.split("\n").filter((line) => !line.trimStart().startsWith("--")).join("\n");
  for (const [macro] of body.matchAll(/\$__\w+|\$\{/g)) {
    const implied = MACRO_PARAMS[macro];
    if (!implied) throw new Error(`${name}.sql: ${macro} is not supported in a query file (only ${Object.keys(MACRO_PARAMS).join(", ")} and {name:Type} placeholders)`);
    for (const [param, type] of Object.entries(implied)) {
      if (!params.some((p) => p.name === param && p.type === type)) {
        throw new Error(`${name}.sql: ${macro} needs the header line "-- @param ${param} ${type} ..."`);
      }
    }
  }
  const sql = toPlainSql(source);
  for (const [, placeholder, type] of sql.matchAll(/\{([A-Za-z_]\w*):([^}]+)\}/g)) {
    const declared = params.find((p) => p.name === placeholder);
    if (!declared) throw new Error(`${name}.sql: placeholder {${placeholder}:${type}} has no "-- @param ${placeholder}" header line`);
    if (declared.type !== type) throw new Error(`${name}.sql: {${placeholder}:${type}} does not match the declared type ${declared.type}`);
  }
  if (columns.length === 0) throw new Error(`${name}.sql: the header declares no "-- @column" result columns`);
  return { name, description: description.join(" ").trim(), params, columns, source, sql };
}

function unquote(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return raw.startsWith("'") ? raw.slice(1, -1) : raw;
}
