import { SpanKind, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { traceRetrieval } from "../../retrieval";
import { EXTRAS_TEXT, EXTRAS_TOOL_ARGUMENTS, startFakeOpenAIExtras, type FakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { expectSpan, toolRunAttributes } from "../../test-support/expected-attributes";
import { parentId, useInMemoryTracing } from "../../test-support/in-memory";
import { instrumentOpenAI } from "../openai/instrumentation";
import { instrumentLangChain } from "./instrumentation";

type Any = any;

/**
 * The real @langchain/core and @langchain/openai (CommonJS builds, as one app loads them), the
 * openai copy @langchain/openai brings instrumented as register() would, and the fake OpenAI
 * server on 127.0.0.1.
 */
const otel = useInMemoryTracing();
const load = createRequire(__filename);
let server: FakeOpenAIExtras;
let lc: { retrievers: Any; tools: Any; runnables: Any; prompts: Any; documents: Any; openai: Any };

const DOCS = [
  { id: "doc-1", pageContent: "Refunds take five business days." },
  { id: "doc-2", pageContent: "Refunds go to the original card." },
];

beforeAll(async () => {
  lc = {
    retrievers: load("@langchain/core/retrievers"),
    tools: load("@langchain/core/tools"),
    runnables: load("@langchain/core/runnables"),
    prompts: load("@langchain/core/prompts"),
    documents: load("@langchain/core/documents"),
    openai: load("@langchain/openai"),
  };
  for (const m of [lc.retrievers, lc.tools, lc.runnables]) instrumentLangChain(m);
  // The openai SDK @langchain/openai itself resolves (its own nested copy).
  instrumentOpenAI(load(load.resolve("openai", { paths: [path.dirname(load.resolve("@langchain/openai"))] })));
  server = await startFakeOpenAIExtras();
});
afterAll(() => server?.close());
afterEach(() => configureContent());

function fixedRetriever(docs = DOCS): Any {
  const { BaseRetriever } = lc.retrievers;
  const { Document } = lc.documents;
  class PolicyRetriever extends BaseRetriever {
    lc_namespace = ["test"];
    async _getRelevantDocuments(): Promise<unknown[]> {
      return docs.map((d) => new Document(d));
    }
  }
  return new PolicyRetriever();
}

function weatherTool(fail = false): Any {
  return new lc.tools.DynamicStructuredTool({
    name: "get_weather",
    description: "The weather in a city",
    schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    func: async ({ city }: { city: string }) => {
      if (fail) throw new RangeError(`no station in ${city}`);
      return `18°C in ${city}`;
    },
  });
}

function chatModel(): Any {
  return new lc.openai.ChatOpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, configuration: { baseURL: `${server.url}/v1` } });
}

const appTracer = (): Tracer => otel.tracer();
const byOperation = (op: string): ReadableSpan[] => otel.spans().filter((s) => s.attributes["gen_ai.operation.name"] === op);

