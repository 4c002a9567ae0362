import Anthropic from "@anthropic-ai/sdk";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { hrTimeToMilliseconds } from "@opentelemetry/core";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { withPrompt } from "../../prompt";
import { FAKE_ANTHROPIC_TEXT, FAKE_ANTHROPIC_USAGE, FAKE_TOOL_INPUT, startFakeAnthropic } from "../../test-support/fake-anthropic-server";
import { expectSpan, providerCall, replyWithToolCall, usageWithCache, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentAnthropic } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentAnthropic(Anthropic), startFakeAnthropic);
let client: Anthropic;

beforeAll(() => {
  client = new Anthropic({ baseURL: fake().url, apiKey: "sk-ant-test", maxRetries: 0 });
});

const MODEL = "claude-sonnet-4-5";
const request = { model: MODEL, max_tokens: 256, messages: [{ role: "user" as const, content: "How do refunds work?" }] };
const u = FAKE_ANTHROPIC_USAGE;
// Anthropic's input_tokens leaves out the cached tokens.
const usageAttributes = usageWithCache({
  uncachedInput: u.input_tokens,
  output: u.output_tokens,
  cacheRead: u.cache_read_input_tokens,
  cacheWrite: u.cache_creation_input_tokens,
});
/** Time to first chunk lies between the request start and the span end. */
const expectTtftWithinSpan = (span: ReadableSpan) => {
  const ttft = span.attributes["gen_ai.response.time_to_first_chunk"] as number;
  expect(ttft).toBeGreaterThan(0);
  expect(ttft).toBeLessThanOrEqual(hrTimeToMilliseconds(span.duration) / 1000);
};

