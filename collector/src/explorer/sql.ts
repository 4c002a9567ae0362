import path from "node:path";
import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import type { Store } from "../store/store";

/**
 * The explorer's own SQL files (collector/sql/explorer), in the query library's format (header
 * contract, `{name:Type}` placeholders bound by ClickHouse). They are kept out of the shared library
 * because they serve this UI only and are not meant for dashboards or `llmscope query`.
 */
export const EXPLORER_SQL_DIR = path.resolve(__dirname, "../../sql/explorer");

export type ExplorerQuery = "traces" | "traces_overview" | "trace_spans" | "trace_genai" | "trace_scores" | "session_traces";

export async function runExplorerQuery<T = Record<string, unknown>>(store: Store, name: ExplorerQuery, raw: Record<string, string>): Promise<T[]> {
  const query = loadQuery(name, EXPLORER_SQL_DIR);
  return typeRows(query.columns, await store.query(query.sql, bindParams(query, raw))) as T[];
}
