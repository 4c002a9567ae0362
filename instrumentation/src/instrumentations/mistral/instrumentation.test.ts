import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { MISTRAL_EMBED_TOKENS, MISTRAL_TEXT, MISTRAL_TOOL_ARGS, MISTRAL_USAGE } from "../../test-support/fake-mistral-server";
import { expectSpan, providerCall, replyWithToolCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedMistral } from "../../test-support/mistral-client";
import { VERSION } from "../../version";
import { instrumentMistral } from "./instrumentation";

const { otel, fake, port, client: mistralClient } = useInstrumentedMistral();
let client: ReturnType<typeof mistralClient>;
beforeAll(() => {
  client = mistralClient();
});

const MODEL = "mistral-small-latest";
const messages = [{ role: "user" as const, content: "How do refunds work?" }];
const usage = {
  "gen_ai.usage.input_tokens": MISTRAL_USAGE.prompt_tokens,
  "gen_ai.usage.output_tokens": MISTRAL_USAGE.completion_tokens,
  "gen_ai.usage.cache_read.input_tokens": MISTRAL_USAGE.prompt_tokens_details.cached_tokens,
};
const tools = [{ type: "function" as const, function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];

describe("@mistralai/mistralai chat.complete", () => {
  it("records a call attribute by attribute", async () => {
    const res = await client.chat.complete({
      model: MODEL,
      messages,
      temperature: 0.3,
      topP: 0.9,
      maxTokens: 200,
      stop: ["END"],
      randomSeed: 7,
      frequencyPenalty: 0.1,
      presencePenalty: 0.2,
      n: 1,
      responseFormat: { type: "json_object" },
    });
    expect(res.choices?.[0]?.message?.content).toBe(MISTRAL_TEXT);
    expectSpan(otel.span(`chat ${MODEL}`), {
      kind: SpanKind.CLIENT,
      // Its own tracer, as every llmscope instrumentation: the scope tells which SDK the span came from.
      scope: { name: "llmscope-mistral", version: VERSION },
      attributes: {
        ...providerCall({ operation: "chat", provider: "mistral_ai", model: MODEL, port: port() }),
        ...requestAttributes({
          temperature: 0.3,
          topP: 0.9,
          maxTokens: 200,
          stopSequences: ["END"],
          seed: 7,
          frequencyPenalty: 0.1,
          presencePenalty: 0.2,
          choiceCount: 1,
          stream: false,
        }),
        "gen_ai.output.type": "json",
        ...responseAttributes({ id: res.id, model: MODEL, finishReasons: ["stop"] }),
        ...usage,
      },
    });
  });

  it("tool calls and their results as content, under the opt-in", async () => {
    configureContent({ capture: true });
    const first = await client.chat.complete({ model: MODEL, messages: [{ role: "system", content: "Be brief." }, ...messages], tools });
    const call = first.choices![0]!.message!.toolCalls![0]!;
    let attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.finish_reasons"]).toEqual(["tool_calls"]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "system", parts: [{ type: "text", content: "Be brief." }] },
      { role: "user", parts: [{ type: "text", content: "How do refunds work?" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(MISTRAL_TEXT, { id: call.id, name: "get_weather", arguments: MISTRAL_TOOL_ARGS }, "tool_calls"),
    );

    otel.exporter.reset();
    await client.chat.complete({
      model: MODEL,
      messages: [
        ...messages,
        { role: "assistant", content: "", toolCalls: [call] },
        { role: "tool", toolCallId: call.id!, name: "get_weather", content: "18°C" },
      ],
    });
    attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string).slice(1)).toEqual([
      { role: "assistant", parts: [{ type: "tool_call", id: call.id, name: "get_weather", arguments: MISTRAL_TOOL_ARGS }] },
      { role: "tool", parts: [{ type: "tool_call_response", id: call.id, response: "18°C" }] },
    ]);
  });

  it("no content without the opt-in", async () => {
    await client.chat.complete({ model: MODEL, messages, tools });
    const keys = Object.keys(otel.span(`chat ${MODEL}`).attributes);
    expect(keys.filter((k) => /input\.messages|output\.messages|system_instructions/.test(k))).toEqual([]);
  });

  it("an API error: ERROR status, error.type, HTTP status; the same error reaches the app", async () => {
    fake().failNext(400);
    const err = await client.chat.complete({ model: MODEL, messages }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as { statusCode?: number }).statusCode).toBe(400);
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toMatchObject({ "error.type": (err as Error).constructor.name, "http.response.status_code": 400 });
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBeUndefined();
  });
});

