import * as bedrock from "@aws-sdk/client-bedrock-runtime";
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import {
  ANTHROPIC_BODY_USAGE,
  BEDROCK_TEXT,
  BEDROCK_TOOL_INPUT,
  BEDROCK_USAGE,
  LLAMA_COUNTS,
  startFakeBedrock,
  TITAN_EMBED_TOKENS,
} from "../../test-support/fake-bedrock-server";
import {
  expectFailedSpan,
  expectSpan,
  providerCall,
  replyWithToolCall,
  usageWithCache,
  requestAttributes,
  responseAttributes,
} from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentBedrock } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentBedrock(bedrock), startFakeBedrock);
let client: BedrockRuntimeClient;

beforeAll(() => {
  client = new BedrockRuntimeClient({
    region: "us-east-1",
    endpoint: fake().url,
    credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "secret-test" },
    maxAttempts: 1,
  });
});

const MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
const messages = [{ role: "user" as const, content: [{ text: "How do refunds work?" }] }];
const u = BEDROCK_USAGE;
// Bedrock's inputTokens leaves out the cached tokens.
const usage = usageWithCache({ uncachedInput: u.inputTokens, output: u.outputTokens, cacheRead: u.cacheReadInputTokens, cacheWrite: u.cacheWriteInputTokens });

describe("Bedrock Converse", () => {
  it("records a call attribute by attribute", async () => {
    const out = await client.send(
      new ConverseCommand({
        modelId: MODEL,
        messages,
        inferenceConfig: { maxTokens: 256, temperature: 0.2, topP: 0.9, stopSequences: ["END"] },
        additionalModelRequestFields: { top_k: 40 },
      }),
    );
    expect(out.output?.message?.content?.[0]?.text).toBe(BEDROCK_TEXT);
    expectSpan(otel.span(`chat ${MODEL}`), {
      kind: SpanKind.CLIENT,
      attributes: {
        ...providerCall({ operation: "chat", provider: "aws.bedrock", model: MODEL, port: port() }),
        ...requestAttributes({ maxTokens: 256, temperature: 0.2, topP: 0.9, topK: 40, stopSequences: ["END"], stream: false }),
        ...responseAttributes({ finishReasons: ["end_turn"] }),
        ...usage,
      },
    });
  });

  it("content, system and tool use under the opt-in", async () => {
    configureContent({ capture: true });
    const toolConfig = { tools: [{ toolSpec: { name: "get_weather", description: "Weather", inputSchema: { json: { type: "object" } } } }] };
    await client.send(new ConverseCommand({ modelId: MODEL, messages, system: [{ text: "Be brief." }], toolConfig }));
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.finish_reasons"]).toEqual(["tool_use"]);
    expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "Be brief." }]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "How do refunds work?" }] }]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(BEDROCK_TEXT, { id: "tooluse_1", name: "get_weather", arguments: BEDROCK_TOOL_INPUT }, "tool_use"),
    );
  });

  it("an error: ERROR status, the exception class as error.type, HTTP status; the app gets the SDK's error", async () => {
    fake().failNext(400);
    await expect(client.send(new ConverseCommand({ modelId: MODEL, messages }))).rejects.toMatchObject({ name: "ValidationException" });
    expectFailedSpan(otel.span(`chat ${MODEL}`), "ValidationException", 400);
  });

  it("other commands go through untraced", async () => {
    await expect(client.send(new bedrock.ListAsyncInvokesCommand({}))).rejects.toBeDefined();
    expect(otel.spans()).toEqual([]);
  });
});

describe("Bedrock ConverseStream (AWS event-stream framing)", () => {
  it("streams: TTFT, usage from the metadata event, text and tool input assembled", async () => {
    configureContent({ capture: true });
    const toolConfig = { tools: [{ toolSpec: { name: "get_weather", inputSchema: { json: { type: "object" } } } }] };
    const out = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages, toolConfig }));
    let text = "";
    for await (const event of out.stream!) text += event.contentBlockDelta?.delta?.text ?? "";
    expect(text).toBe(BEDROCK_TEXT);
    const attrs = otel.span(`chat ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({ "gen_ai.request.stream": true, "gen_ai.response.finish_reasons": ["tool_use"], ...usage });
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(BEDROCK_TEXT, { id: "tooluse_1", name: "get_weather", arguments: BEDROCK_TOOL_INPUT }, "tool_use"),
    );
  });

  it("a consumer that stops early ends the span without error", async () => {
    const out = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages }));
    for await (const _ of out.stream!) break;
    const span = otel.span(`chat ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.usage.output_tokens"]).toBeUndefined();
  });
});

