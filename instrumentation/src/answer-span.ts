/**
 * The LLM call that produced a trace's latest answer, so recordFeedback() called later in the same
 * request rates that call and not whatever span happens to be active (a prompt render, the HTTP
 * request). Filled when an LLM span ends (ContextSpanProcessor, traceLlmCall). Bounded: a busy
 * server keeps the most recent traces only, which are the ones feedback inside a request needs.
 *
 * Two generations of maps instead of one map trimmed from the front: deleting a Map's oldest
 * entries leaves holes that every later keys().next() walks over, which made trimming cost more
 * than the span it served. Here the old generation is dropped whole once the new one is full.
 */
const GENERATION_SIZE = 5_000;
let current = new Map<string, string>();
let previous = new Map<string, string>();

export function noteLlmSpanEnded(traceId: string, spanId: string): void {
  if (current.size >= GENERATION_SIZE && !current.has(traceId)) {
    previous = current;
    current = new Map();
  }
  current.set(traceId, spanId);
}

/** Span id of the trace's most recently ended LLM call in this process, if any. */
export function latestLlmSpan(traceId: string): string | undefined {
  return current.get(traceId) ?? previous.get(traceId);
}
