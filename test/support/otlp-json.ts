import { randomBytes } from "node:crypto";

type OtlpAttribute = { key: string; value: Record<string, unknown> };

export interface ChatSpanInit {
  traceId: string;
  spanId: string;
  name?: string;
  startNs: bigint;
  durationNs: bigint;
  /** Attributes after gen_ai.operation.name (chat) and gen_ai.request.model (gpt-4o-mini). */
  attributes?: OtlpAttribute[];
}

/** One OTLP/JSON client span of a gpt-4o-mini chat call. */
export function chatSpanJson({ traceId, spanId, name = "chat gpt-4o-mini", startNs, durationNs, attributes = [] }: ChatSpanInit) {
  return {
    traceId,
    spanId,
    name,
    kind: 3,
    startTimeUnixNano: String(startNs),
    endTimeUnixNano: String(startNs + durationNs),
    attributes: [
      { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
      { key: "gen_ai.request.model", value: { stringValue: "gpt-4o-mini" } },
      ...attributes,
    ],
  };
}

/** gen_ai.usage.input_tokens / output_tokens attributes. */
export function tokenAttributes(input: number, output?: number): OtlpAttribute[] {
  const usage = [{ key: "gen_ai.usage.input_tokens", value: { intValue: String(input) } }];
  if (output !== undefined) usage.push({ key: "gen_ai.usage.output_tokens", value: { intValue: String(output) } });
  return usage;
}

/** gen_ai.input.messages holding one user message per text. */
export function userMessagesAttribute(texts: readonly string[]): OtlpAttribute {
  return { key: "gen_ai.input.messages", value: { stringValue: JSON.stringify(texts.map((t) => ({ role: "user", parts: [{ type: "text", content: t }] }))) } };
}

/** An OTLP/JSON export request (as an object) carrying `spans` of one service. */
export function otlpJsonRequest(service: string, spans: readonly object[], scope = "test") {
  return {
    resourceSpans: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] }, scopeSpans: [{ scope: { name: scope }, spans }] }],
  };
}

/** An OTLP/JSON request body with `count` LLM-call spans, timestamps near now, ids random. */
export function llmSpansJson(service: string, count: number, tokens: (i: number) => { input: number; output: number }): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  const spans = Array.from({ length: count }, (_, i) =>
    chatSpanJson({
      traceId: randomBytes(16).toString("hex"),
      spanId: randomBytes(8).toString("hex"),
      startNs: now - BigInt(i) * 1_000_000n,
      durationNs: BigInt(100 + i) * 1_000_000n,
      attributes: tokenAttributes(tokens(i).input, tokens(i).output),
    }),
  );
  return JSON.stringify(otlpJsonRequest(service, spans));
}
