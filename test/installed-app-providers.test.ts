import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COHERE_BILLED, fakeRelevance, RERANK_SEARCH_UNITS, startFakeCohere } from "../instrumentation/src/test-support/fake-cohere-server";
import { MISTRAL_AGENT_MODEL, MISTRAL_USAGE, startFakeMistral } from "../instrumentation/src/test-support/fake-mistral-server";
import { startMcpToolServer } from "../instrumentation/src/test-support/mcp-tool-server";
import { startTestCollector } from "./support/collector";
import { installApp, packWorkspaces, runIn, type InstalledApp } from "./support/packed-app";

/**
 * The one import with the providers and tool clients beyond OpenAI and Anthropic, in a real app
 * folder outside the repository that installed the packed `llmscope` tarball and each SDK from the
 * registry: static ESM and CommonJS, spans stored by a real collector, priced where the model has a price.
 */
type Row = Record<string, unknown>;

const MISTRAL_CALL = `
const client = new Mistral({ apiKey: "mistral-test-not-a-secret", serverURL: process.env.FAKE_MISTRAL_URL });
const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ id: res.id }) + "\\n");
`;
const COHERE_CALL = `
const client = new CohereClientV2({ token: "co-test-not-a-secret", baseUrl: process.env.FAKE_COHERE_URL });
const res = await client.chat({ model: "command-a-03-2025", messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ id: res.id }) + "\\n");
`;
const MCP_CALL = `
const client = new Client({ name: "user-app", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL(process.env.MCP_URL)));
const res = await client.callTool({ name: "get_weather", arguments: { city: "Paris" } });
await client.close();
process.stdout.write(JSON.stringify({ result: res.structuredContent }) + "\\n");
`;
const QUERY = "how long do refunds take";
const DOCUMENTS = ["Shipping is free above 50 euros.", "Refunds take five business days.", "Refunds go to the original card."];
// A RAG step and an agent: a Cohere rerank, then a Mistral agents completion.
const RAG_CALLS = `
const cohere = new CohereClientV2({ token: "co-test-not-a-secret", baseUrl: process.env.FAKE_COHERE_URL });
const ranked = await cohere.rerank({ model: "rerank-v3.5", query: ${JSON.stringify(QUERY)}, documents: ${JSON.stringify(DOCUMENTS)}, topN: 2 });
const mistral = new Mistral({ apiKey: "mistral-test-not-a-secret", serverURL: process.env.FAKE_MISTRAL_URL });
const answer = await mistral.agents.complete({ agentId: "ag_support", messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ rerankId: ranked.id, chatId: answer.id }) + "\\n");
`;
const cjs = (head: string, call: string) => `${head}\n(async () => {${call}})();\n`;

const FILES: Record<string, string> = {
  "mistral.mjs": `import "llmscope/register";\nimport { Mistral } from "@mistralai/mistralai";\n${MISTRAL_CALL}`,
  "mistral.cjs": cjs(`require("llmscope/register");\nconst { Mistral } = require("@mistralai/mistralai");`, MISTRAL_CALL),
  "cohere.mjs": `import "llmscope/register";\nimport { CohereClientV2 } from "cohere-ai";\n${COHERE_CALL}`,
  "cohere.cjs": cjs(`require("llmscope/register");\nconst { CohereClientV2 } = require("cohere-ai");`, COHERE_CALL),
  "rag.mjs": `import "llmscope/register";\nimport { CohereClientV2 } from "cohere-ai";\nimport { Mistral } from "@mistralai/mistralai";\n${RAG_CALLS}`,
  "rag.cjs": cjs(
    `require("llmscope/register");\nconst { CohereClientV2 } = require("cohere-ai");\nconst { Mistral } = require("@mistralai/mistralai");`,
    RAG_CALLS,
  ),
  "mcp.mjs": `import "llmscope/register";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
${MCP_CALL}`,
  "mcp.cjs": cjs(
    `require("llmscope/register");
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { StreamableHTTPClientTransport } = require("@modelcontextprotocol/sdk/client/streamableHttp.js");`,
    MCP_CALL,
  ),
};

