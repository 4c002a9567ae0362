import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { CHAT_USAGE, startFakeOpenAIExtras } from "../instrumentation/src/test-support/fake-openai-extras";
import { buildPackage } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";

/**
 * Zero code change: an app with only the openai SDK (ESM, run with --import llmscope/register; and
 * CommonJS with require("llmscope/register") on top) → collector → chDB llm_spans.
 */
type Row = Record<string, unknown>;

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let extras: Awaited<ReturnType<typeof startFakeOpenAIExtras>>;

beforeAll(async () => {
  buildPackage();
  collector = await startTestCollector();
  fake = await startFakeOpenAI({ seed: 5, latency: { scale: 0.01 } });
  extras = await startFakeOpenAIExtras();
}, 90_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
  await extras?.close();
});

const variants = [
  { name: "ESM (--import)", args: ["--import", "llmscope/register", path.join(__dirname, "fixtures/sdk-openai-app.mjs")], service: "openai-esm" },
  { name: "CommonJS (require first)", args: [path.join(__dirname, "fixtures/sdk-openai-app.cjs")], service: "openai-cjs" },
];

describe.each(variants)("openai app, $name", ({ args, service }) => {
  it("stores one typed llm_spans row per call: model, provider, tokens, TTFT, status", async () => {
    const run = await runNode(
      args,
      { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: service, FAKE_OPENAI_URL: fake.url, EXTRAS_URL: extras.url },
      REPO_ROOT,
    );
    expect(run.code, run.stderr).toBe(0);
    const app = JSON.parse(run.stdout.trim().split("\n").pop()!) as { id: string; streamId: string; chunks: number; text: string; failure: string };
    await collector.flush();
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}' ORDER BY Timestamp`);
    expect(rows.map((r) => r.SpanName)).toEqual(["chat o4-mini", "chat gpt-4o-mini", "chat gpt-4o"]);

    expect(rows[0]).toMatchObject({
      SpanType: "llm",
      Provider: "openai",
      Operation: "chat",
      RequestModel: "o4-mini",
      ResponseModel: "o4-mini-2025-01-01",
      ResponseId: app.id,
      InputTokens: CHAT_USAGE.prompt_tokens,
      OutputTokens: CHAT_USAGE.completion_tokens,
      CacheReadTokens: 32,
      ReasoningTokens: 38,
      FinishReasons: ["stop"],
      StatusCode: "Unset",
    });
    expect(Number(rows[0]!.TimeToFirstChunkNs)).toBe(0);

    const stream = rows[1]!;
    expect(stream).toMatchObject({
      Provider: "openai",
      RequestModel: "gpt-4o-mini",
      ResponseModel: "gpt-4o-mini-2024-07-18",
      ResponseId: app.streamId,
      StatusCode: "Unset",
    });
    // The fake server counts 3 per message plus ceil(characters / 4), and 3 to prime the reply;
    // the reply (no reasoning for gpt-4o-mini) is ceil(characters / 4).
    expect(Number(stream.InputTokens)).toBe(3 + 3 + Math.ceil("How do refunds work?".length / 4));
    expect(app.text).toMatch(/^\S.*\S$/s);
    expect(Number(stream.OutputTokens)).toBe(Math.ceil(app.text.length / 4));
    expect(Number(stream.TimeToFirstChunkNs)).toBeGreaterThan(0);
    expect(Number(stream.TimeToFirstChunkNs)).toBeLessThanOrEqual(Number(stream.DurationNs));
    // One chunk per word, plus the opening role chunk and the closing finish chunk: the usage chunk
    // llmscope asked for on the app's behalf never reaches the app.
    expect(app.chunks).toBe(app.text.split(/\s+/).length + 2);

    expect(rows[2]).toMatchObject({ StatusCode: "Error", ErrorType: app.failure });
  }, 60_000);
});
