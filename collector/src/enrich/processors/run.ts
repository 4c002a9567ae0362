import type { ValidSpan } from "../../ingest/receiver/model";
import { normalizeSpan } from "../../ingest/normalize";
import { toOtelTraceRow } from "../../ingest/normalize/otel-row";
import { emptyBatch, type RowBatch } from "../../store/rows-by-table";
import { TABLES } from "../../store/rows";
import { restore, restoreDeclared, snapshot, valuesOf, type StageFaults } from "./faults";
import type { NamedWrites, Processor, SpanRecord } from "./record";

/**
 * The enrichment stage for one request: normalize each span, run the processors in order over the
 * whole batch, and group the resulting rows by table. Processors see every record of the request so
 * cross-span enrichers (groundedness) can find the retrieval of the same trace.
 *
 * With `faults`, every stage fails alone, as the OpenTelemetry Collector's processorhelper has it: a
 * span the normalizer throws on is stored in otel_traces only, a span a processor throws on is
 * stored without that processor's enrichment, and each failure is reported to `faults`; the other
 * spans and the request are unaffected. Without it (benchmarks, unit tests) a failure propagates.
 */
export function enrich(spans: readonly ValidSpan[], processors: readonly Processor[], faults?: StageFaults): RowBatch {
  const records = toRecords(spans, faults);
  for (const processor of processors) runProcessor(processor, records, faults);
  return rowsByTable(records);
}

/** Each span normalized into the record the processors enrich. */
export function toRecords(spans: readonly ValidSpan[], faults?: StageFaults): SpanRecord[] {
  const records = new Array<SpanRecord>(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    try {
      const { trace, llm, content } = normalizeSpan(span);
      records[i] = { trace, llm, content, scores: [] };
    } catch (err) {
      if (!faults) throw err;
      // The GenAI reading failed; the plain OTel row does not depend on it. Redaction still scans
      // this span's attributes whose keys read as content.
      const record: SpanRecord = { trace: toOtelTraceRow(span), llm: null, content: null, scores: [] };
      faults.failed("normalize", record, err);
      records[i] = record;
    }
  }
  return records;
}

/** One processor over every record of the request, in order; with `faults`, each call isolated. */
export function runProcessor(processor: Processor, records: readonly SpanRecord[], faults?: StageFaults): void {
  if (!faults) {
    for (const record of records) processor.process(record, records);
    return;
  }
  const writes = processor.writes;
  const named = writes && writes.spanAttributes !== "any" ? (writes as NamedWrites) : undefined;
  for (const record of records) {
    // A processor that names its writes is undone from a copy of those values only (most records
    // have none of them yet: nothing is copied); any other from a copy of all it may touch.
    const before = named ? undefined : snapshot(record, writes?.llmColumns);
    const attributes = named && valuesOf(record.trace.SpanAttributes, named.spanAttributes);
    const llm = named && record.llm ? valuesOf(record.llm, named.llmColumns) : undefined;
    const scores = record.scores.length;
    try {
      processor.process(record, records);
    } catch (err) {
      if (before) restore(record, before, writes?.llmColumns);
      else restoreDeclared(record, named!, attributes, llm, scores);
      processor.failClosed?.(record);
      faults.failed(processor.name, record, err);
    }
  }
}

/** The rows of the enriched records, grouped by the table they go to. */
export function rowsByTable(records: readonly SpanRecord[]): RowBatch {
  const batch = emptyBatch();
  for (const record of records) {
    batch[TABLES.traces].push(record.trace);
    if (record.llm) batch[TABLES.llmSpans].push(record.llm);
    for (const score of record.scores) batch[TABLES.scores].push(score);
  }
  return batch;
}
