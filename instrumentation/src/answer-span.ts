/**
 * The LLM call that produced a trace's latest answer, so recordFeedback() called later in the same
 * request rates that call and not whatever span happens to be active (a prompt render, the HTTP
 * request). Filled when an LLM span ends (LlmCall, traceLlmCall, ContextSpanProcessor for other
 * instrumentations' spans). Bounded: the most recent LLM calls of the process are kept, which
 * are the ones feedback inside a request needs.
 *
 * A ring of the last calls rather than a map by trace id: every LLM call writes here and few
 * are rated, so the write is two array stores (no hashing, no allocation, no rehashing as a map
 * grows and is trimmed) and the rare lookup scans the ring backwards.
 */
const RING_SIZE = 8192; // a power of two: the index wraps with a mask
const traceIds: string[] = new Array<string>(RING_SIZE).fill("");
const spanIds: string[] = new Array<string>(RING_SIZE).fill("");
let next = 0;

export function noteLlmSpanEnded(traceId: string, spanId: string): void {
  traceIds[next] = traceId;
  spanIds[next] = spanId;
  next = (next + 1) & (RING_SIZE - 1);
}

/** Span id of the trace's most recently ended LLM call in this process, if any. */
export function latestLlmSpan(traceId: string): string | undefined {
  for (let k = 1; k <= RING_SIZE; k++) {
    const i = (next - k) & (RING_SIZE - 1);
    if (traceIds[i] === traceId) return spanIds[i];
  }
  return undefined;
}
