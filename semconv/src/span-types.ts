/**
 * The kinds of GenAI span, written as `llmscope.span.type` and stored as llm_spans.SpanType. A `tool`
 * span is a tool call (`execute_tool`), an `agent` span an in-process agent's run (`invoke_agent`)
 * around its model calls: both stored and browsable, never counted as LLM calls.
 */
export type SpanType = "prompt" | "retrieval" | "llm" | "guardrail" | "tool" | "agent";

export const SPAN_TYPES: ReadonlySet<SpanType> = new Set<SpanType>(["prompt", "retrieval", "llm", "guardrail", "tool", "agent"]);

export function isSpanType(value: unknown): value is SpanType {
  return typeof value === "string" && SPAN_TYPES.has(value as SpanType);
}

/** `gen_ai.operation.name` of a retrieval span. */
export const OPERATION_RETRIEVAL = "retrieval";
/** `gen_ai.operation.name` of a rerank (a retrieval span): no well-known value exists, so a custom one, as the conventions allow. */
export const OPERATION_RERANK = "rerank";
/** `gen_ai.operation.name` of an agent span. */
export const OPERATION_INVOKE_AGENT = "invoke_agent";
/** `gen_ai.operation.name` of a guardrail span. */
export const OPERATION_APPLY_GUARDRAIL = "apply_guardrail";

/** Operations of the LLM calls llmscope writes; such spans receive the prompt context. */
export const LLM_OPERATIONS: ReadonlySet<string> = new Set(["chat", "text_completion", "generate_content", "embeddings"]);

/**
 * Operations the collector stores as `llm` spans when a span declares no llmscope.span.type:
 * the LLM calls above, and the agent operations other instrumentations write.
 */
export const MODEL_CALL_OPERATIONS: ReadonlySet<string> = new Set([...LLM_OPERATIONS, "create_agent", OPERATION_INVOKE_AGENT]);
