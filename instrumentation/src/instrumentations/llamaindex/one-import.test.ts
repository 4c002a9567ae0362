import { describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../../../../tools/src/demo/fake-openai-server";
import { oneImportApps } from "../../test-support/fixture-app";
import { runOneImportApp, useOneImportFixture } from "../../test-support/one-import-run";

/**
 * The one import in a real node process, static ESM and CommonJS: the app imports llamaindex and
 * @llamaindex/openai after llmscope/register, and its query reaches the OTLP endpoint as one tree
 * (@llamaindex/openai loads its own openai copy with import(), in CommonJS apps too).
 */
const BODY = `
const url = process.env.FAKE_OPENAI_URL + "/v1";
Settings.llm = new OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: url });
Settings.embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small", apiKey: "sk-test", maxRetries: 0, baseURL: url });
const index = await VectorStoreIndex.fromDocuments([new Document({ text: "Refunds take five business days.", id_: "doc-1" })]);
await trace.getTracer("app").startActiveSpan("answer", async (span) => {
  await index.asQueryEngine({ similarityTopK: 1 }).query({ query: "How long do refunds take?" });
  span.end();
});
`;

const FILES = oneImportApps(
  {
    "@opentelemetry/api": ["trace"],
    llamaindex: ["Document", "Settings", "VectorStoreIndex"],
    "@llamaindex/openai": ["OpenAI", "OpenAIEmbedding"],
  },
  BODY,
);

const fixture = useOneImportFixture(FILES, ["@llamaindex", "llamaindex"], () => startFakeOpenAI({ latency: { scale: 0 } }));

describe("LlamaIndex TS under the one import", () => {
  it.each(["app.mjs", "app.cjs"])(
    "%s: answer → query → retrieval → embeddings, and the chat call under the query",
    async (file) => {
      const { spans, one } = await runOneImportApp(fixture.dir(), file, { FAKE_OPENAI_URL: fixture.server().url }, 30_000);
      // The index's own document embedding comes first, outside the answer.
      expect(spans.map((s) => s.name).sort()).toEqual([
        "answer",
        "chat gpt-4o-mini",
        "embeddings text-embedding-3-small",
        "embeddings text-embedding-3-small",
        "query RetrieverQueryEngine",
        "retrieval SimpleVectorStore",
      ]);
      const answer = one("answer");
      const query = one("query RetrieverQueryEngine");
      const retrieval = one("retrieval SimpleVectorStore");
      expect(query).toMatchObject({ parentSpanId: answer.spanId, scope: "llmscope-llamaindex" });
      expect(retrieval).toMatchObject({
        parentSpanId: query.spanId,
        scope: "llmscope-llamaindex",
        attributes: { "gen_ai.retrieval.top_k": 1, "llmscope.retrieval.documents.count": 1 },
      });
      expect(one("chat gpt-4o-mini")).toMatchObject({ parentSpanId: query.spanId, scope: "llmscope-openai" });
      const embeddings = spans.filter((s) => s.name === "embeddings text-embedding-3-small");
      expect(embeddings.map((s) => s.scope)).toEqual(["llmscope-openai", "llmscope-openai"]);
      expect(embeddings.filter((s) => s.parentSpanId === retrieval.spanId)).toHaveLength(1);
      expect(new Set([answer, query, retrieval].map((s) => s.traceId)).size).toBe(1);
    },
    60_000,
  );
});
