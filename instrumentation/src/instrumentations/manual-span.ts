import { createContextKey, type Context } from "@opentelemetry/api";

/**
 * traceLlmCall() marks its context so that an auto-instrumented SDK call made inside it does not
 * record the same model call a second time: the app's own span wins.
 */
export const MANUAL_LLM_KEY = createContextKey("llmscope.manual-llm-span");

export function insideManualLlmSpan(ctx: Context): boolean {
  return ctx.getValue(MANUAL_LLM_KEY) === true;
}

/** The same for traceRetrieval(): a vector-store query inside it is the app's retrieval span. */
export const MANUAL_RETRIEVAL_KEY = createContextKey("llmscope.manual-retrieval-span");

export function insideManualRetrievalSpan(ctx: Context): boolean {
  return ctx.getValue(MANUAL_RETRIEVAL_KEY) === true;
}
