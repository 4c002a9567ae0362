import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { hrTimeToNanoseconds } from "@opentelemetry/core";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../../tools/src/demo/fake-openai-server";
import { configureContent } from "../../content";
import { traceRetrieval } from "../../retrieval";
import { parentId, useInMemoryTracing } from "../../test-support/in-memory";
import { expectedScoreStats } from "../../test-support/score-stats";
import { esmEntryUrl } from "../app-modules";
import { instrumentOpenAI } from "../openai/instrumentation";
import { instrumentLlamaIndex } from "./instrumentation";

type Any = any;

/**
 * The real llamaindex (CommonJS build, as an app loads it) with @llamaindex/openai's LLM and
 * embedding model pointed at the fake OpenAI server on 127.0.0.1; the openai copy
 * @llamaindex/openai brings is instrumented as register()'s loader hook would.
 */
const otel = useInMemoryTracing();
const load = createRequire(__filename);
let server: FakeOpenAI;
let li: Any;

const TEXTS = ["Refunds take five business days.", "Refunds go to the original card.", "Shipping is free above 50 euros."];

beforeAll(async () => {
  li = { ...load("llamaindex"), ...load("@llamaindex/openai") };
  instrumentLlamaIndex(load("@llamaindex/core/query-engine"));
  instrumentLlamaIndex(load("@llamaindex/core/retriever"));
  // @llamaindex/openai loads its openai copy with import(), CommonJS build or not: its ES module is the one to patch.
  const openaiUrl = esmEntryUrl("openai", path.dirname(load.resolve("@llamaindex/openai")));
  instrumentOpenAI(await import(openaiUrl!));
  server = await startFakeOpenAI({ latency: { scale: 0 } });
  li.Settings.llm = new li.OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: `${server.url}/v1` });
  li.Settings.embedModel = new li.OpenAIEmbedding({ model: "text-embedding-3-small", apiKey: "sk-test", maxRetries: 0, baseURL: `${server.url}/v1` });
});
afterAll(() => server?.close());
afterEach(() => configureContent());

/** An index over TEXTS; the embedding calls that build it are not part of the test's spans. */
async function buildIndex(): Promise<Any> {
  const index = await li.VectorStoreIndex.fromDocuments(TEXTS.map((text, i) => new li.Document({ text, id_: `doc-${i + 1}` })));
  otel.exporter.reset();
  return index;
}

const byOperation = (op: string): ReadableSpan[] => otel.spans().filter((s) => s.attributes["gen_ai.operation.name"] === op);

