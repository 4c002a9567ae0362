import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import * as ollamaModule from "ollama";
import { Ollama } from "ollama";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { OLLAMA_COUNTS, OLLAMA_EMBED_COUNT, OLLAMA_MISSING_MODEL, OLLAMA_TEXT, OLLAMA_TOOL_ARGS, startFakeOllama } from "../../test-support/fake-ollama-server";
import { expectFailedSpan, expectSpan, providerCall, replyWithToolCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentOllama } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentOllama(ollamaModule), startFakeOllama);
let client: Ollama;

beforeAll(() => {
  client = new Ollama({ host: fake().url });
});

const MODEL = "llama3.2";
const messages = [{ role: "user", content: "How do refunds work?" }];
const usage = { "gen_ai.usage.input_tokens": OLLAMA_COUNTS.prompt_eval_count, "gen_ai.usage.output_tokens": OLLAMA_COUNTS.eval_count };

describe("ollama chat", () => {
  it("records a non-streamed call attribute by attribute", async () => {
    const res = await client.chat({
      model: MODEL,
      messages,
      options: { temperature: 0.3, top_p: 0.8, top_k: 20, num_predict: 128, seed: 1, stop: ["END"], frequency_penalty: 0.1, presence_penalty: 0.2 },
    });
    expect(res.message.content).toBe(OLLAMA_TEXT);
    expectSpan(otel.span(`chat ${MODEL}`), {
      kind: SpanKind.CLIENT,
      attributes: {
        ...providerCall({ operation: "chat", provider: "ollama", model: MODEL, port: port() }),
        ...requestAttributes({
          temperature: 0.3,
          topP: 0.8,
          topK: 20,
          maxTokens: 128,
          seed: 1,
          stopSequences: ["END"],
          frequencyPenalty: 0.1,
          presencePenalty: 0.2,
          stream: false,
        }),
        ...responseAttributes({ model: MODEL, finishReasons: ["stop"] }),
        ...usage,
      },
    });
  });

  it("streams: TTFT, usage from the final done line, the app sees every chunk", async () => {
    const pieces: string[] = [];
    for await (const part of await client.chat({ model: MODEL, messages, stream: true })) pieces.push(part.message.content);
    expect(pieces.join("")).toBe(OLLAMA_TEXT);
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({ "gen_ai.request.stream": true, "gen_ai.response.model": MODEL, "gen_ai.response.finish_reasons": ["stop"], ...usage });
  });

  it("a consumer that stops reading early ends the span without error", async () => {
    for await (const _ of await client.chat({ model: MODEL, messages, stream: true })) break;
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBeUndefined();
  });

  it("content and tool calls under the opt-in, streamed", async () => {
    configureContent({ capture: true });
    const tools = [
      { type: "function", function: { name: "get_weather", description: "Weather", parameters: { type: "object", properties: { city: { type: "string" } } } } },
    ];
    const stream = await client.chat({ model: MODEL, messages: [{ role: "system", content: "Be brief." }, ...messages], tools, stream: true });
    for await (const _ of stream) void _;
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "system", parts: [{ type: "text", content: "Be brief." }] },
      { role: "user", parts: [{ type: "text", content: "How do refunds work?" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(OLLAMA_TEXT, { name: "get_weather", arguments: OLLAMA_TOOL_ARGS }, "stop"),
    );
  });

  it("no content without the opt-in", async () => {
    await client.chat({ model: MODEL, messages });
    expect(Object.keys(otel.span(`chat ${MODEL}`).attributes).filter((k) => k.startsWith("gen_ai.input") || k.startsWith("gen_ai.output"))).toEqual([]);
  });

  it("an error answer: ERROR status, error.type, HTTP status, the app gets the SDK's error", async () => {
    await expect(client.chat({ model: OLLAMA_MISSING_MODEL, messages })).rejects.toThrow(/not found/);
    expectFailedSpan(otel.span(`chat ${OLLAMA_MISSING_MODEL}`), "ResponseError", 404);
  });
});

describe("ollama generate and embeddings", () => {
  it("generate: text_completion with system and prompt content", async () => {
    configureContent({ capture: true });
    const res = await client.generate({ model: MODEL, prompt: "Refunds?", system: "Be brief.", format: "json" });
    expect(res.response).toBe(OLLAMA_TEXT);
    const attrs = otel.span(`text_completion ${MODEL}`).attributes;
    expect(attrs).toMatchObject({ "gen_ai.operation.name": "text_completion", "gen_ai.output.type": "json", "gen_ai.request.stream": false, ...usage });
    expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "Be brief." }]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "Refunds?" }] }]);
  });

  it("generate streamed", async () => {
    let text = "";
    for await (const part of await client.generate({ model: MODEL, prompt: "Refunds?", stream: true })) text += part.response;
    expect(text).toBe(OLLAMA_TEXT);
    expect(otel.span(`text_completion ${MODEL}`).attributes).toMatchObject({ "gen_ai.request.stream": true, ...usage });
  });

  it("embed: input tokens from prompt_eval_count, vectors never recorded", async () => {
    configureContent({ capture: true });
    const res = await client.embed({ model: "nomic-embed-text", input: ["a", "b"], dimensions: 3 });
    expect(res.embeddings).toHaveLength(2);
    expect(otel.span("embeddings nomic-embed-text").attributes).toEqual({
      ...providerCall({ operation: "embeddings", provider: "ollama", model: "nomic-embed-text", port: port() }),
      "gen_ai.embeddings.dimension.count": 3,
      "gen_ai.response.model": "nomic-embed-text",
      "gen_ai.usage.input_tokens": OLLAMA_EMBED_COUNT,
    });
  });

  it("the legacy embeddings() call: a span without usage (Ollama reports none)", async () => {
    await client.embeddings({ model: "nomic-embed-text", prompt: "a" });
    const attrs = otel.span("embeddings nomic-embed-text").attributes;
    expect(attrs["gen_ai.operation.name"]).toBe("embeddings");
    expect(attrs["gen_ai.usage.input_tokens"]).toBeUndefined();
  });

  it("instrumentOllama names what it expected when given something else", () => {
    expect(() => instrumentOllama({})).toThrow(/instrumentOllama: expected the `ollama` module/);
  });
});
