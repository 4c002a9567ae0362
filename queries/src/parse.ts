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
  /** The accepted values, when the header lists them (`{a|b|c}`). */
  oneOf?: string[];
  /** Inclusive bounds of a number, when the header gives them (`[min..max]`). */
  range?: { min: number; max: number };
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
  /** The file as written, includes expanded: placeholders plus Grafana macros (see render.ts). */
  source: string;
  /** The plain form run by the CLI and API: macros expanded into `{name:Type}` placeholders, header included. */
  sql: string;
}

const PARAM = /^--\s*@param\s+([A-Za-z_]\w*)\s+(\S+(?:\(\d+\))?)\s*(?:=\s*('(?:[^']*)'|\S+))?\s*(\{[^}]*\}|\[[^\]]*\])?\s*(.*)$/;
const COLUMN = /^--\s*@column\s+([A-Za-z_]\w*)\s+(\S+)\s*(.*)$/;

export function parseNamedQuery(name: string, source: string): NamedQuery {
  const description: string[] = [];
  const params: QueryParam[] = [];
  const columns: QueryColumn[] = [];
  for (const line of source.split("\n")) {
    if (!line.startsWith("--")) break;
    const p = PARAM.exec(line);
    const c = COLUMN.exec(line);
    if (p) params.push({ name: p[1]!, type: p[2]!, default: unquote(p[3]), ...allowed(name, p[1]!, p[4]), description: p[5]!.trim() });
    else if (c) columns.push({ name: c[1]!, type: c[2]!, description: c[3]!.trim() });
    else if (/^--\s*@/.test(line))
      throw new Error(`${name}.sql: cannot read header line "${line}" (expected "-- @param name Type [= default] text" or "-- @column name Type text")`);
    else if (params.length === 0 && columns.length === 0) description.push(line.replace(/^--\s?/, ""));
  }
  const body = source
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n");
  for (const [macro] of body.matchAll(/\$__\w+|\$\{/g)) {
    const implied = MACRO_PARAMS[macro];
    if (!implied)
      throw new Error(`${name}.sql: ${macro} is not supported in a query file (only ${Object.keys(MACRO_PARAMS).join(", ")} and {name:Type} placeholders)`);
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

function allowed(queryName: string, param: string, text: string | undefined): Pick<QueryParam, "oneOf" | "range"> {
  if (text === undefined) return {};
  if (text.startsWith("{")) {
    const oneOf = text
      .slice(1, -1)
      .split("|")
      .map((v) => v.trim());
    if (oneOf.some((v) => v === "")) throw new Error(`${queryName}.sql: @param ${param}: ${text} must list values as {a|b|c}`);
    return { oneOf };
  }
  const bounds = /^\[\s*(-?[\d.e+-]+)\s*\.\.\s*(-?[\d.e+-]+)\s*\]$/.exec(text);
  const min = Number(bounds?.[1]);
  const max = Number(bounds?.[2]);
  if (!bounds || !Number.isFinite(min) || !Number.isFinite(max) || min > max)
    throw new Error(`${queryName}.sql: @param ${param}: ${text} must be a range [min..max]`);
  return { range: { min, max } };
}

function unquote(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return raw.startsWith("'") ? raw.slice(1, -1) : raw;
}