describe("LangChain JS: prompt → retrieval → LLM → tool", () => {
  it("one tree under the app's span, one LLM span per model call (the openai SDK's), none from LangChain itself", async () => {
    const tool = weatherTool();
    const answer = await appTracer().startActiveSpan("answer question", async (app) => {
      const docs = await fixedRetriever().invoke("refund policy");
      const prompt = lc.prompts.ChatPromptTemplate.fromMessages([
        ["system", "Context: {context}"],
        ["human", "{question}"],
      ]);
      const chain = prompt.pipe(chatModel().bindTools([tool]));
      const first = await chain.invoke({ context: docs.map((d: Any) => d.pageContent).join("\n"), question: "Weather in Paris?" });
      const toolMessage = await tool.invoke(first.tool_calls[0]);
      const second = await chatModel().invoke([["human", "Weather in Paris?"], first, toolMessage]);
      app.end();
      return second.content;
    });
    expect(answer).toBe(EXTRAS_TEXT);

    const app = otel.span("answer question");
    const retrieval = otel.span("retrieval PolicyRetriever");
    const chain = otel.span("chain RunnableSequence");
    const toolSpan = otel.span("execute_tool get_weather");
    const llm = byOperation("chat");
    // Exactly the two model calls, both spans from the openai instrumentation.
    expect(llm.map((s) => [s.name, s.instrumentationScope.name])).toEqual([
      ["chat gpt-4o-mini", "llmscope-openai"],
      ["chat gpt-4o-mini", "llmscope-openai"],
    ]);
    expect(otel.spans()).toHaveLength(6);
    expect(new Set(otel.spans().map((s) => s.spanContext().traceId)).size).toBe(1);

    const appId = app.spanContext().spanId;
    expect(parentId(retrieval)).toBe(appId);
    expect(parentId(chain)).toBe(appId);
    expect(parentId(llm[0]!)).toBe(chain.spanContext().spanId);
    expect(parentId(toolSpan)).toBe(appId);
    expect(parentId(llm[1]!)).toBe(appId);
    // The model called the tool, the tool ran, then the second call answered.
    expect(llm[0]!.attributes["gen_ai.response.finish_reasons"]).toEqual(["tool_calls"]);
    expect(llm[1]!.attributes["gen_ai.response.finish_reasons"]).toEqual(["stop"]);

    expectSpan(retrieval, {
      kind: SpanKind.CLIENT,
      scope: "llmscope-langchain",
      attributes: {
        "llmscope.span.type": "retrieval",
        "gen_ai.operation.name": "retrieval",
        "gen_ai.data_source.id": "PolicyRetriever",
        "llmscope.retrieval.documents.count": 2,
      },
    });
    expectSpan(toolSpan, { kind: SpanKind.INTERNAL, attributes: toolRunAttributes("get_weather", "call_extras_1") });
    expectSpan(chain, { kind: SpanKind.INTERNAL, attributes: {} });
  });

  it("query, documents, tool arguments and result only under the content opt-in", async () => {
    configureContent({ capture: true });
    await fixedRetriever().invoke("refund policy");
    await weatherTool().invoke({ type: "tool_call", id: "call_7", name: "get_weather", args: EXTRAS_TOOL_ARGUMENTS });
    const retrieval = otel.span("retrieval PolicyRetriever").attributes;
    expect(retrieval["gen_ai.retrieval.query.text"]).toBe("refund policy");
    expect(JSON.parse(retrieval["gen_ai.retrieval.documents"] as string)).toEqual(DOCS.map((d) => ({ id: d.id, content: d.pageContent })));
    const tool = otel.span("execute_tool get_weather").attributes;
    expect(tool["gen_ai.tool.call.id"]).toBe("call_7");
    expect(JSON.parse(tool["gen_ai.tool.call.arguments"] as string)).toEqual(EXTRAS_TOOL_ARGUMENTS);
    expect(tool["gen_ai.tool.call.result"]).toBe("18°C in Paris");
  });

  it("a tool that throws: ERROR status and error.type; the app gets the same error", async () => {
    const error = await weatherTool(true)
      .invoke({ city: "Atlantis" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    const span = otel.span("execute_tool get_weather");
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "no station in Atlantis" });
    expect(span.attributes["error.type"]).toBe("RangeError");
  });

  it("a retriever inside a retriever, or inside the app's traceRetrieval(), is one retrieval span", async () => {
    const { BaseRetriever } = lc.retrievers;
    const inner = fixedRetriever();
    class RerankingRetriever extends BaseRetriever {
      lc_namespace = ["test"];
      async _getRelevantDocuments(query: string): Promise<unknown[]> {
        return (await inner.invoke(query)).slice(0, 1);
      }
    }
    await new RerankingRetriever().invoke("refund policy");
    expect(byOperation("retrieval").map((s) => [s.name, s.attributes["llmscope.retrieval.documents.count"]])).toEqual([["retrieval RerankingRetriever", 1]]);

    otel.exporter.reset();
    await traceRetrieval({ dataSourceId: "policies" }, () => inner.invoke("refund policy"));
    expect(byOperation("retrieval").map((s) => s.name)).toEqual(["retrieval policies"]);
  });

  it("instrumentLangChain names what it expected when handed another module", () => {
    expect(() => instrumentLangChain({})).toThrow(/expected a @langchain\/core module .*found no BaseRetriever, StructuredTool or RunnableSequence/);
  });
});
