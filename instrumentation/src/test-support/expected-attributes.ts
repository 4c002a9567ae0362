import { SpanStatusCode, type SpanKind } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { expect } from "vitest";
import type { LlmRequest } from "../llm";

/**
 * Expected values built the way docs/spans.md defines them, independently of the instrumentation
 * code, for the shapes many SDK tests assert alike.
 */

/**
 * A span that ended well: its kind, UNSET status, the instrumentation scope where given (its name, or
 * name and version) and exactly `attributes`: one missing, extra or different attribute fails.
 */
export function expectSpan(
  span: ReadableSpan,
  expected: { kind: SpanKind; scope?: string | { name: string; version: string }; attributes: Record<string, unknown> },
): void {
  expect(span.kind).toBe(expected.kind);
  expect(span.status.code).toBe(SpanStatusCode.UNSET);
  if (typeof expected.scope === "string") expect(span.instrumentationScope.name).toBe(expected.scope);
  else if (expected.scope) expect(span.instrumentationScope).toEqual(expected.scope);
  expect(span.attributes).toEqual(expected.attributes);
}

/** The attributes every call to a provider's fake server on 127.0.0.1 records, whatever else it asks for. */
export function providerCall(call: { operation: string; provider: string; model?: string; port: number; spanType?: "llm" | "retrieval" }) {
  return {
    "llmscope.span.type": call.spanType ?? "llm",
    "gen_ai.operation.name": call.operation,
    "gen_ai.provider.name": call.provider,
    ...(call.model !== undefined && { "gen_ai.request.model": call.model }),
    "server.address": "127.0.0.1",
    "server.port": call.port,
  };
}

const REQUEST_ATTRIBUTES = {
  maxTokens: "gen_ai.request.max_tokens",
  temperature: "gen_ai.request.temperature",
  topP: "gen_ai.request.top_p",
  topK: "gen_ai.request.top_k",
  stopSequences: "gen_ai.request.stop_sequences",
  seed: "gen_ai.request.seed",
  frequencyPenalty: "gen_ai.request.frequency_penalty",
  presencePenalty: "gen_ai.request.presence_penalty",
  choiceCount: "gen_ai.request.choice.count",
  stream: "gen_ai.request.stream",
} as const;

/** The gen_ai.request.* attributes of a model call, under the names docs/spans.md gives them. */
export function requestAttributes(r: Pick<LlmRequest, keyof typeof REQUEST_ATTRIBUTES>) {
  return Object.fromEntries(Object.entries(r).map(([field, value]) => [REQUEST_ATTRIBUTES[field as keyof typeof REQUEST_ATTRIBUTES], value]));
}

/** The gen_ai.response.* attributes of a model call: what the provider answered about itself. */
export function responseAttributes(r: { id?: unknown; model?: string; finishReasons: string[] }) {
  return {
    ...(r.id !== undefined && { "gen_ai.response.id": r.id }),
    ...(r.model !== undefined && { "gen_ai.response.model": r.model }),
    "gen_ai.response.finish_reasons": r.finishReasons,
  };
}

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

/** The attributes of a framework's in-process function tool run, with the model's call id where the framework hands it over. */
export function toolRunAttributes(name: string, callId?: string) {
  return {
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": name,
    "gen_ai.tool.type": "function",
    ...(callId !== undefined && { "gen_ai.tool.call.id": callId }),
  };
}
