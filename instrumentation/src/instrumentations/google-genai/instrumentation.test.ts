import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { GEMINI_MODEL_VERSION, GEMINI_TEXT, GEMINI_TOOL_ARGS, GEMINI_USAGE, startFakeGemini } from "../../test-support/fake-gemini-server";
import { expectFailedSpan, expectSpan, providerCall, replyWithToolCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentGoogleGenAI } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(async () => instrumentGoogleGenAI(await import("@google/genai")), startFakeGemini);
// The package's type declarations are ESM-only: loaded with import(), as an ESM app would.
let ai: InstanceType<typeof import("@google/genai", { with: { "resolution-mode": "import" } }).GoogleGenAI>;

beforeAll(async () => {
  const { GoogleGenAI } = await import("@google/genai");
  ai = new GoogleGenAI({ apiKey: "gm-test", httpOptions: { baseUrl: fake().url } });
});

const MODEL = "gemini-2.5-flash";
const u = GEMINI_USAGE;
const usage = {
  "gen_ai.usage.input_tokens": u.promptTokenCount,
  "gen_ai.usage.output_tokens": u.candidatesTokenCount + u.thoughtsTokenCount,
  "gen_ai.usage.cache_read.input_tokens": u.cachedContentTokenCount,
  "gen_ai.usage.reasoning.output_tokens": u.thoughtsTokenCount,
};

describe("@google/genai models.generateContent", () => {
  it("records a call attribute by attribute", async () => {
    const res = await ai.models.generateContent({
      model: MODEL,
      contents: "How do refunds work?",
      config: {
        temperature: 0.4,
        topP: 0.9,
        topK: 32,
        maxOutputTokens: 256,
        stopSequences: ["END"],
        seed: 3,
        candidateCount: 1,
        responseMimeType: "application/json",
      },
    });
    expect(res.text).toBe(GEMINI_TEXT);
    expectSpan(otel.span(`generate_content ${MODEL}`), {
      kind: SpanKind.CLIENT,
      attributes: {
        ...providerCall({ operation: "generate_content", provider: "gcp.gemini", model: MODEL, port: port() }),
        ...requestAttributes({ temperature: 0.4, topP: 0.9, topK: 32, maxTokens: 256, stopSequences: ["END"], seed: 3, choiceCount: 1, stream: false }),
        "gen_ai.output.type": "json",
        ...responseAttributes({ id: res.responseId, model: GEMINI_MODEL_VERSION, finishReasons: ["stop"] }),
        ...usage,
      },
    });
  });

  it("content, system instruction and function calls under the opt-in", async () => {
    configureContent({ capture: true });
    const tools = [{ functionDeclarations: [{ name: "get_weather", description: "Weather" }] }];
    await ai.models.generateContent({
      model: MODEL,
      contents: [
        { role: "user", parts: [{ text: "Weather in Paris?" }] },
        { role: "model", parts: [{ text: "Checking." }] },
        { role: "user", parts: [{ text: "Go on." }] },
      ],
      config: { systemInstruction: "Be brief.", tools },
    });
    const attrs = otel.span(`generate_content ${MODEL}`).attributes;
    expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "Be brief." }]);
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "user", parts: [{ type: "text", content: "Weather in Paris?" }] },
      { role: "assistant", parts: [{ type: "text", content: "Checking." }] },
      { role: "user", parts: [{ type: "text", content: "Go on." }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(GEMINI_TEXT, { name: "get_weather", arguments: GEMINI_TOOL_ARGS }, "stop"),
    );
  });

  it("no content without the opt-in", async () => {
    await ai.models.generateContent({ model: MODEL, contents: "Hi", config: { systemInstruction: "Be brief." } });
    const keys = Object.keys(otel.span(`generate_content ${MODEL}`).attributes);
    expect(keys.filter((k) => /input\.messages|output\.messages|system_instructions/.test(k))).toEqual([]);
  });

  it("an API error: ERROR status, error.type ApiError, HTTP status", async () => {
    fake().failNext(400);
    await expect(ai.models.generateContent({ model: MODEL, contents: "Hi" })).rejects.toThrow(/injected 400/);
    expectFailedSpan(otel.span(`generate_content ${MODEL}`), "ApiError", 400);
  });
});

describe("@google/genai models.generateContentStream", () => {
  it("streams: TTFT, the last cumulative usage, text and function call merged, the app sees every chunk", async () => {
    configureContent({ capture: true });
    let text = "";
    const stream = await ai.models.generateContentStream({
      model: MODEL,
      contents: "Weather?",
      config: { tools: [{ functionDeclarations: [{ name: "get_weather" }] }] },
    });
    for await (const chunk of stream) text += chunk.text ?? "";
    expect(text).toBe(GEMINI_TEXT);
    const attrs = otel.span(`generate_content ${MODEL}`).attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({
      "gen_ai.request.stream": true,
      "gen_ai.response.model": GEMINI_MODEL_VERSION,
      "gen_ai.response.id": expect.stringMatching(/^resp-/),
      "gen_ai.response.finish_reasons": ["stop"],
      ...usage,
    });
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual(
      replyWithToolCall(GEMINI_TEXT, { name: "get_weather", arguments: GEMINI_TOOL_ARGS }, "stop"),
    );
  });

  it("a consumer that stops early ends the span without error", async () => {
    for await (const _ of await ai.models.generateContentStream({ model: MODEL, contents: "Hi" })) break;
    const span = otel.span(`generate_content ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["gen_ai.response.finish_reasons"]).toBeUndefined();
  });
});

describe("@google/genai models.embedContent", () => {
  it("records an embeddings span; vectors never recorded", async () => {
    configureContent({ capture: true });
    const res = await ai.models.embedContent({ model: "text-embedding-004", contents: ["a", "b"], config: { outputDimensionality: 3 } });
    expect(res.embeddings).toHaveLength(2);
    expect(otel.span("embeddings text-embedding-004").attributes).toEqual({
      ...providerCall({ operation: "embeddings", provider: "gcp.gemini", model: "text-embedding-004", port: port() }),
      "gen_ai.embeddings.dimension.count": 3,
    });
  });

  it("instrumentGoogleGenAI names what it expected when given something else", () => {
    expect(() => instrumentGoogleGenAI({})).toThrow(/instrumentGoogleGenAI: expected the `@google\/genai` module/);
  });
});
