import { randomBytes } from "node:crypto";

/** An OTLP/JSON request body with `count` LLM-call spans, timestamps near now, ids random. */
export function llmSpansJson(service: string, count: number, tokens: (i: number) => { input: number; output: number }): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  const spans = Array.from({ length: count }, (_, i) => ({
    traceId: randomBytes(16).toString("hex"),
    spanId: randomBytes(8).toString("hex"),
    name: "chat gpt-4o-mini",
    kind: 3,
    startTimeUnixNano: String(now - BigInt(i) * 1_000_000n),
    endTimeUnixNano: String(now - BigInt(i) * 1_000_000n + BigInt(100 + i) * 1_000_000n),
    attributes: [
      { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
      { key: "gen_ai.request.model", value: { stringValue: "gpt-4o-mini" } },
      { key: "gen_ai.usage.input_tokens", value: { intValue: String(tokens(i).input) } },
      { key: "gen_ai.usage.output_tokens", value: { intValue: String(tokens(i).output) } },
    ],
  }));
  return JSON.stringify({
    resourceSpans: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] }, scopeSpans: [{ scope: { name: "test" }, spans }] }],
  });
}
