import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";

/**
 * Wraps the export processor (1) to know whether spans ended since the last flush, so the
 * `beforeExit` hook flushes once instead of re-arming the event loop forever, and (2) so that a
 * flush also waits for one already under way: BatchSpanProcessor's forceFlush resolves at once when
 * an earlier flush (e.g. ours on SIGINT) already took the queued spans but is still exporting them.
 */
export class PendingSpanProcessor implements SpanProcessor {
  private unflushed = false;
  private lastFlush: Promise<void> = Promise.resolve();

  constructor(private readonly inner: SpanProcessor) {}

  get hasUnflushed(): boolean {
    return this.unflushed;
  }

  onStart(span: Span, parentContext: Context): void {
    this.inner.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    this.unflushed = true;
    this.inner.onEnd(span);
  }

  forceFlush(): Promise<void> {
    this.unflushed = false;
    const flush = Promise.all([this.lastFlush, this.inner.forceFlush()]).then(() => undefined);
    this.lastFlush = flush.catch(() => undefined);
    return flush;
  }

  shutdown(): Promise<void> {
    this.unflushed = false;
    return this.inner.shutdown();
  }
}