describe("@mistralai/mistralai chat.stream", () => {
  it("streams: TTFT, usage from the last chunk, text and tool call joined, the app sees every event", async () => {
    configureContent({ capture: true });
    let text = "";
    let events = 0;
    for await (const event of await client.chat.stream({ model: MODEL, messages, tools })) {
      events++;
      const delta = event.data.choices[0]?.delta.content;
      if (typeof delta === "string") text += delta;
    }
    expect(text).toBe(MISTRAL_TEXT);
    expect(events).toBe(MISTRAL_TEXT.split(" ").length + 3);
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.model": MODEL,
      "gen_ai.response.id": expect.stringMatching(/^cmpl-fake-/),
      "gen_ai.response.finish_reasons": ["tool_calls"],
      ...usage,
    });
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(MISTRAL_TEXT, { id: "call_fake_1", name: "get_weather", arguments: MISTRAL_TOOL_ARGS }, "tool_calls"),
    );
  });

  it("a consumer that stops early ends the span without error or usage", async () => {
    for await (const _ of await client.chat.stream({ model: MODEL, messages })) break;
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBeUndefined();
    expect(span.attributes["gen_ai.response.finish_reasons"]).toBeUndefined();
  });

  it("a stream refused by the API fails its span", async () => {
    fake().failNext(422);
    await expect(client.chat.stream({ model: MODEL, messages })).rejects.toThrow();
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes["http.response.status_code"]).toBe(422);
  });
});

describe("@mistralai/mistralai fim (code completion)", () => {
  it("fim.complete: a text_completion span; prompt and suffix as the input under the opt-in", async () => {
    configureContent({ capture: true });
    const res = await client.fim.complete({ model: "codestral-latest", prompt: "def add(a, b):", suffix: "return c", maxTokens: 64, temperature: 0 });
    const attrs = otel.span("text_completion codestral-latest").attributes;
    expect(attrs).toMatchObject({
      "gen_ai.operation.name": "text_completion",
      "gen_ai.provider.name": "mistral_ai",
      "gen_ai.request.max_tokens": 64,
      "gen_ai.request.temperature": 0,
      "gen_ai.request.stream": false,
      "gen_ai.response.id": res.id,
      "gen_ai.response.finish_reasons": ["stop"],
      ...usage,
    });
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      {
        role: "user",
        parts: [
          { type: "text", content: "def add(a, b):" },
          { type: "text", content: "return c" },
        ],
      },
    ]);
  });

  it("fim.stream: usage from the last chunk", async () => {
    let text = "";
    for await (const event of await client.fim.stream({ model: "codestral-latest", prompt: "def add(a, b):" }))
      text += String(event.data.choices[0]?.delta.content ?? "");
    expect(text).toBe(MISTRAL_TEXT);
    expect(otel.span("text_completion codestral-latest").attributes).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.finish_reasons": ["stop"],
      ...usage,
    });
  });
});

describe("@mistralai/mistralai embeddings.create", () => {
  it("records an embeddings span with its token count; vectors never recorded", async () => {
    configureContent({ capture: true });
    const res = await client.embeddings.create({ model: "mistral-embed", inputs: ["a", "b"], outputDimension: 3 });
    expect(res.data).toHaveLength(2);
    expect(otel.span("embeddings mistral-embed").attributes).toEqual({
      ...providerCall({ operation: "embeddings", provider: "mistral_ai", model: "mistral-embed", port: port() }),
      "gen_ai.embeddings.dimension.count": 3,
      "gen_ai.response.id": res.id,
      "gen_ai.response.model": "mistral-embed",
      "gen_ai.usage.input_tokens": MISTRAL_EMBED_TOKENS,
    });
  });

  it("instrumentMistral names what it expected when given something else", () => {
    expect(() => instrumentMistral({})).toThrow(/instrumentMistral: expected the `@mistralai\/mistralai` module/);
  });
});