describe("Anthropic messages.create", () => {
  it("records a non-streamed call attribute by attribute, as the only span", async () => {
    // This SDK version's types no longer list the sampling parameters; apps on older types still send them.
    const sampling = { temperature: 0.5, top_p: 0.9, top_k: 40 } as object;
    const msg = await client.messages.create({ ...request, ...sampling, stop_sequences: ["END"], system: "Be brief." });
    expect(otel.spans()).toHaveLength(1); // the SDK's own anthropic.messages.create span is switched off
    expectSpan(otel.span(`chat ${MODEL}`), {
      kind: SpanKind.CLIENT,
      attributes: {
        ...providerCall({ operation: "chat", provider: "anthropic", model: MODEL, port: port() }),
        ...requestAttributes({ maxTokens: 256, temperature: 0.5, topP: 0.9, topK: 40, stopSequences: ["END"], stream: false }),
        ...responseAttributes({ id: msg.id, model: MODEL, finishReasons: ["end_turn"] }),
        ...usageAttributes,
      },
    });
  });

  it("stream: true — TTFT, usage from message_start and message_delta", async () => {
    const events: string[] = [];
    let id = "";
    for await (const event of await client.messages.create({ ...request, stream: true })) {
      events.push(event.type);
      if (event.type === "message_start") id = event.message.id;
    }
    expect(events.at(-1)).toBe("message_stop");
    expect(id).toMatch(/^msg_fake_\d+$/);
    const span = otel.span(`chat ${MODEL}`);
    expectTtftWithinSpan(span);
    expect(span.attributes).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.id": id,
      "gen_ai.response.model": MODEL,
      "gen_ai.response.finish_reasons": ["end_turn"],
      ...usageAttributes,
    });
  });

  it("messages.stream() helper: one span, content and tool use captured when opted in", async () => {
    configureContent({ capture: true });
    const tools = [{ name: "get_weather", description: "Weather", input_schema: { type: "object" as const, properties: { city: { type: "string" } } } }];
    const stream = client.messages.stream({ ...request, tools });
    const final = await stream.finalMessage();
    expect(final.content.find((b) => b.type === "tool_use")).toMatchObject({ input: FAKE_TOOL_INPUT });
    expect(otel.spans()).toHaveLength(1);
    const span = otel.span(`chat ${MODEL}`);
    const attrs = span.attributes;
    expect(attrs).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.id": final.id,
      "gen_ai.response.finish_reasons": ["tool_use"],
      ...usageAttributes,
    });
    expectTtftWithinSpan(span);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(FAKE_ANTHROPIC_TEXT, { id: "toolu_fake_1", name: "get_weather", arguments: FAKE_TOOL_INPUT }, "tool_use"),
    );
  });

  it("tool results in the input are recorded as tool_call_response parts", async () => {
    configureContent({ capture: true });
    await client.messages.create({
      ...request,
      messages: [
        { role: "user", content: "Weather in Paris?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "18C" }] },
      ],
    });
    expect(JSON.parse(otel.span(`chat ${MODEL}`).attributes["gen_ai.input.messages"] as string)).toEqual([
      { role: "user", parts: [{ type: "text", content: "Weather in Paris?" }] },
      { role: "assistant", parts: [{ type: "tool_call", id: "toolu_1", name: "get_weather", arguments: { city: "Paris" } }] },
      { role: "user", parts: [{ type: "tool_call_response", id: "toolu_1", response: "18C" }] },
    ]);
  });

  it("early exit: break after the first event ends exactly one span", async () => {
    const stream = await client.messages.create({ ...request, stream: true });
    let id = "";
    for await (const event of stream) {
      expect(event.type).toBe("message_start");
      if (event.type === "message_start") id = event.message.id;
      break;
    }
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(id).toMatch(/^msg_fake_\d+$/);
    expect(span.attributes["gen_ai.response.id"]).toBe(id);
    expectTtftWithinSpan(span);
    expect(span.attributes["gen_ai.response.finish_reasons"]).toBeUndefined();
    // Input usage came with message_start; output never did (its placeholder 1 is not a count).
    expect(span.attributes["gen_ai.usage.input_tokens"]).toBeGreaterThan(0);
    expect(span.attributes).not.toHaveProperty("gen_ai.usage.output_tokens");
  });

  it("MessageStream.abort() ends the span without an error", async () => {
    const stream = client.messages.stream(request);
    await new Promise<void>((resolve) => stream.on("connect", () => resolve()));
    stream.abort();
    await stream.done().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(otel.span(`chat ${MODEL}`).status.code).toBe(SpanStatusCode.UNSET);
  });

  it("prompt context lands on the span", async () => {
    await withPrompt({ name: "triage", version: "1" }, () => client.messages.create(request));
    expect(otel.span(`chat ${MODEL}`).attributes).toMatchObject({ "gen_ai.prompt.name": "triage", "gen_ai.prompt.version": "1" });
  });
});

describe("Anthropic errors", () => {
  it("429 and 500: error.type, HTTP status, ERROR status", async () => {
    fake().failNext(429);
    await expect(client.messages.create(request)).rejects.toBeInstanceOf(Anthropic.RateLimitError);
    expect(otel.span(`chat ${MODEL}`).attributes).toMatchObject({ "error.type": "RateLimitError", "http.response.status_code": 429 });
    expect(otel.span(`chat ${MODEL}`).status.code).toBe(SpanStatusCode.ERROR);
    otel.exporter.reset();
    fake().failNext(500);
    await expect(client.messages.create({ ...request, stream: true })).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    expect(otel.span(`chat ${MODEL}`).attributes).toMatchObject({ "error.type": "InternalServerError", "http.response.status_code": 500 });
  });

  it("timeout", async () => {
    fake().hangNext();
    const c = new Anthropic({ baseURL: fake().url, apiKey: "sk-ant-test", maxRetries: 0, timeout: 200 });
    await expect(c.messages.create(request)).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    expect(otel.span(`chat ${MODEL}`).attributes["error.type"]).toBe("APIConnectionTimeoutError");
  });

  it("retries stay inside one span", async () => {
    fake().failNext(529, 429);
    const before = fake().requests;
    const c = new Anthropic({ baseURL: fake().url, apiKey: "sk-ant-test", maxRetries: 2 });
    await c.messages.create(request);
    expect(fake().requests - before).toBe(3);
    expect(otel.spans()).toHaveLength(1);
    expect(otel.span(`chat ${MODEL}`).status.code).toBe(SpanStatusCode.UNSET);
  });
});