const TOKEN = "installed-app-providers-token";
const AUTH = { OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer ${TOKEN}` };

let app: InstalledApp;
let collector: Awaited<ReturnType<typeof startTestCollector>>;
let mistral: Awaited<ReturnType<typeof startFakeMistral>>;
let cohere: Awaited<ReturnType<typeof startFakeCohere>>;
let mcp: Awaited<ReturnType<typeof startMcpToolServer>>;

beforeAll(async () => {
  const tarballs = packWorkspaces(["semconv", "instrumentation"]);
  app = installApp(
    {
      llmscope: `file:${tarballs.instrumentation}`,
      "@llmscope/semconv": `file:${tarballs.semconv}`,
      "@mistralai/mistralai": "2.5.0",
      "cohere-ai": "8.1.0",
      "@modelcontextprotocol/sdk": "1.32.2",
    },
    FILES,
  );
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  mistral = await startFakeMistral();
  cohere = await startFakeCohere();
  mcp = await startMcpToolServer();
}, 300_000);

afterAll(async () => {
  await collector?.close();
  await mistral?.close();
  await cohere?.close();
  await mcp?.close();
  app?.remove();
});

async function run(file: string, service: string): Promise<Row> {
  const result = await runIn(app.dir, "node", [file], {
    ...AUTH,
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_SERVICE_NAME: service,
    FAKE_MISTRAL_URL: mistral.url,
    FAKE_COHERE_URL: cohere.url,
    MCP_URL: mcp.url,
  });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/llmscope:/);
  await collector.flush();
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as Row;
}

const styles = [
  { style: "ESM, static import first", ext: "mjs" },
  { style: "CommonJS, require first", ext: "cjs" },
];

describe.each(styles)("@mistralai/mistralai, $style", ({ ext }) => {
  it("stores the call's span in llm_spans: provider, model, tokens, cost", async () => {
    const service = `mistral-${ext}`;
    const out = await run(`mistral.${ext}`, service);
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}'`);
    expect(rows.map((r) => r.SpanName)).toEqual(["chat mistral-small-latest"]);
    const row = rows[0]!;
    expect(row).toMatchObject({
      SpanType: "llm",
      Provider: "mistral_ai",
      Operation: "chat",
      RequestModel: "mistral-small-latest",
      ResponseId: out.id,
      StatusCode: "Unset",
    });
    expect(Number(row.InputTokens)).toBe(MISTRAL_USAGE.prompt_tokens);
    expect(Number(row.OutputTokens)).toBe(MISTRAL_USAGE.completion_tokens);
    expect(Number(row.CacheReadTokens)).toBe(MISTRAL_USAGE.prompt_tokens_details.cached_tokens);
    // mistral-small-latest: $0.10 per million input tokens, $0.30 per million output tokens; no
    // separate cache-read price, so cached input tokens cost what the others do.
    expect(Number(row.CostUnpriced)).toBe(0);
    expect(Number(row.CostUsd)).toBeCloseTo((MISTRAL_USAGE.prompt_tokens * 0.1 + MISTRAL_USAGE.completion_tokens * 0.3) / 1e6, 9);
  }, 60_000);
});

describe.each(styles)("cohere-ai, $style", ({ ext }) => {
  it("stores the call's span in llm_spans: provider, model, billed tokens, cost", async () => {
    const service = `cohere-${ext}`;
    const out = await run(`cohere.${ext}`, service);
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}'`);
    expect(rows.map((r) => r.SpanName)).toEqual(["chat command-a-03-2025"]);
    const row = rows[0]!;
    expect(row).toMatchObject({
      SpanType: "llm",
      Provider: "cohere",
      Operation: "chat",
      RequestModel: "command-a-03-2025",
      ResponseId: out.id,
      StatusCode: "Unset",
    });
    expect(Number(row.InputTokens)).toBe(COHERE_BILLED.input_tokens);
    expect(Number(row.OutputTokens)).toBe(COHERE_BILLED.output_tokens);
    // command-a: $2.50 per million input tokens, $10 per million output tokens.
    expect(Number(row.CostUnpriced)).toBe(0);
    expect(Number(row.CostUsd)).toBeCloseTo((COHERE_BILLED.input_tokens * 2.5 + COHERE_BILLED.output_tokens * 10) / 1e6, 9);
  }, 60_000);
});

describe.each(styles)("@modelcontextprotocol/sdk, $style", ({ ext }) => {
  it("stores the tool call's span: tools/call get_weather, execute_tool, the tool name", async () => {
    const service = `mcp-${ext}`;
    const out = await run(`mcp.${ext}`, service);
    expect(out.result).toEqual({ city: "Paris", celsius: 18 });
    const rows = await collector.store.query<Row>(`SELECT SpanName, SpanKind, StatusCode, SpanAttributes FROM otel_traces WHERE ServiceName = '${service}'`);
    expect(rows.map((r) => r.SpanName)).toEqual(["tools/call get_weather"]);
    expect(rows[0]).toMatchObject({ SpanKind: "Client", StatusCode: "Unset" });
    expect(rows[0]!.SpanAttributes).toMatchObject({
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "get_weather",
      "mcp.method.name": "tools/call",
      "network.transport": "tcp",
    });
    // Stored as a tool span, not as an (unpriced) LLM call.
    const typed = await collector.store.query<{ SpanType: string; TokensUnknown: number }>(
      `SELECT SpanType, TokensUnknown FROM llm_spans WHERE ServiceName = '${service}'`,
    );
    expect(typed).toEqual([{ SpanType: "tool", TokensUnknown: 0 }]);
  }, 60_000);
});

describe.each(styles)("Cohere rerank and a Mistral agent, $style", ({ ext }) => {
  it("stores the rerank as a retrieval with its scores and the agent's call as a chat priced by the agent's model", async () => {
    const service = `rag-${ext}`;
    const out = await run(`rag.${ext}`, service);
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
    // Not an LLM call (no tokens unknown); priced per search unit: rerank-v3.5, $2.00 per 1,000 units.
    expect([Number(rerank.TokensUnknown), Number(rerank.CostUnpriced)]).toEqual([0, 0]);
    expect(Number(rerank.CostUsd)).toBeCloseTo((RERANK_SEARCH_UNITS * 2) / 1000, 9);
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