describe("Bedrock InvokeModel", () => {
  it("Anthropic Messages body: request parameters, usage with cache, response id and model", async () => {
    const body = JSON.stringify({
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: 200,
      temperature: 0.1,
      messages: [{ role: "user", content: "Refunds?" }],
    });
    const out = await client.send(new InvokeModelCommand({ modelId: MODEL, body, contentType: "application/json" }));
    expect(JSON.parse(out.body.transformToString()).content[0].text).toBe(BEDROCK_TEXT);
    const a = ANTHROPIC_BODY_USAGE;
    expect(otel.span(`chat ${MODEL}`).attributes).toEqual({
      ...providerCall({ operation: "chat", provider: "aws.bedrock", model: MODEL, port: port() }),
      "gen_ai.request.max_tokens": 200,
      "gen_ai.request.temperature": 0.1,
      "gen_ai.request.stream": false,
      "gen_ai.response.id": "msg_bdrk_1",
      "gen_ai.response.model": "claude-3-5-haiku-20241022",
      "gen_ai.response.finish_reasons": ["end_turn"],
      ...usageWithCache({
        uncachedInput: a.input_tokens,
        output: a.output_tokens,
        cacheRead: a.cache_read_input_tokens,
        cacheWrite: a.cache_creation_input_tokens,
      }),
    });
  });

  it("Titan embeddings (bytes body): an embeddings span with its input token count", async () => {
    const body = new TextEncoder().encode(JSON.stringify({ inputText: "refunds", dimensions: 256 }));
    await client.send(new InvokeModelCommand({ modelId: "amazon.titan-embed-text-v2:0", body }));
    expect(otel.span("embeddings amazon.titan-embed-text-v2:0").attributes).toMatchObject({
      "gen_ai.operation.name": "embeddings",
      "gen_ai.embeddings.dimension.count": 256,
      "gen_ai.usage.input_tokens": TITAN_EMBED_TOKENS,
    });
  });

  it("Llama prompt body: text_completion with prompt content under the opt-in", async () => {
    configureContent({ capture: true });
    await client.send(
      new InvokeModelCommand({ modelId: "meta.llama3-8b-instruct-v1:0", body: JSON.stringify({ prompt: "Refunds?", max_gen_len: 64, temperature: 0.5 }) }),
    );
    const attrs = otel.span("text_completion meta.llama3-8b-instruct-v1:0").attributes;
    expect(attrs).toMatchObject({
      "gen_ai.request.max_tokens": 64,
      "gen_ai.usage.input_tokens": LLAMA_COUNTS.prompt_token_count,
      "gen_ai.usage.output_tokens": LLAMA_COUNTS.generation_token_count,
      "gen_ai.response.finish_reasons": ["stop"],
    });
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "Refunds?" }] }]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      { role: "assistant", parts: [{ type: "text", content: BEDROCK_TEXT }], finish_reason: "stop" },
    ]);
  });

  it("the region's endpoint when none is configured (resolved once per client)", async () => {
    const regional = new BedrockRuntimeClient({
      region: "eu-west-3",
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "secret-test" },
      maxAttempts: 1,
    });
    // Nothing answers: the request is stopped before it leaves; the span still names the endpoint.
    const abort = new AbortController();
    abort.abort();
    await expect(regional.send(new ConverseCommand({ modelId: MODEL, messages }), { abortSignal: abort.signal })).rejects.toBeDefined();
    expect(otel.span(`chat ${MODEL}`).attributes).toMatchObject({ "server.address": "bedrock-runtime.eu-west-3.amazonaws.com", "server.port": 443 });
  });

  it("instrumentBedrock names what it expected when given something else", () => {
    expect(() => instrumentBedrock({})).toThrow(/instrumentBedrock: expected the `@aws-sdk\/client-bedrock-runtime` module/);
  });
});
