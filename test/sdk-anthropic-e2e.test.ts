import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_ANTHROPIC_USAGE, startFakeAnthropic } from "../instrumentation/src/test-support/fake-anthropic-server";
import { buildPackage } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";

/** Zero code change with @anthropic-ai/sdk, ESM and CommonJS → collector → chDB llm_spans. */
type Row = Record<string, unknown>;

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;

beforeAll(async () => {
  buildPackage();
  collector = await startTestCollector();
  fake = await startFakeAnthropic();
}, 90_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
});

const variants = [
  { name: "ESM (--import)", args: ["--import", "llmscope/register", path.join(__dirname, "fixtures/sdk-anthropic-app.mjs")], service: "anthropic-esm" },
  { name: "CommonJS (require first)", args: [path.join(__dirname, "fixtures/sdk-anthropic-app.cjs")], service: "anthropic-cjs" },
];
const u = FAKE_ANTHROPIC_USAGE;

describe.each(variants)("anthropic app, $name", ({ args, service }) => {
  it("stores one llm_spans row per call with cache tokens and TTFT", async () => {
    const run = await runNode(args, { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: service, FAKE_ANTHROPIC_URL: fake.url }, REPO_ROOT);
    expect(run.code, run.stderr).toBe(0);
    const app = JSON.parse(run.stdout.trim().split("\n").pop()!) as { id: string; streamId: string };
    await collector.flush();
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}' ORDER BY Timestamp`);
    // One row per call: the SDK's own anthropic.messages.create span is switched off.
    expect(rows.map((r) => r.SpanName)).toEqual(["chat claude-sonnet-4-5", "chat claude-haiku-4-5"]);
    const tokens = {
      InputTokens: u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens,
      OutputTokens: u.output_tokens,
      CacheReadTokens: u.cache_read_input_tokens,
      CacheWriteTokens: u.cache_creation_input_tokens,
    };
    expect(rows[0]).toMatchObject({
      SpanType: "llm",
      Provider: "anthropic",
      Operation: "chat",
      RequestModel: "claude-sonnet-4-5",
      ResponseModel: "claude-sonnet-4-5",
      ResponseId: app.id,
      FinishReasons: ["end_turn"],
      StatusCode: "Unset",
      ...tokens,
    });
    expect(rows[1]).toMatchObject({
      SpanType: "llm",
      Provider: "anthropic",
      Operation: "chat",
      RequestModel: "claude-haiku-4-5",
      ResponseModel: "claude-haiku-4-5",
      ResponseId: app.streamId,
      FinishReasons: ["end_turn"],
      StatusCode: "Unset",
      ...tokens,
    });
    expect(Number(rows[0]!.TimeToFirstChunkNs)).toBe(0);
    expect(Number(rows[1]!.TimeToFirstChunkNs)).toBeGreaterThan(0);
    expect(Number(rows[1]!.TimeToFirstChunkNs)).toBeLessThanOrEqual(Number(rows[1]!.DurationNs));
  }, 60_000);
});
