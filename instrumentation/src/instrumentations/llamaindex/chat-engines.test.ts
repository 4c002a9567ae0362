import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { expectFailedSpan, toolRunAttributes } from "../../test-support/expected-attributes";
import { EXTRAS_TEXT } from "../../test-support/fake-openai-extras";
import { parentId, spanTree, startedInOrder } from "../../test-support/in-memory";
import { useInstrumentedLlamaIndex } from "../../test-support/llamaindex-app";
import { expectedScoreStats } from "../../test-support/score-stats";

type Any = any;

/** The real llamaindex chat engines against the fake OpenAI servers (test-support/llamaindex-app.ts). */
const { otel, fake, li, extrasLlm } = useInstrumentedLlamaIndex();

const TEXTS = ["Refunds take five business days.", "Refunds go to the original card.", "Shipping is free above 50 euros."];

/** A retriever over TEXTS; the embedding calls that build its index are not part of the test's spans. */
async function buildRetriever(topK: number): Promise<Any> {
  const { Document, VectorStoreIndex } = li();
  const index = await VectorStoreIndex.fromDocuments(TEXTS.map((text, i) => new Document({ text, id_: `doc-${i + 1}` })));
  otel.exporter.reset();
  return index.asRetriever({ similarityTopK: topK });
}

const byOperation = (op: string): ReadableSpan[] => otel.spans().filter((s) => s.attributes["gen_ai.operation.name"] === op);
const spanId = (s: ReadableSpan): string => s.spanContext().spanId;
const tree = () => spanTree(otel.spans());

/** Reads a streamed answer to its end, noting after each chunk whether a span of that name had ended yet. */
async function readAll(stream: AsyncIterable<Any>, spanName: string): Promise<{ text: string; endedWhileReading: boolean[] }> {
  let text = "";
  const endedWhileReading: boolean[] = [];
  for await (const chunk of stream) {
    text += chunk.delta ?? "";
    endedWhileReading.push(otel.spans().some((s) => s.name === spanName));
  }
  return { text, endedWhileReading };
}

