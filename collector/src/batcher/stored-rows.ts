import { readFileSync } from "node:fs";
import path from "node:path";
import type { Store } from "../store/store";
import type { RowsByTable } from "./rows-by-table";

const STORED_SPAN_IDS = readFileSync(path.resolve(__dirname, "../../sql/stored_span_ids.sql"), "utf8");
const RECENT_SPAN_IDS = readFileSync(path.resolve(__dirname, "../../sql/recent_span_ids.sql"), "utf8");
const RECENT_MINUTES = 15;

/** The newest spans of the last minutes in the store, at most `limit` (seeds the recent-span filter). */
export async function recentStoredSpans(store: Store, limit: number): Promise<{ TraceId: string; SpanId: string }[]> {
  return store.query<{ TraceId: string; SpanId: string }>(RECENT_SPAN_IDS, { minutes: RECENT_MINUTES, limit });
}
const TRACES_PER_QUERY = 1000;

interface SpanKeyed {
  TraceId?: unknown;
  SpanId?: unknown;
}

/**
 * The batch without the rows whose span each table already has. Exact where insert tokens are not:
 * a crash in the middle of an insert can leave the rows stored but the token unrecorded. Costs
 * one query per table and thousand traces, so it is kept for segments replayed after a restart.
 */
export async function withoutStoredRows(store: Store, batch: RowsByTable): Promise<{ batch: RowsByTable; skipped: number }> {
  const out: RowsByTable = new Map();
  let skipped = 0;
  for (const [table, rows] of batch) {
    const traceIds = [...new Set(rows.map((r) => (r as SpanKeyed).TraceId).filter((t): t is string => typeof t === "string"))];
    const stored = new Set<string>();
    for (let i = 0; i < traceIds.length; i += TRACES_PER_QUERY) {
      const found = await store.query<{ TraceId: string; SpanId: string }>(STORED_SPAN_IDS, { table, traceIds: traceIds.slice(i, i + TRACES_PER_QUERY) });
      for (const r of found) stored.add(`${r.TraceId}:${r.SpanId}`);
    }
    const kept = rows.filter((r) => {
      const { TraceId, SpanId } = r as SpanKeyed;
      return !stored.has(`${String(TraceId)}:${String(SpanId)}`);
    });
    skipped += rows.length - kept.length;
    out.set(table, kept);
  }
  return { batch: out, skipped };
}
