import { SpanStatusCode } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { expect } from "vitest";

/**
 * Expected values built the way docs/spans.md defines them, independently of the instrumentation
 * code, for the shapes many SDK tests assert alike.
 */

/** A failed call: ERROR status, the error class as error.type and, where the SDK exposes it, the HTTP status. */
export function expectFailedSpan(span: ReadableSpan, errorType: string, httpStatus?: number): void {
  expect(span.status.code).toBe(SpanStatusCode.ERROR);
  expect(span.attributes["error.type"]).toBe(errorType);
  if (httpStatus !== undefined) expect(span.attributes["http.response.status_code"]).toBe(httpStatus);
}

/** gen_ai.output.messages of a reply that says `text` and then calls one tool. */
export function replyWithToolCall(text: string, call: { id?: string; name: string; arguments: unknown }, finishReason: string) {
  return [
    {
      role: "assistant",
      parts: [
        { type: "text", content: text },
        { type: "tool_call", ...call },
      ],
      finish_reason: finishReason,
    },
  ];
}

/** The score statistics of a retrieval span, computed from the scores the fake store answered. */
export function scoreStatistics(scores: number[]) {
  return {
    "llmscope.retrieval.score.max": Math.max(...scores),
    "llmscope.retrieval.score.min": Math.min(...scores),
    "llmscope.retrieval.score.mean": scores.reduce((a, b) => a + b) / scores.length,
  };
}

/** A top-3 query on the fake stores' `kb` collection: the attributes every vector-store span records for it. */
export function kbTop3Retrieval(system: string, operation: string, port: number, scores: number[]) {
  return {
    "llmscope.span.type": "retrieval",
    "gen_ai.operation.name": "retrieval",
    "gen_ai.data_source.id": "kb",
    "db.system.name": system,
    "db.collection.name": "kb",
    "db.operation.name": operation,
    "gen_ai.retrieval.top_k": 3,
    "server.address": "127.0.0.1",
    "server.port": port,
    "llmscope.retrieval.documents.count": 3,
    ...scoreStatistics(scores),
  };
}

/**
 * Usage of a provider that counts cached prompt tokens apart from the rest (Anthropic, Bedrock):
 * llmscope's input count includes cache reads and cache writes (docs/spans.md).
 */
export function usageWithCache(u: { uncachedInput: number; output: number; cacheRead: number; cacheWrite: number }) {
  return {
    "gen_ai.usage.input_tokens": u.uncachedInput + u.cacheRead + u.cacheWrite,
    "gen_ai.usage.output_tokens": u.output,
    "gen_ai.usage.cache_read.input_tokens": u.cacheRead,
    "gen_ai.usage.cache_write.input_tokens": u.cacheWrite,
  };
}
