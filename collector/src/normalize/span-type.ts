import type { Attributes } from "../receiver/model";
import type { LlmSpanType } from "../store/rows";
import { readString } from "./attributes";
import { KEYS, LLM_OPERATIONS } from "./genai-keys";

const SPAN_TYPES = new Set<LlmSpanType>(["prompt", "retrieval", "llm", "guardrail"]);

/**
 * Which GenAI span this is, or undefined for a span that is not GenAI at all (an HTTP handler, a
 * DB call): those are stored in otel_traces only. Our own instrumentation says so explicitly; for
 * other emitters the operation name and the span name decide.
 */
export function genAiSpanType(name: string, attrs: Attributes): LlmSpanType | undefined {
  const declared = readString(attrs, ...KEYS.spanType);
  if (declared && SPAN_TYPES.has(declared as LlmSpanType)) return declared as LlmSpanType;

  const operation = readString(attrs, ...KEYS.operation);
  if (operation === "retrieval") return "retrieval";
  if (operation === "apply_guardrail") return "guardrail";
  if (operation && LLM_OPERATIONS.has(operation)) return "llm";
  if (name.startsWith("render_prompt")) return "prompt";
  if (operation === undefined && readString(attrs, ...KEYS.requestModel) !== undefined) return "llm";
  return undefined;
}