describe("LlamaIndex TS chat engines: chat → retrieval → LLM", () => {
  it("ContextChatEngine: one tree under the app's span; the model call is the openai SDK's span, none from LlamaIndex itself", async () => {
    const engine = new (li().ContextChatEngine)({ retriever: await buildRetriever(2) });
    const response = await otel.tracer().startActiveSpan("answer question", async (app) => {
      const r = await engine.chat({ message: "How long do refunds take?" });
      app.end();
      return r;
    });
    expect(String(response).length).toBeGreaterThan(0);

    // One trace: each span with its parent's name and the instrumentation that made it. The model
    // call and the query embedding are the openai SDK's spans; LlamaIndex adds none of its own.
    expect(tree()).toEqual([
      ["answer question", undefined, "test-app"],
      ["chat ContextChatEngine", "answer question", "llmscope-llamaindex"],
      ["chat gpt-4o-mini", "chat ContextChatEngine", "llmscope-openai"],
      ["embeddings text-embedding-3-small", "retrieval SimpleVectorStore", "llmscope-openai"],
      ["retrieval SimpleVectorStore", "chat ContextChatEngine", "llmscope-llamaindex"],
    ]);
    expect(new Set(otel.spans().map((s) => s.spanContext().traceId)).size).toBe(1);
    const chatEngine = otel.span("chat ContextChatEngine");
    const retrieval = otel.span("retrieval SimpleVectorStore");
    const chat = byOperation("chat");
    // No GenAI attribute: nothing may count the engine's span as a second model call.
    expect([chatEngine.kind, chatEngine.attributes, chatEngine.status.code]).toEqual([SpanKind.INTERNAL, {}, SpanStatusCode.UNSET]);
    // The retriever's own span (asserted attribute by attribute in instrumentation.test.ts): here,
    // that it found the nodes the engine answered from.
    const scores = response.sourceNodes.map((n: Any) => n.score as number);
    expect([retrieval.attributes["llmscope.retrieval.documents.count"], retrieval.attributes["gen_ai.retrieval.top_k"]]).toEqual([scores.length, 2]);
    expect(retrieval.attributes).toMatchObject(expectedScoreStats(scores));
    expect(chat.map((s) => s.attributes["gen_ai.usage.output_tokens"])).toEqual([expect.any(Number)]);
  });

  it("ContextChatEngine streamed: its span lasts until the stream ends, the model call one streamed span under it", async () => {
    const engine = new (li().ContextChatEngine)({ retriever: await buildRetriever(1) });
    const stream = await engine.chat({ message: "How long do refunds take?", stream: true });
    // Handed back, not read yet: the chat is still under way.
    expect(otel.spans().filter((s) => s.name === "chat ContextChatEngine")).toEqual([]);
    const { text, endedWhileReading } = await readAll(stream, "chat ContextChatEngine");
    expect(text.length).toBeGreaterThan(0);
    expect(endedWhileReading.length).toBeGreaterThan(1);
    expect(endedWhileReading.every((ended) => !ended)).toBe(true);
    const chatEngine = otel.span("chat ContextChatEngine");
    const chat = byOperation("chat");
    expect(chat).toHaveLength(1);
    expect(chat[0]!.attributes["gen_ai.request.stream"]).toBe(true);
    expect(parentId(chat[0]!)).toBe(spanId(chatEngine));
    expect(parentId(otel.span("retrieval SimpleVectorStore"))).toBe(spanId(chatEngine));
    expect(chatEngine.status.code).toBe(SpanStatusCode.UNSET);

    // Left early: the span still ends.
    otel.exporter.reset();
    for await (const _ of await engine.chat({ message: "refunds?", stream: true })) break;
    expect(otel.span("chat ContextChatEngine").status.code).toBe(SpanStatusCode.UNSET);
  });

  it("SimpleChatEngine, plain and streamed: the chat span with the one model call beneath it", async () => {
    const engine = new (li().SimpleChatEngine)();
    await engine.chat({ message: "Hello" });
    let chatEngine = otel.span("chat SimpleChatEngine");
    expect(chatEngine.attributes).toEqual({});
    expect(byOperation("chat").map((s) => [s.name, parentId(s)])).toEqual([["chat gpt-4o-mini", spanId(chatEngine)]]);

    otel.exporter.reset();
    const { text, endedWhileReading } = await readAll(await engine.chat({ message: "And again", stream: true }), "chat SimpleChatEngine");
    expect(text.length).toBeGreaterThan(0);
    expect(endedWhileReading.every((ended) => !ended)).toBe(true);
    chatEngine = otel.span("chat SimpleChatEngine");
    const chat = byOperation("chat");
    expect(chat.map((s) => [s.attributes["gen_ai.request.stream"], parentId(s)])).toEqual([[true, spanId(chatEngine)]]);
  });

  it("a failing model call: the chat span fails with the SDK's error, which reaches the app as is", async () => {
    const engine = new (li().SimpleChatEngine)({ llm: extrasLlm() });
    fake().failNext(500);
    const err = await engine.chat({ message: "Hello" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).constructor.name).toBe("InternalServerError");
    const chatEngine = otel.span("chat SimpleChatEngine");
    expect(chatEngine.status).toEqual({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    expectFailedSpan(chatEngine, "InternalServerError");
    const [chat] = byOperation("chat");
    expectFailedSpan(chat!, "InternalServerError", 500);
    expect(parentId(chat!)).toBe(spanId(chatEngine));
  });
});

describe("LlamaIndex TS agents: agent → LLM → execute_tool → LLM", () => {
  const weather = (impl: (input: { city: string }) => string): Any =>
    li().FunctionTool.from(impl, {
      name: "get_weather",
      description: "The weather in a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    });

  it("OpenAIAgent: the agent span holds both model calls and the tool run between them", async () => {
    const cities: string[] = [];
    const agent = new (li().OpenAIAgent)({
      llm: extrasLlm(),
      tools: [weather(({ city }) => (cities.push(city), `18°C in ${city}`))],
    });
    const response = await agent.chat({ message: "Weather in Paris?" });
    expect(String(response)).toBe(EXTRAS_TEXT);
    expect(cities).toEqual(["Paris"]);

    expect(tree()).toEqual([
      ["agent OpenAIAgent", undefined, "llmscope-llamaindex"],
      ["chat gpt-4o-mini", "agent OpenAIAgent", "llmscope-openai"],
      ["chat gpt-4o-mini", "agent OpenAIAgent", "llmscope-openai"],
      ["execute_tool get_weather", "agent OpenAIAgent", "llmscope-llamaindex"],
    ]);
    const agentSpan = otel.span("agent OpenAIAgent");
    const tool = otel.span("execute_tool get_weather");
    const chat = byOperation("chat");
    expect(chat.map((s) => s.attributes["gen_ai.response.finish_reasons"])).toEqual([["tool_calls"], ["stop"]]);
    // The tool ran between the two model calls (start times are compared: some are kept to the millisecond).
    expect(startedInOrder([chat[0]!, tool, chat[1]!])).toBe(true);
    // Neither carries a model call's attributes; the tool run those of an in-process tool.
    expect([agentSpan.kind, agentSpan.attributes, tool.kind, tool.status.code]).toEqual([SpanKind.INTERNAL, {}, SpanKind.INTERNAL, SpanStatusCode.UNSET]);
    expect(tool.attributes).toEqual(toolRunAttributes("get_weather"));
  });

  it("the tool's arguments and result only under the content opt-in", async () => {
    const agent = new (li().OpenAIAgent)({ llm: extrasLlm(), tools: [weather(({ city }) => `18°C in ${city}`)] });
    configureContent({ capture: true });
    await agent.chat({ message: "Weather in Paris?" });
    const tool = otel.span("execute_tool get_weather");
    expect(JSON.parse(String(tool.attributes["gen_ai.tool.call.arguments"]))).toEqual({ city: "Paris" });
    expect(tool.attributes["gen_ai.tool.call.result"]).toBe("18°C in Paris");
  });

  it("a tool that throws: its span fails; LlamaIndex tells the model, and the agent still answers", async () => {
    const agent = new (li().OpenAIAgent)({
      llm: extrasLlm(),
      tools: [
        weather(() => {
          throw new RangeError("no station in Paris");
        }),
      ],
    });
    expect(String(await agent.chat({ message: "Weather in Paris?" }))).toBe(EXTRAS_TEXT);
    const tool = otel.span("execute_tool get_weather");
    expect(tool.status).toEqual({ code: SpanStatusCode.ERROR, message: "no station in Paris" });
    expect(tool.attributes["error.type"]).toBe("RangeError");
    expect(otel.span("agent OpenAIAgent").status.code).toBe(SpanStatusCode.UNSET);
    expect(byOperation("chat")).toHaveLength(2);
  });

  it("streamed: the agent's answer stays a ReadableStream, and the agent span ends with it", async () => {
    const agent = new (li().LLMAgent)({ tools: [weather(({ city }) => city)] });
    const stream = await agent.chat({ message: "Hello", stream: true });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(otel.spans().filter((s) => s.name === "agent LLMAgent")).toEqual([]);
    const { text, endedWhileReading } = await readAll(stream, "agent LLMAgent");
    expect(text.length).toBeGreaterThan(0);
    expect(endedWhileReading.every((ended) => !ended)).toBe(true);
    const agentSpan = otel.span("agent LLMAgent");
    expect(byOperation("chat").map((s) => [s.attributes["gen_ai.request.stream"], parentId(s)])).toEqual([[true, spanId(agentSpan)]]);
    expect(byOperation("execute_tool")).toEqual([]);
  });
});
