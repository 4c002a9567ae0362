import { readFileSync } from "node:fs";
import path from "node:path";
import { bindParams, expandIncludes, parseNamedQuery, typeRows, type NamedQuery } from "@llmscope/queries";
import type { Store } from "../../store/store";

/**
 * The explorer's own SQL files (collector/sql/explorer), in the query library's format (header
 * contract, `{name:Type}` placeholders bound by ClickHouse). They are kept out of the shared library
 * because they serve this UI only and are not meant for dashboards or `llmscope query`.
 */
export const EXPLORER_SQL_DIR = path.resolve(__dirname, "../../../sql/explorer");

export type ExplorerQuery = "traces" | "traces_overview" | "trace_spans" | "trace_genai" | "trace_scores" | "session_traces";

/**
 * One explorer query with its `-- @include` lines expanded (paths below EXPLORER_SQL_DIR) before it
 * is parsed, so the included SQL is checked against the including file's parameters. The list and
 * its overview include the same filter block.
 */
export function loadExplorerQuery(name: ExplorerQuery): NamedQuery {
  const file = `${name}.sql`;
  return parseNamedQuery(name, expandIncludes(readFileSync(path.join(EXPLORER_SQL_DIR, file), "utf8"), EXPLORER_SQL_DIR, file));
}

export async function runExplorerQuery<T = Record<string, unknown>>(store: Store, name: ExplorerQuery, raw: Record<string, string>): Promise<T[]> {
  const query = loadExplorerQuery(name);
  return typeRows(query.columns, await store.query(query.sql, bindParams(query, raw))) as T[];
}
