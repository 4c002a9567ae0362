import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { scopeAttributes } from "./scope";

/**
 * Copies withContext()/withPrompt() values onto every span at start, including spans made by
 * other instrumentations (HTTP, openai, …) that know nothing about llmscope. register() installs
 * it; apps that build their own SDK 2.x provider can pass it in `spanProcessors` themselves.
 */
export class ContextSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const attrs = scopeAttributes(parentContext, span.attributes);
    // Most spans start outside withContext()/withPrompt(): nothing to set, skip the SDK's attribute pass.
    for (const _ in attrs) {
      span.setAttributes(attrs);
      return;
    }
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
