/**
 * The LLM call that produced a trace's latest answer, so recordFeedback() called later in the same
 * request rates that call and not whatever span happens to be active (a prompt render, the HTTP
 * request). Filled when an LLM span ends (ContextSpanProcessor, traceLlmCall). Bounded: a busy
 * server keeps the most recent traces only, which are the ones feedback inside a request needs.
 */
const MAX_TRACES = 10_000;
const latest = new Map<string, string>();

export function noteLlmSpanEnded(traceId: string, spanId: string): void {
  latest.delete(traceId);
  latest.set(traceId, spanId);
  if (latest.size > MAX_TRACES) latest.delete(latest.keys().next().value!);
}

/** Span id of the trace's most recently ended LLM call in this process, if any. */
export function latestLlmSpan(traceId: string): string | undefined {
  return latest.get(traceId);
}
