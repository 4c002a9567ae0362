import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { noteLlmSpanEnded } from "./answer-span";
import { isLlmSpan, putScopeAttributes } from "./scope";
import * as attrNames from "./attribute-names";

/**
 * Copies withContext()/withPrompt() values onto every span at start, including spans made by
 * other instrumentations (HTTP, openai, …) that know nothing about llmscope, and notes each
 * trace's latest LLM call for recordFeedback(). register() installs
 * it; apps that build their own SDK 2.x provider can pass it in `spanProcessors` themselves.
 */
export class ContextSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    // llmscope's own spans (llmscope.span.type) were given these attributes when they started.
    if (span.attributes[attrNames.ATTR_SPAN_TYPE] !== undefined) return;
    const attrs = {};
    putScopeAttributes(parentContext, span.attributes, attrs);
    // Most spans start outside withContext()/withPrompt(): nothing to set, skip the SDK's attribute pass.
    for (const _ in attrs) {
      span.setAttributes(attrs);
      return;
    }
  }

  /**
   * Remembers each trace's latest LLM call: the answer recordFeedback() rates. llmscope's own
   * LLM spans note themselves when they end, whichever provider they go to.
   */
  onEnd(span: ReadableSpan): void {
    if (span.attributes[attrNames.ATTR_SPAN_TYPE] === undefined && isLlmSpan(span.attributes))
      noteLlmSpanEnded(span.spanContext().traceId, span.spanContext().spanId);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
