import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import * as cohere from "cohere-ai";
import { CohereClient, CohereClientV2 } from "cohere-ai";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { COHERE_BILLED, COHERE_EMBED_BILLED, COHERE_TEXT, COHERE_TOOL_ARGS, startFakeCohere } from "../../test-support/fake-cohere-server";
import { expectFailedSpan, expectSpan, providerCall, replyWithToolCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { VERSION } from "../../version";
import { instrumentCohere } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentCohere(cohere), startFakeCohere);
let client: CohereClientV2;
let v1: CohereClient;

beforeAll(() => {
  client = new CohereClientV2({ token: "co-test-not-a-secret", baseUrl: fake().url });
  v1 = new CohereClient({ token: "co-test-not-a-secret", baseUrl: fake().url });
});

const MODEL = "command-a-03-2025";
const messages = [{ role: "user" as const, content: "How do refunds work?" }];
// Billed units, not the raw token counts (which include Cohere's unbilled preamble).
const usage = { "gen_ai.usage.input_tokens": COHERE_BILLED.input_tokens, "gen_ai.usage.output_tokens": COHERE_BILLED.output_tokens };
const tools = [{ type: "function" as const, function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];

describe("cohere-ai v2 chat", () => {
  it("records a call attribute by attribute", async () => {
    const res = await client.chat({
      model: MODEL,
      messages,
      temperature: 0.3,
      p: 0.9,
      k: 40,
      maxTokens: 200,
      stopSequences: ["END"],
      seed: 7,
      frequencyPenalty: 0.1,
      presencePenalty: 0.2,
      responseFormat: { type: "json_object" },
    });
    expect(res.message.content![0]).toMatchObject({ type: "text", text: COHERE_TEXT });
    expectSpan(otel.span(`chat ${MODEL}`), {
      kind: SpanKind.CLIENT,
      // Its own tracer, as every llmscope instrumentation: the scope tells which SDK the span came from.
      scope: { name: "llmscope-cohere", version: VERSION },
      attributes: {
        ...providerCall({ operation: "chat", provider: "cohere", model: MODEL, port: port() }),
        ...requestAttributes({
          temperature: 0.3,
          topP: 0.9,
          topK: 40,
          maxTokens: 200,
          stopSequences: ["END"],
          seed: 7,
          frequencyPenalty: 0.1,
          presencePenalty: 0.2,
          stream: false,
        }),
        "gen_ai.output.type": "json",
        ...responseAttributes({ id: res.id, finishReasons: ["complete"] }),
        ...usage,
      },
    });
  });

  it("withRawResponse() still works on the traced call", async () => {
    const { data, rawResponse } = await client.chat({ model: MODEL, messages }).withRawResponse();
    expect(rawResponse.status).toBe(200);
    expect(otel.span(`chat ${MODEL}`).attributes["gen_ai.response.id"]).toBe(data.id);
  });

  it("tool calls, the tool plan and tool results as content, under the opt-in", async () => {
    configureContent({ capture: true });
    const first = await client.chat({ model: MODEL, messages: [{ role: "system", content: "Be brief." }, ...messages], tools });
    const call = first.message.toolCalls![0]!;
    let attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.finish_reasons"]).toEqual(["tool_call"]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "system", parts: [{ type: "text", content: "Be brief." }] },
      { role: "user", parts: [{ type: "text", content: "How do refunds work?" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      {
        role: "assistant",
        parts: [
          { type: "reasoning", content: "I will look up the weather." },
          { type: "text", content: COHERE_TEXT },
          { type: "tool_call", id: call.id, name: "get_weather", arguments: COHERE_TOOL_ARGS },
        ],
        finish_reason: "tool_call",
      },
    ]);

    otel.exporter.reset();
    await client.chat({
      model: MODEL,
      messages: [
        ...messages,
        { role: "assistant", toolCalls: [call], toolPlan: first.message.toolPlan },
        { role: "tool", toolCallId: call.id!, content: "18°C" },
      ],
    });
    attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string).slice(1)).toEqual([
      {
        role: "assistant",
        parts: [
          { type: "reasoning", content: "I will look up the weather." },
          { type: "tool_call", id: call.id, name: "get_weather", arguments: COHERE_TOOL_ARGS },
        ],
      },
      { role: "tool", parts: [{ type: "tool_call_response", id: call.id, response: "18°C" }] },
    ]);
  });

  it("no content without the opt-in", async () => {
    await client.chat({ model: MODEL, messages, tools });
    const keys = Object.keys(otel.span(`chat ${MODEL}`).attributes);
    expect(keys.filter((k) => /input\.messages|output\.messages|system_instructions/.test(k))).toEqual([]);
  });

  it("an API error: ERROR status, error.type, HTTP status; the same error reaches the app", async () => {
    fake().failNext(400);
    const err = await client.chat({ model: MODEL, messages }, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cohere.Cohere.BadRequestError);
    expectFailedSpan(otel.span(`chat ${MODEL}`), "BadRequestError", 400);
  });
});

