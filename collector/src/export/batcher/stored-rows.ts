import { readFileSync } from "node:fs";
import path from "node:path";
import type { Store } from "../../store/store";
import { BATCH_TABLES, countRows, filterBatch, type RowBatch, type TableName } from "../../store/rows-by-table";

const STORED_SPAN_IDS = readFileSync(path.resolve(__dirname, "../../../sql/stored_span_ids.sql"), "utf8");
const RECENT_SPAN_IDS = readFileSync(path.resolve(__dirname, "../../../sql/recent_span_ids.sql"), "utf8");
const RECENT_MINUTES = 15;

/** The newest spans of the last minutes in the store, at most `limit` (seeds the recent-span filter). */
export async function recentStoredSpans(store: Store, limit: number): Promise<{ TraceId: string; SpanId: string }[]> {
  return store.query<{ TraceId: string; SpanId: string }>(RECENT_SPAN_IDS, { minutes: RECENT_MINUTES, limit });
}
const TRACES_PER_QUERY = 1000;

/**
 * The batch without the rows whose span each table already has. Exact where insert tokens are not:
 * a crash in the middle of an insert can leave the rows stored but the token unrecorded. Costs
 * one query per table and thousand traces, so it is kept for segments replayed after a restart.
 */
export async function withoutStoredRows(store: Store, batch: RowBatch): Promise<{ batch: RowBatch; skipped: number }> {
  const stored = new Map<TableName, Set<string>>();
  for (const table of BATCH_TABLES) {
    const rows: readonly { TraceId: string }[] = batch[table];
    if (rows.length === 0) continue;
    const traceIds = [...new Set(rows.map((r) => r.TraceId))];
    const keys = new Set<string>();
    for (let i = 0; i < traceIds.length; i += TRACES_PER_QUERY) {
      const found = await store.query<{ TraceId: string; SpanId: string }>(STORED_SPAN_IDS, { table, traceIds: traceIds.slice(i, i + TRACES_PER_QUERY) });
      for (const r of found) keys.add(`${r.TraceId}:${r.SpanId}`);
    }
    stored.set(table, keys);
  }
  const kept = filterBatch(batch, (table, row) => !stored.get(table)?.has(`${row.TraceId}:${row.SpanId}`));
  return { batch: kept, skipped: countRows(batch) - countRows(kept) };
}
