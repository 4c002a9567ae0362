import { ATTR_REQUEST_MODEL } from "@llmscope/semconv";
import type { LlmSpanType } from "../../store/rows";
import type { CanonicalLlm } from "./canonical";
import type { SpanView } from "./span-view";

/**
 * Which GenAI span this is, or undefined for a span that is not GenAI at all (an HTTP handler, a
 * DB call, a workflow span): those are stored in otel_traces only. The dialects decide first (our
 * `llmscope.span.type`, then `gen_ai.operation.name`, then each dialect's own marker, in priority
 * order); a span no dialect typed is a prompt render by its name, or an LLM call when it names a
 * requested model without naming an operation.
 */
export function genAiSpanType(view: SpanView, record: CanonicalLlm): LlmSpanType | undefined {
  if (record.spanType !== undefined) return record.spanType ?? undefined;
  if (view.span.name.startsWith("render_prompt")) return "prompt";
  if (record.operation !== undefined) return undefined;
  if (view.attrs[ATTR_REQUEST_MODEL] !== undefined) return "llm";
  return undefined;
}
