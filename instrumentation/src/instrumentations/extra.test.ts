import { isWrapped } from "@opentelemetry/instrumentation";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { enableInstrumentations } from "./enable";
import { extraInstrumentations } from "./extra";

/**
 * register()'s switch-on path for the extra instrumentations: each package, required after
 * enableInstrumentations(), comes back patched, so its declared version range covers the
 * version tested here. (The SDK behaviour itself is tested per instrumentation.)
 */
const { disable } = enableInstrumentations({ openai: false, anthropic: false });
afterAll(() => disable());
const load = createRequire(__filename);

type Proto = Record<string, unknown>;
const parentOf = (cls: { prototype: object }) => Object.getPrototypeOf(cls.prototype) as Proto;
const cases: [pkg: string, patched: (m: Record<string, any>) => unknown[]][] = [
  ["ollama", (m) => ["chat", "generate", "embed"].map((k) => parentOf(m.Ollama)[k])],
  ["@google/genai", (m) => ["generateContentInternal", "generateContentStreamInternal", "embedContentInternal"].map((k) => m.Models.prototype[k])],
  ["@aws-sdk/client-bedrock-runtime", (m) => [m.BedrockRuntimeClient.prototype.send]],
  ["@qdrant/js-client-rest", (m) => [m.QdrantClient.prototype.search, m.QdrantClient.prototype.query]],
  ["@pinecone-database/pinecone", (m) => [m.Index.prototype.query, m.Index.prototype.searchRecords]],
  ["chromadb", (m) => [parentOf(m.CollectionHandle).query]],
  [
    "@mistralai/mistralai",
    (m) => {
      const client = new m.Mistral({ apiKey: "unused" });
      const chat = Object.getPrototypeOf(client.chat);
      return [chat.complete, chat.stream, Object.getPrototypeOf(client.embeddings).create];
    },
  ],
  [
    "cohere-ai",
    (m) => {
      const v2 = Object.getPrototypeOf(new m.CohereClientV2({ token: "unused" }).clientV2);
      return [v2.__chat, v2.__chatStream, v2.__embed, m.CohereClient.prototype.__chat, m.CohereClient.prototype.__chatStream, m.CohereClient.prototype.__embed];
    },
  ],
  // The MCP client is a subpath export: require()d by that name, its file hook patches it.
  ["@modelcontextprotocol/sdk/client/index.js", (m) => [m.Client.prototype.callTool]],
  // LangChain's classes are in subpath exports, hooked by name like the MCP client.
  ["@langchain/core/retrievers", (m) => [m.BaseRetriever.prototype.invoke]],
  ["@langchain/core/tools", (m) => [m.StructuredTool.prototype.call]],
  ["@langchain/core/runnables", (m) => [m.RunnableSequence.prototype.invoke]],
  ["@llamaindex/core/query-engine", (m) => [m.BaseQueryEngine.prototype.query]],
  ["@llamaindex/core/retriever", (m) => [m.BaseRetriever.prototype.retrieve]],
  ["@llamaindex/workflow", (m) => [m.AgentWorkflow.prototype.runStream, m.AgentWorkflow.prototype.callTool, m.FunctionAgent.prototype.takeStep]],
];

describe("enableInstrumentations: the extra packages", () => {
  it.each(cases)("%s is patched when required", (pkg, patched) => {
    expect(patched(load(pkg)).map((fn) => isWrapped(fn))).toEqual(patched(load(pkg)).map(() => true));
  });

  it("each is on by default and can be turned off by name", () => {
    const all = [
      "llmscope-ollama",
      "llmscope-google-genai",
      "llmscope-bedrock",
      "llmscope-qdrant",
      "llmscope-pinecone",
      "llmscope-chroma",
      "llmscope-mistral",
      "llmscope-cohere",
      "llmscope-mcp",
      "llmscope-langchain",
      "llmscope-llamaindex",
      "llmscope-llamaindex-workflow",
    ];
    const created = [extraInstrumentations({}), extraInstrumentations({ ollama: false, chroma: false })];
    for (const list of created) for (const i of list) i.disable();
    expect(created.map((list) => list.map((i) => i.instrumentationName))).toEqual([all, all.filter((n) => n !== "llmscope-ollama" && n !== "llmscope-chroma")]);
  });
});
