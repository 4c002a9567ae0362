import type { ValidSpan } from "../receiver/model";
import type { LlmSpanRow, OtelTraceRow } from "../../store/rows";
import type { CanonicalContent } from "./content";
import { takeDialectReading } from "./column-fit";
import { readDialects } from "./dialects";
import { toLlmSpanRow } from "./llm-row";
import { toOtelTraceRow } from "./otel-row";
import { genAiSpanType } from "./span-type";
import { viewOf } from "./span-view";

export interface NormalizedSpan {
  trace: OtelTraceRow;
  llm: LlmSpanRow | null;
  /**
   * Captured content in canonical form, whichever dialect carried it; null when the span carried
   * none. Also present on spans without an llm row (e.g. an OpenInference CHAIN span's
   * `input.value`), so redaction covers them.
   */
  content: CanonicalContent | null;
}

/** One span in, the rows it becomes out: always an otel_traces row, plus an llm_spans row for GenAI spans. */
export function normalizeSpan(span: ValidSpan): NormalizedSpan {
  const taken = takeDialectReading(span.attributes);
  const view = taken?.view ?? viewOf(span);
  const { record, content } = taken ?? readDialects(view);
  const spanType = genAiSpanType(view, record);
  const trace = toOtelTraceRow(span);
  return { trace, llm: spanType ? toLlmSpanRow(view, spanType, record, trace) : null, content };
}
