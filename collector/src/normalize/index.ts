import type { ValidSpan } from "../receiver/model";
import type { LlmSpanRow, OtelTraceRow } from "../store/rows";
import type { CanonicalContent } from "./content";
import { toLlmSpanRow } from "./llm-row";
import { toOtelTraceRow } from "./otel-row";

export interface NormalizedSpan {
  trace: OtelTraceRow;
  llm: LlmSpanRow | null;
  /** Captured content in canonical form; null when there is none. */
  content: CanonicalContent | null;
}

/** One span in, the rows it becomes out: always an otel_traces row, plus an llm_spans row for GenAI spans. */
export function normalizeSpan(span: ValidSpan): NormalizedSpan {
  return { trace: toOtelTraceRow(span), llm: toLlmSpanRow(span), content: null };
}
