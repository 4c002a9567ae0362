import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeRelevance, RERANK_SEARCH_UNITS, startFakeCohereRerank } from "../instrumentation/src/test-support/fake-cohere-rerank";
import { MISTRAL_AGENT_MODEL, MISTRAL_USAGE, startFakeMistral } from "../instrumentation/src/test-support/fake-mistral-server";
import { startTestCollector } from "./support/collector";
import { installApp, packWorkspaces, runIn, type InstalledApp } from "./support/packed-app";

/**
 * A RAG step and an agent call under the one import, in a real app folder outside the repository
 * that installed the packed `llmscope` tarball and the SDKs from the registry: Cohere's rerank is
 * stored as a retrieval (scores, no tokens, never an unpriced LLM call) and Mistral's agents
 * completion as a chat priced by the model the agent ran. Static ESM and CommonJS.
 */
type Row = Record<string, unknown>;

const QUERY = "how long do refunds take";
const DOCUMENTS = ["Shipping is free above 50 euros.", "Refunds take five business days.", "Refunds go to the original card."];

const CALLS = `
const cohere = new CohereClientV2({ token: "co-test-not-a-secret", baseUrl: process.env.FAKE_COHERE_URL });
const ranked = await cohere.rerank({ model: "rerank-v3.5", query: ${JSON.stringify(QUERY)}, documents: ${JSON.stringify(DOCUMENTS)}, topN: 2 });
const mistral = new Mistral({ apiKey: "mistral-test-not-a-secret", serverURL: process.env.FAKE_MISTRAL_URL });
const answer = await mistral.agents.complete({ agentId: "ag_support", messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ rerankId: ranked.id, chatId: answer.id }) + "\\n");
`;

const FILES: Record<string, string> = {
  "rag.mjs": `import "llmscope/register";\nimport { CohereClientV2 } from "cohere-ai";\nimport { Mistral } from "@mistralai/mistralai";\n${CALLS}`,
  "rag.cjs": `require("llmscope/register");\nconst { CohereClientV2 } = require("cohere-ai");\nconst { Mistral } = require("@mistralai/mistralai");\n(async () => {${CALLS}})();\n`,
};

const TOKEN = "installed-app-rag-token";

let app: InstalledApp;
let collector: Awaited<ReturnType<typeof startTestCollector>>;
let mistral: Awaited<ReturnType<typeof startFakeMistral>>;
let cohere: Awaited<ReturnType<typeof startFakeCohereRerank>>;

beforeAll(async () => {
  const tarballs = packWorkspaces(["semconv", "instrumentation"]);
  app = installApp(
    {
      llmscope: `file:${tarballs.instrumentation}`,
      "@llmscope/semconv": `file:${tarballs.semconv}`,
      "@mistralai/mistralai": "2.5.0",
      "cohere-ai": "8.1.0",
    },
    FILES,
  );
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  mistral = await startFakeMistral();
  cohere = await startFakeCohereRerank();
}, 300_000);

afterAll(async () => {
  await collector?.close();
  await mistral?.close();
  await cohere?.close();
  app?.remove();
});

describe.each([
  { style: "ESM, static import first", ext: "mjs" },
  { style: "CommonJS, require first", ext: "cjs" },
])("Cohere rerank and a Mistral agent, $style", ({ ext }) => {
  it("stores the rerank as a retrieval with its scores and the agent's call as a priced chat", async () => {
    const service = `rag-${ext}`;
    const result = await runIn(app.dir, "node", [`rag.${ext}`], {
      OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer ${TOKEN}`,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: service,
      FAKE_MISTRAL_URL: mistral.url,
      FAKE_COHERE_URL: cohere.url,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/llmscope:/);
    await collector.flush();
    const out = JSON.parse(result.stdout.trim().split("\n").pop()!) as Row;

    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}' ORDER BY Timestamp`);
    expect(rows.map((r) => r.SpanName)).toEqual(["rerank rerank-v3.5", "chat"]);
    const [rerank, chat] = rows as [Row, Row];

    // The fake's relevance of the two best documents, computed here from its rule.
    const top = DOCUMENTS.map((d) => fakeRelevance(QUERY, d))
      .sort((a, b) => b - a)
      .slice(0, 2);
    expect(rerank).toMatchObject({ SpanType: "retrieval", Operation: "rerank", Provider: "cohere", RequestModel: "rerank-v3.5", StatusCode: "Unset" });
    expect(Number(rerank.DocumentsCount)).toBe(2);
    expect(Number(rerank.RetrievalScoreMax)).toBeCloseTo(top[0]!, 9);
    expect(Number(rerank.RetrievalScoreMin)).toBeCloseTo(top[1]!, 9);
    expect(Number(rerank.RetrievalScoreMean)).toBeCloseTo((top[0]! + top[1]!) / 2, 9);
    // Not an LLM call: no tokens unknown, no cost (the queries count unpriced calls among `llm` rows only).
    expect([Number(rerank.TokensUnknown), Number(rerank.CostUsd)]).toEqual([0, 0]);
    const [attrs] = await collector.store.query<{ SpanAttributes: Record<string, string> }>(
      `SELECT SpanAttributes FROM otel_traces WHERE ServiceName = '${service}' AND SpanName = 'rerank rerank-v3.5'`,
    );
    expect(attrs!.SpanAttributes).toMatchObject({ "gen_ai.response.id": out.rerankId, "llmscope.rerank.search_units": String(RERANK_SEARCH_UNITS) });

    expect(chat).toMatchObject({
      SpanType: "llm",
      Provider: "mistral_ai",
      Operation: "chat",
      RequestModel: "",
      ResponseModel: MISTRAL_AGENT_MODEL,
      ResponseId: out.chatId,
    });
    // mistral-medium-2505: $0.40 per million input tokens, $0.04 per million cached input tokens, $2 per million output tokens.
    const cached = MISTRAL_USAGE.prompt_tokens_details.cached_tokens;
    expect(Number(chat.CostUnpriced)).toBe(0);
    expect(Number(chat.CostUsd)).toBeCloseTo(((MISTRAL_USAGE.prompt_tokens - cached) * 0.4 + cached * 0.04 + MISTRAL_USAGE.completion_tokens * 2) / 1e6, 9);
  }, 60_000);
});
