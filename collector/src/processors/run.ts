import type { ValidSpan } from "../receiver/model";
import { normalizeSpan } from "../normalize";
import { TABLES } from "../store/rows";
import type { Processor, SpanRecord } from "./record";

/**
 * The enrichment stage for one request: normalize each span, run the processors in order over the
 * whole batch, and group the resulting rows by table. Processors see every record of the request so
 * cross-span enrichers (groundedness) can find the retrieval of the same trace.
 */
export function enrich(spans: readonly ValidSpan[], processors: readonly Processor[]): [string, object[]][] {
  const records = toRecords(spans);
  for (const processor of processors) runProcessor(processor, records);
  return rowsByTable(records);
}

/** Each span normalized into the record the processors enrich. */
export function toRecords(spans: readonly ValidSpan[]): SpanRecord[] {
  const records = new Array<SpanRecord>(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const { trace, llm, content } = normalizeSpan(spans[i]!);
    records[i] = { trace, llm, content, scores: [] };
  }
  return records;
}

/** One processor over every record of the request, in order. */
export function runProcessor(processor: Processor, records: readonly SpanRecord[]): void {
  for (const record of records) processor.process(record, records);
}

/** The rows of the enriched records, grouped by the table they go to. */
export function rowsByTable(records: readonly SpanRecord[]): [string, object[]][] {
  const traces: object[] = [];
  const llm: object[] = [];
  const scores: object[] = [];
  for (const record of records) {
    traces.push(record.trace);
    if (record.llm) llm.push(record.llm);
    for (const score of record.scores) scores.push(score);
  }
  return [
    [TABLES.traces, traces],
    [TABLES.llmSpans, llm],
    [TABLES.scores, scores],
  ];
}
