import { readFileSync } from "node:fs";
import path from "node:path";
import { bindParams, parseNamedQuery, typeRows, type NamedQuery } from "@llmscope/queries";
import type { Store } from "../../store/store";

/**
 * The explorer's own SQL files (collector/sql/explorer), in the query library's format (header
 * contract, `{name:Type}` placeholders bound by ClickHouse). They are kept out of the shared library
 * because they serve this UI only and are not meant for dashboards or `llmscope query`.
 */
export const EXPLORER_SQL_DIR = path.resolve(__dirname, "../../../sql/explorer");

export type ExplorerQuery = "traces" | "traces_overview" | "trace_spans" | "trace_genai" | "trace_scores" | "session_traces";

/** A line `-- @include <file>` stands for that file of EXPLORER_SQL_DIR, less its leading comment. */
const INCLUDE = /^-- @include (\S+)\n/m;

/**
 * One explorer query with its includes expanded before it is parsed, so the included SQL is checked
 * against the including file's parameters. The list and its overview include the same filter block.
 */
export function loadExplorerQuery(name: ExplorerQuery): NamedQuery {
  let text = readFileSync(path.join(EXPLORER_SQL_DIR, `${name}.sql`), "utf8");
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) {
    const included = readFileSync(path.join(EXPLORER_SQL_DIR, m[1]!), "utf8").replace(/^(?:--[^\n]*\n)+/, "");
    text = text.slice(0, m.index) + included + text.slice(m.index + m[0].length);
  }
  return parseNamedQuery(name, text);
}

export async function runExplorerQuery<T = Record<string, unknown>>(store: Store, name: ExplorerQuery, raw: Record<string, string>): Promise<T[]> {
  const query = loadExplorerQuery(name);
  return typeRows(query.columns, await store.query(query.sql, bindParams(query, raw))) as T[];
}
