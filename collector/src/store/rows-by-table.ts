import { TABLES, type LlmScoreRow, type LlmSpanRow, type OtelTraceRow } from "./rows";

/**
 * Rows waiting to be written: one typed list per table (insert order within a table is kept).
 * What enrichment produces, what the queues hold and what the store writer writes.
 */
export interface RowBatch {
  [TABLES.traces]: OtelTraceRow[];
  [TABLES.llmSpans]: LlmSpanRow[];
  [TABLES.scores]: LlmScoreRow[];
}

export type TableName = keyof RowBatch;

/** The order tables are written in: a span's rows before the scores about it. */
export const BATCH_TABLES: readonly TableName[] = [TABLES.traces, TABLES.llmSpans, TABLES.scores];

export function emptyBatch(): RowBatch {
  return { [TABLES.traces]: [], [TABLES.llmSpans]: [], [TABLES.scores]: [] };
}

/** A batch of some tables' rows, the others empty. */
export function batchOf(rows: Partial<RowBatch>): RowBatch {
  return { ...emptyBatch(), ...rows };
}

/** Appends every row of `from` to `into`, table by table. */
export function appendBatch(into: RowBatch, from: RowBatch): void {
  pushAll(into[TABLES.traces], from[TABLES.traces]);
  pushAll(into[TABLES.llmSpans], from[TABLES.llmSpans]);
  pushAll(into[TABLES.scores], from[TABLES.scores]);
}

/** The batch's non-empty tables with their rows, in BATCH_TABLES order. */
export function tablesOf(batch: RowBatch): [TableName, readonly object[]][] {
  const out: [TableName, readonly object[]][] = [];
  for (const table of BATCH_TABLES) if (batch[table].length > 0) out.push([table, batch[table]]);
  return out;
}

/** The batch with only the rows `keep` accepts, each table typed as before. */
export function filterBatch(batch: RowBatch, keep: (table: TableName, row: OtelTraceRow | LlmSpanRow | LlmScoreRow) => boolean): RowBatch {
  return {
    [TABLES.traces]: batch[TABLES.traces].filter((row) => keep(TABLES.traces, row)),
    [TABLES.llmSpans]: batch[TABLES.llmSpans].filter((row) => keep(TABLES.llmSpans, row)),
    [TABLES.scores]: batch[TABLES.scores].filter((row) => keep(TABLES.scores, row)),
  };
}

export function countRows(batch: RowBatch): number {
  return batch[TABLES.traces].length + batch[TABLES.llmSpans].length + batch[TABLES.scores].length;
}

// A loop, not push(...rows): spreading a list of 100k+ rows would overflow the call stack.
function pushAll<T>(into: T[], from: readonly T[]): void {
  for (const row of from) into.push(row);
}
