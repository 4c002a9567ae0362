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
  const records: SpanRecord[] = spans.map((span) => ({ ...normalizeSpan(span), scores: [] }));
  for (const processor of processors) {
    for (const record of records) processor.process(record, records);
  }
  const traces: object[] = [];
  const llm: object[] = [];
  const scores: object[] = [];
  for (const record of records) {
    traces.push(record.trace);
    if (record.llm) llm.push(record.llm);
    scores.push(...record.scores);
  }
  return [
    [TABLES.traces, traces],
    [TABLES.llmSpans, llm],
    [TABLES.scores, scores],
  ];
}
