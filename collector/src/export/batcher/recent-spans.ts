import type { ValidSpan } from "../../ingest/receiver/model";

/** The owner of spans that were already in the store when the collector started. */
const STORED = "stored";

/**
 * Remembers which request first delivered each recent (TraceId, SpanId), so a span delivered
 * again by a different request (an exporter retrying after its answer was lost) is dropped,
 * while the request that first delivered it keeps it when it is processed again (read back from
 * the log). Bounded: two generations of at most `capacity / 2` ids each; the older one is dropped
 * whole when the newer fills, so memory stays flat and the window is the last `capacity / 2` to
 * `capacity` spans.
 */
export class RecentSpans {
  private current = new Map<string, string>();
  private previous = new Map<string, string>();
  private readonly generation: number;

  constructor(capacity: number) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  /** The spans of `spans` not already delivered by another origin; records the rest as `origin`'s. */
  keepFirst(spans: readonly ValidSpan[], origin: string): { kept: ValidSpan[]; duplicates: number } {
    const kept: ValidSpan[] = [];
    const inThis = new Set<string>();
    let duplicates = 0;
    for (const span of spans) {
      const key = span.traceId + span.spanId;
      const owner = this.current.get(key) ?? this.previous.get(key);
      if ((owner !== undefined && owner !== origin) || inThis.has(key)) {
        duplicates++;
        continue;
      }
      inThis.add(key);
      if (owner === undefined) this.remember(key, origin);
      kept.push(span);
    }
    return { kept, duplicates };
  }

  /** Records spans already in the store, unless a logged request claimed them first. */
  seed(spans: readonly { TraceId: string; SpanId: string }[]): void {
    for (const { TraceId, SpanId } of spans) {
      const key = TraceId + SpanId;
      if (!this.current.has(key) && !this.previous.has(key)) this.remember(key, STORED);
    }
  }

  private remember(key: string, origin: string): void {
    this.current.set(key, origin);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
  }
}