describe("LlamaIndex TS: query → retrieval → LLM", () => {
  it("one tree under the app's span; the model calls are the openai SDK's spans, none from LlamaIndex itself", async () => {
    const index = await buildIndex();
    const response = await otel.tracer().startActiveSpan("answer question", async (app) => {
      const r = await index.asQueryEngine({ similarityTopK: 2 }).query({ query: "How long do refunds take?" });
      app.end();
      return r;
    });
    expect(String(response).length).toBeGreaterThan(0);

    const app = otel.span("answer question");
    const query = otel.span("query RetrieverQueryEngine");
    const retrieval = otel.span("retrieval SimpleVectorStore");
    const [embedding] = byOperation("embeddings");
    const chat = byOperation("chat");
    expect(otel.spans()).toHaveLength(5);
    expect(new Set(otel.spans().map((s) => s.spanContext().traceId)).size).toBe(1);
    // Exactly one model call and one query embedding, both from the openai instrumentation.
    expect([...chat, embedding!].map((s) => [s.name, s.instrumentationScope.name])).toEqual([
      ["chat gpt-4o-mini", "llmscope-openai"],
      ["embeddings text-embedding-3-small", "llmscope-openai"],
    ]);
    expect(parentId(query)).toBe(app.spanContext().spanId);
    expect(parentId(retrieval)).toBe(query.spanContext().spanId);
    expect(parentId(embedding!)).toBe(retrieval.spanContext().spanId);
    expect(parentId(chat[0]!)).toBe(query.spanContext().spanId);

    expect(query.kind).toBe(SpanKind.INTERNAL);
    expect(query.instrumentationScope.name).toBe("llmscope-llamaindex");
    expect(query.attributes).toEqual({});
    expect(retrieval.kind).toBe(SpanKind.CLIENT);
    expect(retrieval.instrumentationScope.name).toBe("llmscope-llamaindex");
    // The scores the app got back, recomputed here.
    const scores = response.sourceNodes.map((n: Any) => n.score as number);
    expect(scores).toHaveLength(2);
    expect(retrieval.attributes).toEqual({
      "llmscope.span.type": "retrieval",
      "gen_ai.operation.name": "retrieval",
      "gen_ai.data_source.id": "SimpleVectorStore",
      "gen_ai.retrieval.top_k": 2,
      "llmscope.retrieval.documents.count": 2,
      ...expectedScoreStats(scores),
    });
    expect(chat[0]!.attributes["gen_ai.response.model"]).toBe("gpt-4o-mini-2024-07-18");
    expect(chat[0]!.attributes["gen_ai.usage.output_tokens"]).toBeGreaterThan(0);
  });

  it("the query text and the retrieved nodes (id, score, text) only under the content opt-in", async () => {
    const index = await buildIndex();
    const engine = index.asQueryEngine({ similarityTopK: 2 });
    await engine.query({ query: "refunds?" });
    const plain = otel.span("retrieval SimpleVectorStore");
    expect(plain.attributes["gen_ai.retrieval.query.text"]).toBeUndefined();
    expect(plain.attributes["gen_ai.retrieval.documents"]).toBeUndefined();

    otel.exporter.reset();
    configureContent({ capture: true });
    const response = await engine.query({ query: "refunds?" });
    const retrieval = otel.span("retrieval SimpleVectorStore");
    expect(retrieval.attributes["gen_ai.retrieval.query.text"]).toBe("refunds?");
    const expected = response.sourceNodes.map((n: Any) => ({ id: n.node.id_, score: n.score, content: n.node.text }));
    expect(expected.every((d: Any) => TEXTS.includes(d.content))).toBe(true);
    expect(JSON.parse(String(retrieval.attributes["gen_ai.retrieval.documents"]))).toEqual(expected);
  });

  it("a streamed query: its span lasts until the stream ends, the model call one streamed span under it", async () => {
    const index = await buildIndex();
    const stream = await index.asQueryEngine().query({ query: "How long do refunds take?", stream: true });
    // Handed back, not read yet: the query is still under way.
    expect(otel.spans().filter((s) => s.name.startsWith("query "))).toEqual([]);
    let text = "";
    const queryEndedWhileReading: boolean[] = [];
    for await (const chunk of stream) {
      text += chunk.delta ?? "";
      queryEndedWhileReading.push(otel.spans().some((s) => s.name.startsWith("query ")));
    }
    expect(text.length).toBeGreaterThan(0);
    const query = otel.span("query RetrieverQueryEngine");
    const [chat] = byOperation("chat");
    expect(byOperation("chat")).toHaveLength(1);
    expect(chat!.attributes["gen_ai.request.stream"]).toBe(true);
    expect(parentId(chat!)).toBe(query.spanContext().spanId);
    expect(parentId(otel.span("retrieval SimpleVectorStore"))).toBe(query.spanContext().spanId);
    // The query span is still open while the app reads every chunk, the last one included, and ends
    // once the stream is read to the end. (The model call's own span may end a moment after it, when
    // the SDK's stream sees the end of the HTTP body.)
    expect(queryEndedWhileReading.length).toBeGreaterThan(1);
    expect(queryEndedWhileReading.every((ended) => !ended)).toBe(true);
    expect(hrTimeToNanoseconds(query.endTime)).toBeGreaterThan(hrTimeToNanoseconds(chat!.startTime));
    expect(query.status.code).toBe(SpanStatusCode.UNSET);

    otel.exporter.reset();
    for await (const _ of await index.asQueryEngine().query({ query: "refunds?", stream: true })) break;
    expect(otel.span("query RetrieverQueryEngine").status.code).toBe(SpanStatusCode.UNSET);
  });

  it("a failing retriever: the retrieval and the query spans fail with its error, which reaches the app as is", async () => {
    class BrokenRetriever extends li.BaseRetriever {
      async _retrieve(): Promise<never> {
        throw new RangeError("index offline");
      }
    }
    const engine = new li.RetrieverQueryEngine(new BrokenRetriever());
    await expect(engine.query({ query: "refunds?" })).rejects.toThrow(new RangeError("index offline"));
    for (const span of [otel.span("retrieval BrokenRetriever"), otel.span("query RetrieverQueryEngine")]) {
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "index offline" });
      expect(span.attributes["error.type"]).toBe("RangeError");
    }
    expect(byOperation("chat")).toHaveLength(0);
  });

  it("one retrieval, one span: a retriever beneath another, or inside the app's traceRetrieval(), steps aside", async () => {
    const index = await buildIndex();
    const inner = index.asRetriever({ similarityTopK: 1 });
    class RoutingRetriever extends li.BaseRetriever {
      async _retrieve(params: Any): Promise<unknown[]> {
        return inner.retrieve(params);
      }
    }
    const nodes = await new RoutingRetriever().retrieve("refunds?");
    expect(nodes).toHaveLength(1);
    const outer = otel.span("retrieval RoutingRetriever");
    expect(byOperation("retrieval")).toEqual([outer]);
    expect(outer.attributes["llmscope.retrieval.documents.count"]).toBe(1);
    expect(parentId(byOperation("embeddings")[0]!)).toBe(outer.spanContext().spanId);

    otel.exporter.reset();
    await traceRetrieval({ dataSourceId: "kb-main", topK: 1 }, () => inner.retrieve("refunds?"));
    expect(byOperation("retrieval").map((s) => s.name)).toEqual(["retrieval kb-main"]);
  });

  it("instrumentLlamaIndex names what it expected when handed something else", () => {
    expect(() => instrumentLlamaIndex({})).toThrow(/instrumentLlamaIndex: expected a LlamaIndex module/);
  });
});
