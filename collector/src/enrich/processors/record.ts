import type { CanonicalContent } from "../../ingest/normalize/content";
import type { LlmScoreRow, LlmSpanRow, OtelTraceRow } from "../../store/rows";

/**
 * One span on its way to the store, as the enrichment stage sees it. Processors run in a fixed
 * order (redact/PII → injection → cost → quality), synchronously, before anything is queued, so a
 * redaction is in place before any row reaches memory queues, the disk spool or ClickHouse.
 */
export interface SpanRecord {
  /**
   * The otel_traces row. Processors may rewrite attribute values (span and event attributes, the
   * status message: redaction) and add `llmscope.*` attributes; its other fields are read-only.
   */
  trace: OtelTraceRow;
  /** The typed llm_spans row, null for non-GenAI spans. Processors fill its enrichment columns. */
  llm: LlmSpanRow | null;
  /** Captured content, null when the span carried none (capture off, or not a GenAI span). */
  content: CanonicalContent | null;
  /** llm_scores rows this span produced (quality heuristics, judge, feedback). */
  scores: LlmScoreRow[];
}

export interface Processor {
  readonly name: string;
  /**
   * Enriches one record in place. `batch` is every record of the same request, in order, for
   * processors that look across spans (e.g. groundedness reads the retrieval in the same trace).
   */
  process(record: SpanRecord, batch: readonly SpanRecord[]): void;
  /**
   * When process() throws, the record is put back as it was before the call and the span is stored
   * without this processor's enrichment. A processor whose skipping would store something unsafe
   * (unredacted content) says here what to remove instead.
   */
  failClosed?(record: SpanRecord): void;
  /**
   * What process() may change, so fault isolation copies only that before each call. Without it,
   * every part a processor may write is copied (see SpanRecord).
   */
  readonly writes?: ProcessorWrites;
}

/**
 * A processor's promise about its writes: it sets these llm_spans columns, and these span attributes
 * (deleting none), and may append scores; it leaves the other columns, the status message, the event
 * attributes, the other span attributes and the content as they were. With `spanAttributes: "any"`
 * it may also rewrite or delete any span or event attribute, the status message and the content
 * (those are then copied whole). writes.test.ts holds the default processors to it over the golden
 * fixtures and records that already carry the enrichers' attributes.
 */
export interface ProcessorWrites {
  readonly spanAttributes: readonly string[] | "any";
  readonly llmColumns: readonly (keyof LlmSpanRow)[];
}

/** Writes limited to named span attributes (no "any"). */
export type NamedWrites = ProcessorWrites & { readonly spanAttributes: readonly string[] };
