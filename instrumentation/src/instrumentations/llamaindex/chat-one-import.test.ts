import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../../tools/src/demo/fake-openai-server";
import { startFakeOpenAIExtras, type FakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { buildPackage, fixtureDir, oneImportApps } from "../../test-support/fixture-app";
import { runOneImportApp } from "../../test-support/one-import-run";

/**
 * The one import in a real node process, static ESM and CommonJS: the app imports llamaindex and
 * @llamaindex/openai after llmscope/register, chats with a ContextChatEngine (on the demo's fake
 * OpenAI) and runs an OpenAIAgent with one tool (on the extras fake, which calls the tool once).
 */
const BODY = `
const url = process.env.FAKE_OPENAI_URL + "/v1";
Settings.llm = new OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: url });
Settings.embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small", apiKey: "sk-test", maxRetries: 0, baseURL: url });
const index = await VectorStoreIndex.fromDocuments([new Document({ text: "Refunds take five business days.", id_: "doc-1" })]);
await new ContextChatEngine({ retriever: index.asRetriever({ similarityTopK: 1 }) }).chat({ message: "How long do refunds take?" });
const weather = FunctionTool.from(({ city }) => "18°C in " + city, {
  name: "get_weather",
  description: "The weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
});
const llm = new OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: process.env.FAKE_EXTRAS_URL + "/v1" });
await new OpenAIAgent({ llm, tools: [weather] }).chat({ message: "Weather in Paris?" });
`;

const FILES = oneImportApps(
  {
    llamaindex: ["ContextChatEngine", "Document", "FunctionTool", "Settings", "VectorStoreIndex"],
    "@llamaindex/openai": ["OpenAI", "OpenAIAgent", "OpenAIEmbedding"],
  },
  BODY,
);

let fixtures: ReturnType<typeof fixtureDir>;
let demo: FakeOpenAI;
let extras: FakeOpenAIExtras;

beforeAll(async () => {
  buildPackage();
  fixtures = fixtureDir(FILES, ["@llamaindex", "llamaindex"]);
  demo = await startFakeOpenAI({ latency: { scale: 0 } });
  extras = await startFakeOpenAIExtras();
}, 60_000);
afterAll(async () => {
  fixtures?.remove();
  await demo?.close();
  await extras?.close();
});

describe("LlamaIndex TS chat engines and agents under the one import", () => {
  it.each(["app.mjs", "app.cjs"])(
    "%s: chat → retrieval and the chat call; agent → two chat calls and the tool run",
    async (file) => {
      const { spans, one } = await runOneImportApp(fixtures.dir, file, { FAKE_OPENAI_URL: demo.url, FAKE_EXTRAS_URL: extras.url }, 30_000);
      const chatEngine = one("chat ContextChatEngine");
      const agent = one("agent OpenAIAgent");
      const tool = one("execute_tool get_weather");
      expect(chatEngine).toMatchObject({ parentSpanId: "", scope: "llmscope-llamaindex", attributes: {} });
      expect(one("retrieval SimpleVectorStore")).toMatchObject({ parentSpanId: chatEngine.spanId, scope: "llmscope-llamaindex" });
      expect(agent).toMatchObject({ scope: "llmscope-llamaindex", attributes: {} });
      expect(tool).toMatchObject({
        parentSpanId: agent.spanId,
        scope: "llmscope-llamaindex",
        attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather", "gen_ai.tool.type": "function" },
      });
      // Every model call is the openai SDK's span, one under the chat engine and two under the agent.
      const chats = spans.filter((s) => s.attributes["gen_ai.operation.name"] === "chat");
      expect(chats.map((s) => s.scope)).toEqual(["llmscope-openai", "llmscope-openai", "llmscope-openai"]);
      expect(chats.filter((s) => s.parentSpanId === chatEngine.spanId)).toHaveLength(1);
      expect(chats.filter((s) => s.parentSpanId === agent.spanId)).toHaveLength(2);
    },
    60_000,
  );
});
