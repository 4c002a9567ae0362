import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterEach, describe, expect, it } from "vitest";
import { configureContent } from "./content";
import { traceLlmCall } from "./llm";
import { expectSpan } from "./test-support/expected-attributes";
import { useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();
afterEach(() => configureContent());

const fullRequest = {
  provider: "openai",
  model: "gpt-4o-mini",
  maxTokens: 200,
  temperature: 0.2,
  topP: 0.9,
  topK: 40,
  stopSequences: ["\n\n", "END"],
  seed: 7,
  frequencyPenalty: 0.1,
  presencePenalty: 0.3,
  choiceCount: 2,
  stream: true,
  outputType: "text",
  serverAddress: "api.openai.com",
  serverPort: 443,
  systemInstructions: "You are terse.",
  inputMessages: [{ role: "user", content: "How do refunds work?" }],
};

describe("traceLlmCall", () => {
  it("creates a CLIENT span '{operation} {model}' with every request attribute typed", async () => {
    const result = await traceLlmCall(fullRequest, async () => "answer");
    expect(result).toBe("answer");
    expectSpan(otel.span("chat gpt-4o-mini"), {
      kind: SpanKind.CLIENT,
      scope: "llmscope",
      attributes: {
        "llmscope.span.type": "llm",
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.max_tokens": 200,
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.top_k": 40,
        "gen_ai.request.stop_sequences": ["\n\n", "END"],
        "gen_ai.request.seed": 7,
        "gen_ai.request.frequency_penalty": 0.1,
        "gen_ai.request.presence_penalty": 0.3,
        "gen_ai.request.choice.count": 2,
        "gen_ai.request.stream": true,
        "gen_ai.output.type": "text",
        "server.address": "api.openai.com",
        "server.port": 443,
      },
    });
  });

  it("names the span after the operation and omits unset request fields", async () => {
    await traceLlmCall({ provider: "cohere", model: "embed-v3", operation: "embeddings" }, async () => undefined);
    expect(otel.span("embeddings embed-v3").attributes).toEqual({
      "llmscope.span.type": "llm",
      "gen_ai.operation.name": "embeddings",
      "gen_ai.provider.name": "cohere",
      "gen_ai.request.model": "embed-v3",
    });
  });

  it("records response and usage attributes", async () => {
    await traceLlmCall({ provider: "anthropic", model: "claude" }, async (span) => {
      span.setResponse({
        id: "msg_1",
        model: "claude-2025",
        finishReasons: ["stop"],
        usage: { inputTokens: 120, outputTokens: 30, cacheReadTokens: 100, cacheWriteTokens: 20, reasoningTokens: 5 },
      });
    });
    expect(otel.span("chat claude").attributes).toMatchObject({
      "gen_ai.response.id": "msg_1",
      "gen_ai.response.model": "claude-2025",
      "gen_ai.response.finish_reasons": ["stop"],
      "gen_ai.usage.input_tokens": 120,
      "gen_ai.usage.output_tokens": 30,
      "gen_ai.usage.cache_read.input_tokens": 100,
      "gen_ai.usage.cache_write.input_tokens": 20,
      "gen_ai.usage.reasoning.output_tokens": 5,
    });
  });

  it("sets time_to_first_chunk in seconds, on the first call only", async () => {
    // Bounds come from the clock around the calls, not from fixed limits, so a slow machine
    // cannot fail it: the first mark is at most afterFirst - before after the call started, and a
    // value taken at the second mark would be 30 ms or more past that.
    const before = performance.now();
    let afterFirst = 0;
    await traceLlmCall({ provider: "openai", model: "m", stream: true }, async (span) => {
      await new Promise((r) => setTimeout(r, 20));
      span.markFirstChunk();
      afterFirst = performance.now();
      await new Promise((r) => setTimeout(r, 30));
      span.markFirstChunk();
    });
    const ttfc = otel.span("chat m").attributes["gen_ai.response.time_to_first_chunk"] as number;
    expect(typeof ttfc).toBe("number");
    expect(ttfc * 1000).toBeGreaterThanOrEqual(19);
    expect(ttfc * 1000).toBeLessThanOrEqual(afterFirst - before);
  });

  it("records no content by default", async () => {
    await traceLlmCall(fullRequest, async (span) => span.setResponse({ outputMessages: [{ role: "assistant", content: "Within 30 days." }] }));
    const attrs = otel.span("chat gpt-4o-mini").attributes;
    for (const key of ["gen_ai.system_instructions", "gen_ai.input.messages", "gen_ai.output.messages"]) expect(attrs).not.toHaveProperty(key);
    expect(JSON.stringify(attrs)).not.toContain("refunds");
  });

  it("records content in the semconv message schema when capture is on, capped", async () => {
    configureContent({ capture: true });
    await traceLlmCall(fullRequest, async (span) =>
      span.setResponse({ outputMessages: [{ role: "assistant", content: "Within 30 days.", finishReason: "stop" }] }),
    );
    const attrs = otel.span("chat gpt-4o-mini").attributes;
    expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "You are terse." }]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "How do refunds work?" }] }]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      { role: "assistant", parts: [{ type: "text", content: "Within 30 days." }], finish_reason: "stop" },
    ]);

    configureContent({ capture: true, maxBytes: 50 });
    await traceLlmCall({ ...fullRequest, model: "big", inputMessages: [{ role: "user", content: "z".repeat(5000) }] }, async () => undefined);
    const capped = otel.span("chat big").attributes["gen_ai.input.messages"] as string;
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(50);
    expect(capped).toContain("truncated by llmscope");
  });

  it("marks failures with error.type and ERROR status and rethrows the same error", async () => {
    class RateLimitError extends Error {}
    const boom = new RateLimitError("429 slow down");
    const caught = await traceLlmCall({ provider: "openai", model: "m" }, async () => {
      throw boom;
    }).catch((e: unknown) => e);
    expect(caught).toBe(boom);
    const span = otel.span("chat m");
    expect(span.attributes["error.type"]).toBe("RateLimitError");
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "429 slow down" });
    expect(span.events.map((e) => e.name)).toEqual(["exception"]);
  });
});
