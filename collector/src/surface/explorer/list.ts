import type { Store } from "../../store/store";
import { listParams, type TraceListInput } from "./params";
import { runExplorerQuery } from "./sql";

export interface TraceListRow {
  TraceId: string;
  start_us: number;
  root_span: string;
  service: string;
  duration_ms: number;
  spans: number;
  llm_calls: number;
  tokens: number;
  cost_usd: number;
  status: string;
  flags: string[];
  user_id: string;
  session_id: string;
}

export interface TraceListPage {
  traces: TraceListRow[];
  /** Traces passing the filters, on all pages. */
  total: number;
  limit: number;
  offset: number;
}

/** One page of the trace list (validated input; see params.ts). */
export async function listTraces(store: Store, input: TraceListInput): Promise<TraceListPage> {
  const rows = await runExplorerQuery<TraceListRow & { total: number }>(store, "traces", listParams(input));
  // A page past the end still says how many traces match.
  const total =
    rows[0]?.total ??
    (Number(input.offset) > 0
      ? ((await runExplorerQuery<{ total: number }>(store, "traces", listParams({ ...input, offset: "0", limit: "1" })))[0]?.total ?? 0)
      : 0);
  return { traces: rows.map(({ total: _total, ...row }) => row), total, limit: Number(input.limit), offset: Number(input.offset) };
}
