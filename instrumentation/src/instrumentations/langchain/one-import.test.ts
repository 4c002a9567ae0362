import { describe, expect, it } from "vitest";
import { startFakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { oneImportApps } from "../../test-support/fixture-app";
import { runOneImportApp, useOneImportFixture } from "../../test-support/one-import-run";

/**
 * The one import in a real node process, static ESM and CommonJS: the app imports LangChain's
 * subpath modules after llmscope/register and its retriever, chain, model and tool calls reach
 * the OTLP endpoint as one tree.
 */
const BODY = `
class PolicyRetriever extends BaseRetriever {
  lc_namespace = ["app"];
  async _getRelevantDocuments() {
    return [new Document({ id: "doc-1", pageContent: "Refunds take five business days." })];
  }
}
const weather = new DynamicStructuredTool({
  name: "get_weather",
  description: "The weather in a city",
  schema: { type: "object", properties: { city: { type: "string" } } },
  func: async ({ city }) => "18°C in " + city,
});
const model = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, configuration: { baseURL: process.env.FAKE_OPENAI_URL + "/v1" } });
trace.getTracer("app").startActiveSpan("answer", async (span) => {
  await new PolicyRetriever().invoke("refunds");
  const first = await ChatPromptTemplate.fromMessages([["human", "{q}"]]).pipe(model.bindTools([weather])).invoke({ q: "Weather in Paris?" });
  await weather.invoke(first.tool_calls[0]);
  span.end();
});
`;

const FILES = oneImportApps(
  {
    "@opentelemetry/api": ["trace"],
    "@langchain/core/retrievers": ["BaseRetriever"],
    "@langchain/core/tools": ["DynamicStructuredTool"],
    "@langchain/core/documents": ["Document"],
    "@langchain/core/prompts": ["ChatPromptTemplate"],
    "@langchain/openai": ["ChatOpenAI"],
  },
  BODY,
);

const fixture = useOneImportFixture(FILES, ["@langchain"], startFakeOpenAIExtras);

describe("LangChain JS under the one import", () => {
  it.each(["app.mjs", "app.cjs"])(
    "%s: answer → retrieval, chain → chat, tool; one LLM span",
    async (file) => {
      const { spans, one } = await runOneImportApp(fixture.dir(), file, { FAKE_OPENAI_URL: fixture.server().url }, 20_000);
      expect(spans.map((s) => s.name).sort()).toEqual([
        "answer",
        "chain RunnableSequence",
        "chat gpt-4o-mini",
        "execute_tool get_weather",
        "retrieval PolicyRetriever",
      ]);
      const answer = one("answer");
      const chain = one("chain RunnableSequence");
      expect(one("retrieval PolicyRetriever")).toMatchObject({
        parentSpanId: answer.spanId,
        scope: "llmscope-langchain",
        attributes: { "llmscope.retrieval.documents.count": 1 },
      });
      expect(chain.parentSpanId).toBe(answer.spanId);
      expect(one("chat gpt-4o-mini")).toMatchObject({ parentSpanId: chain.spanId, scope: "llmscope-openai" });
      expect(one("execute_tool get_weather")).toMatchObject({ parentSpanId: answer.spanId, attributes: { "gen_ai.tool.call.id": "call_extras_1" } });
      expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    },
    30_000,
  );
});