describe("cohere-ai v2 chatStream", () => {
  it("streams: TTFT, usage from message-end, text and tool call joined, the app sees every event", async () => {
    configureContent({ capture: true });
    let text = "";
    const types: string[] = [];
    for await (const event of await client.chatStream({ model: MODEL, messages, tools })) {
      types.push(event.type);
      if (event.type === "content-delta") text += event.delta?.message?.content?.text ?? "";
    }
    expect(text).toBe(COHERE_TEXT);
    expect(types.at(0)).toBe("message-start");
    expect(types.at(-1)).toBe("message-end");
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.id": expect.stringMatching(/^cohere-fake-/),
      "gen_ai.response.finish_reasons": ["tool_call"],
      ...usage,
    });
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(COHERE_TEXT, { id: "get_weather_fake1", name: "get_weather", arguments: COHERE_TOOL_ARGS }, "tool_call"),
    );
  });

  it("a consumer that stops early ends the span without error or usage", async () => {
    for await (const _ of await client.chatStream({ model: MODEL, messages })) break;
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBeUndefined();
  });
});

describe("cohere-ai v2 embed", () => {
  it("records an embeddings span with the billed tokens; vectors never recorded", async () => {
    configureContent({ capture: true });
    const res = await client.embed({ model: "embed-v4.0", texts: ["a", "b"], inputType: "search_document", embeddingTypes: ["float"], outputDimension: 256 });
    expect(res.embeddings.float).toHaveLength(2);
    expect(otel.span("embeddings embed-v4.0").attributes).toEqual({
      ...providerCall({ operation: "embeddings", provider: "cohere", model: "embed-v4.0", port: port() }),
      "gen_ai.embeddings.dimension.count": 256,
      "gen_ai.request.encoding_formats": ["float"],
      "gen_ai.response.id": res.id,
      "gen_ai.usage.input_tokens": COHERE_EMBED_BILLED,
    });
  });

  it("the v1 client's embed is traced too", async () => {
    await v1.embed({ model: "embed-english-v3.0", texts: ["a"], inputType: "search_query" });
    expect(otel.span("embeddings embed-english-v3.0").attributes).toMatchObject({
      "gen_ai.provider.name": "cohere",
      "gen_ai.usage.input_tokens": COHERE_EMBED_BILLED,
    });
  });

  it("instrumentCohere names what it expected when given something else", () => {
    expect(() => instrumentCohere({})).toThrow(/instrumentCohere: expected the `cohere-ai` module/);
  });
});

// The v1 client (CohereClient) is what LangChain's @langchain/cohere calls.
describe("cohere-ai v1 chat", () => {
  it("records a call attribute by attribute; preamble, history and message as content under the opt-in", async () => {
    configureContent({ capture: true });
    const res = await v1.chat({
      model: MODEL,
      message: "And for digital goods?",
      preamble: "Be brief.",
      chatHistory: [
        { role: "USER", message: "How do refunds work?" },
        { role: "CHATBOT", message: "Five days." },
      ],
      temperature: 0.2,
      k: 10,
      p: 0.8,
      maxTokens: 100,
      tools: [{ name: "get_weather", description: "Weather", parameterDefinitions: { city: { type: "str" } } }],
    });
    expect(res.text).toBe(COHERE_TEXT);
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "cohere",
      "gen_ai.request.model": MODEL,
      "gen_ai.request.temperature": 0.2,
      "gen_ai.request.top_k": 10,
      "gen_ai.request.top_p": 0.8,
      "gen_ai.request.max_tokens": 100,
      "gen_ai.request.stream": false,
      "server.address": "127.0.0.1",
      "server.port": port(),
      "gen_ai.response.id": res.responseId,
      "gen_ai.response.finish_reasons": ["complete"],
      ...usage,
    });
    expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "Be brief." }]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "user", parts: [{ type: "text", content: "How do refunds work?" }] },
      { role: "assistant", parts: [{ type: "text", content: "Five days." }] },
      { role: "user", parts: [{ type: "text", content: "And for digital goods?" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(COHERE_TEXT, { name: "get_weather", arguments: COHERE_TOOL_ARGS }, "complete"),
    );
  });

  it("chatStream: usage and finish reason from the stream-end event; the app sees every event", async () => {
    const types: string[] = [];
    let text = "";
    for await (const event of await v1.chatStream({ model: MODEL, message: "How do refunds work?" })) {
      types.push(event.eventType);
      if (event.eventType === "text-generation") text += event.text;
    }
    expect(text).toBe(COHERE_TEXT);
    expect([types[0], types.at(-1)]).toEqual(["stream-start", "stream-end"]);
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.finish_reasons": ["complete"],
      "gen_ai.response.id": expect.stringMatching(/^cohere-fake-/),
      ...usage,
    });
  });

  it("an API error fails the span with the HTTP status", async () => {
    fake().failNext(500);
    await expect(v1.chat({ model: MODEL, message: "Hi" }, { maxRetries: 0 })).rejects.toThrow();
    expectFailedSpan(otel.span(`chat ${MODEL}`), "InternalServerError", 500);
  });
});
