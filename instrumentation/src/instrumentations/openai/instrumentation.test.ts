import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { hrTimeToMilliseconds } from "@opentelemetry/core";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../../tools/src/demo/fake-openai-server";
import { configureContent } from "../../content";
import { traceLlmCall } from "../../llm";
import { withPrompt } from "../../prompt";
import { withContext } from "../../scope";
import { CHAT_USAGE, EXTRAS_TEXT, RESPONSES_USAGE, startFakeOpenAIExtras, type FakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { expectSpan, providerCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInMemoryTracing } from "../../test-support/in-memory";
import { instrumentOpenAI } from "./instrumentation";

const otel = useInMemoryTracing();
let fake: FakeOpenAI;
let failing: FakeOpenAI;
let extras: FakeOpenAIExtras;
let client: OpenAI;
let extrasClient: OpenAI;

beforeAll(async () => {
  instrumentOpenAI(OpenAI);
  fake = await startFakeOpenAI({ latency: { scale: 0 }, seed: 3 });
  failing = await startFakeOpenAI({ latency: { scale: 0 }, failureRate: 1, failureStatuses: [429] });
  extras = await startFakeOpenAIExtras();
  client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
  extrasClient = new OpenAI({ baseURL: `${extras.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
});
afterAll(async () => {
  await Promise.all([fake.close(), failing.close(), extras.close()]);
});
afterEach(() => configureContent());

const port = (url: string) => Number(new URL(url).port);
const messages = [
  { role: "system" as const, content: "You are terse." },
  { role: "user" as const, content: "How do refunds work?" },
];
/** The fake server's documented count: 3 per message plus ceil(characters / 4), and 3 to prime the reply. */
const PROMPT_TOKENS = 3 + (3 + Math.ceil("You are terse.".length / 4)) + (3 + Math.ceil("How do refunds work?".length / 4));
/** Its completion count for a model without reasoning: ceil(characters / 4) of the reply. */
const completionTokens = (text: string) => Math.ceil(text.length / 4);
/** Time to first chunk lies between the request start and the span end. */
const expectTtftWithinSpan = (span: ReadableSpan) => {
  const ttft = span.attributes["gen_ai.response.time_to_first_chunk"] as number;
  expect(ttft).toBeGreaterThan(0);
  expect(ttft).toBeLessThanOrEqual(hrTimeToMilliseconds(span.duration) / 1000);
};
const textOf = (chunks: { choices: unknown[] }[]) => chunks.map((c) => (c.choices as { delta: { content?: string } }[])[0]?.delta.content ?? "").join("");

describe("OpenAI chat.completions.create", () => {
  it("records a non-streamed call attribute by attribute", async () => {
    const res = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages,
      temperature: 0.2,
      top_p: 0.9,
      max_tokens: 200,
      seed: 7,
      stop: ["END"],
      frequency_penalty: 0.1,
      presence_penalty: 0.3,
      n: 1,
    });
    expectSpan(otel.span("chat gpt-4o-mini"), {
      kind: SpanKind.CLIENT,
      attributes: {
        ...providerCall({ operation: "chat", provider: "openai", model: "gpt-4o-mini", port: port(fake.url) }),
        ...requestAttributes({
          temperature: 0.2,
          topP: 0.9,
          maxTokens: 200,
          seed: 7,
          stopSequences: ["END"],
          frequencyPenalty: 0.1,
          presencePenalty: 0.3,
          choiceCount: 1,
          stream: false,
        }),
        ...responseAttributes({ id: res.id, model: res.model, finishReasons: [res.choices[0]!.finish_reason] }),
        "gen_ai.usage.input_tokens": res.usage!.prompt_tokens,
        "gen_ai.usage.output_tokens": res.usage!.completion_tokens,
        ...(res.usage!.prompt_tokens_details?.cached_tokens !== undefined && {
          "gen_ai.usage.cache_read.input_tokens": res.usage!.prompt_tokens_details.cached_tokens,
        }),
        ...(res.usage!.completion_tokens_details?.reasoning_tokens !== undefined && {
          "gen_ai.usage.reasoning.output_tokens": res.usage!.completion_tokens_details.reasoning_tokens,
        }),
      },
    });
  });

  it("records cache and reasoning tokens", async () => {
    await extrasClient.chat.completions.create({ model: "o4-mini", messages });
    expect(otel.span("chat o4-mini").attributes).toMatchObject({
      "gen_ai.response.model": "o4-mini-2025-01-01",
      "gen_ai.usage.input_tokens": CHAT_USAGE.prompt_tokens,
      "gen_ai.usage.output_tokens": CHAT_USAGE.completion_tokens,
      "gen_ai.usage.cache_read.input_tokens": 32,
      "gen_ai.usage.reasoning.output_tokens": 38,
    });
  });

  it("keeps the APIPromise: withResponse() still works", async () => {
    const { data, response } = await client.chat.completions.create({ model: "gpt-4o-mini", messages }).withResponse();
    expect(response.status).toBe(200);
    expect(otel.span("chat gpt-4o-mini").attributes["gen_ai.response.id"]).toBe(data.id);
  });

  it("streams: TTFT, provider usage, and the app sees exactly the chunks it would without llmscope", async () => {
    const bare = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
    const seen: Record<string, unknown>[] = [];
    for await (const chunk of await client.chat.completions.create({ model: "gpt-4o", messages, stream: true })) seen.push(chunk as never);
    const span = otel.span("chat gpt-4o");
    // The same kind of request with llmscope out of the way (inside traceLlmCall it steps aside).
    // The fake's text differs per request, so the chunks are compared by shape.
    const expected: Record<string, unknown>[] = [];
    await traceLlmCall({ provider: "openai", model: "gpt-4o" }, async () => {
      for await (const chunk of await bare.chat.completions.create({ model: "gpt-4o", messages, stream: true })) expected.push(chunk as never);
    });
    const shape = (c: Record<string, unknown>) => Object.keys(c).sort().join(",");
    expect(new Set(seen.map(shape))).toEqual(new Set(expected.map(shape)));
    expect(seen.every((c) => !("usage" in c) && (c.choices as unknown[]).length === 1)).toBe(true);
    expect((seen.at(-1)!.choices as { finish_reason: string }[])[0]!.finish_reason).toBe("stop");
    const text = textOf(seen as { choices: unknown[] }[]);
    expect(text).toMatch(/^\S/);

    expect(span.attributes["gen_ai.request.stream"]).toBe(true);
    expectTtftWithinSpan(span);
    expect(span.attributes["gen_ai.response.id"]).toBe((seen[0] as { id: string }).id);
    expect(span.attributes["gen_ai.response.model"]).toBe("gpt-4o-2024-08-06");
    expect(span.attributes["gen_ai.response.finish_reasons"]).toEqual(["stop"]);
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBe(PROMPT_TOKENS);
    expect(span.attributes["gen_ai.usage.output_tokens"]).toBe(completionTokens(text));
  });

  it("passes usage through untouched when the app asked for it", async () => {
    const chunks: { usage?: unknown; choices: unknown[] }[] = [];
    for await (const c of await client.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true, stream_options: { include_usage: true } }))
      chunks.push(c);
    expect(chunks.at(-1)!.choices).toEqual([]);
    const output = completionTokens(textOf(chunks));
    expect(chunks.at(-1)!.usage).toMatchObject({ prompt_tokens: PROMPT_TOKENS, completion_tokens: output, total_tokens: PROMPT_TOKENS + output });
    expect(chunks.filter((c) => c.usage)).toHaveLength(1);
    expect(otel.span("chat gpt-4o-mini").attributes).toMatchObject({ "gen_ai.usage.input_tokens": PROMPT_TOKENS, "gen_ai.usage.output_tokens": output });
  });

  it("ends exactly one span when the consumer breaks after the first chunk", async () => {
    const stream = await client.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true });
    let count = 0;
    let firstId = "";
    for await (const chunk of stream) {
      count++;
      firstId = chunk.id;
      expect(chunk.choices[0]!.delta.role).toBe("assistant");
      break;
    }
    expect(count).toBe(1);
    const span = otel.span("chat gpt-4o-mini");
    expect(span.ended).toBe(true);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(firstId).toMatch(/^chatcmpl-/);
    expect(span.attributes["gen_ai.response.id"]).toBe(firstId);
    expectTtftWithinSpan(span);
    expect(span.attributes["gen_ai.response.finish_reasons"]).toBeUndefined();
    expect(span.attributes["gen_ai.usage.output_tokens"]).toBeUndefined();
  });

  it("records content only when capture is on, capped, as semconv messages", async () => {
    await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(Object.keys(otel.span("chat gpt-4o-mini").attributes).filter((k) => k.includes("messages"))).toEqual([]);
    otel.exporter.reset();
    configureContent({ capture: true, maxBytes: 4096 });
    const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    const attrs = otel.span("chat gpt-4o-mini").attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "system", parts: [{ type: "text", content: "You are terse." }] },
      { role: "user", parts: [{ type: "text", content: "How do refunds work?" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      { role: "assistant", parts: [{ type: "text", content: res.choices[0]!.message.content }], finish_reason: res.choices[0]!.finish_reason },
    ]);
    otel.exporter.reset();
    configureContent({ capture: true, maxBytes: 64 });
    await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(Buffer.byteLength(otel.span("chat gpt-4o-mini").attributes["gen_ai.input.messages"] as string)).toBeLessThanOrEqual(64);
  });

  it("gets prompt and app context from withPrompt/withContext", async () => {
    await withContext({ userId: "u-1", sessionId: "s-1" }, () =>
      withPrompt({ name: "support-answer", version: "4", variant: "a" }, () => client.chat.completions.create({ model: "gpt-4o-mini", messages })),
    );
    expect(otel.span("chat gpt-4o-mini").attributes).toMatchObject({
      "user.id": "u-1",
      "session.id": "s-1",
      "gen_ai.prompt.name": "support-answer",
      "gen_ai.prompt.version": "4",
      "llmscope.prompt.variant": "a",
    });
  });

  it("steps aside inside traceLlmCall: one call, one span", async () => {
    await traceLlmCall({ provider: "openai", model: "gpt-4o-mini" }, () => client.chat.completions.create({ model: "gpt-4o-mini", messages }));
    expect(otel.spans().map((s) => s.instrumentationScope.name)).toEqual(["llmscope"]);
    expect(otel.spans()).toHaveLength(1);
  });
});

describe("OpenAI errors", () => {
  it("429: error.type, HTTP status, ERROR status", async () => {
    const c = new OpenAI({ baseURL: `${failing.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
    await expect(c.chat.completions.create({ model: "gpt-4o-mini", messages })).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    const span = otel.span("chat gpt-4o-mini");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes["error.type"]).toBe("RateLimitError");
    expect(span.attributes["http.response.status_code"]).toBe(429);
    expect(span.events.map((e) => e.name)).toEqual(["exception"]);
  });

  it("500 on a stream request", async () => {
    extras.failNext(500);
    await expect(extrasClient.chat.completions.create({ model: "gpt-4o", messages, stream: true })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    expect(otel.span("chat gpt-4o").attributes).toMatchObject({ "error.type": "InternalServerError", "http.response.status_code": 500 });
  });

  it("timeout", async () => {
    extras.hangNext();
    const c = new OpenAI({ baseURL: `${extras.url}/v1`, apiKey: "sk-test", maxRetries: 0, timeout: 200 });
    await expect(c.chat.completions.create({ model: "gpt-4o", messages })).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const span = otel.span("chat gpt-4o");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes["error.type"]).toBe("APIConnectionTimeoutError");
  });

  it("the SDK's retries stay inside one span", async () => {
    extras.failNext(429, 500);
    const before = extras.requests;
    const c = new OpenAI({ baseURL: `${extras.url}/v1`, apiKey: "sk-test", maxRetries: 2 });
    const res = await c.chat.completions.create({ model: "gpt-4o", messages });
    expect(extras.requests - before).toBe(3);
    const span = otel.span("chat gpt-4o");
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.response.id"]).toBe(res.id);
  });
});

describe("OpenAI embeddings, responses, completions", () => {
  it("embeddings: usage, never vectors even with content capture on", async () => {
    configureContent({ capture: true });
    const res = await client.embeddings.create({ model: "text-embedding-3-small", input: ["refund policy"], dimensions: 256, encoding_format: "float" });
    const span = otel.span("embeddings text-embedding-3-small");
    expect(span.attributes).toEqual({
      ...providerCall({ operation: "embeddings", provider: "openai", model: "text-embedding-3-small", port: port(fake.url) }),
      "gen_ai.embeddings.dimension.count": 256,
      "gen_ai.request.encoding_formats": ["float"],
      "gen_ai.response.model": res.model,
      "gen_ai.usage.input_tokens": res.usage.prompt_tokens,
    });
  });

  it("responses.create: usage with cache and reasoning tokens, instructions as system instructions", async () => {
    configureContent({ capture: true });
    const res = await extrasClient.responses.create({ model: "o4-mini", instructions: "Be brief.", input: "How do refunds work?", max_output_tokens: 300 });
    const attrs = otel.span("chat o4-mini").attributes;
    expect(attrs).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.max_tokens": 300,
      "gen_ai.request.stream": false,
      "gen_ai.response.id": res.id,
      "gen_ai.response.model": "o4-mini-2025-01-01",
      "gen_ai.response.finish_reasons": ["stop"],
      "gen_ai.usage.input_tokens": RESPONSES_USAGE.input_tokens,
      "gen_ai.usage.output_tokens": RESPONSES_USAGE.output_tokens,
      "gen_ai.usage.cache_read.input_tokens": 32,
      "gen_ai.usage.reasoning.output_tokens": 38,
      "gen_ai.system_instructions": JSON.stringify([{ type: "text", content: "Be brief." }]),
      "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "How do refunds work?" }] }]),
      "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: EXTRAS_TEXT }], finish_reason: "stop" }]),
    });
  });

  it("responses.create streamed: usage from response.completed, TTFT", async () => {
    let text = "";
    for await (const event of await extrasClient.responses.create({ model: "o4-mini", input: "hi", stream: true })) {
      if (event.type === "response.output_text.delta") text += event.delta;
    }
    expect(text).toBe(EXTRAS_TEXT);
    const span = otel.span("chat o4-mini");
    expectTtftWithinSpan(span);
    expect(span.attributes).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.usage.input_tokens": RESPONSES_USAGE.input_tokens,
      "gen_ai.usage.output_tokens": RESPONSES_USAGE.output_tokens,
      "gen_ai.usage.cache_read.input_tokens": 32,
      "gen_ai.usage.reasoning.output_tokens": 38,
      "gen_ai.response.finish_reasons": ["stop"],
    });
  });

  it("completions.create: text_completion", async () => {
    await extrasClient.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi", max_tokens: 7 });
    expect(otel.span("text_completion gpt-3.5-turbo-instruct").attributes).toMatchObject({
      "gen_ai.operation.name": "text_completion",
      "gen_ai.request.max_tokens": 7,
      "gen_ai.response.finish_reasons": ["length"],
      "gen_ai.usage.input_tokens": 5,
      "gen_ai.usage.output_tokens": 7,
    });
  });
});
