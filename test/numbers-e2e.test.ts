import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { buildPackage, fixtureDir } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { startTestCollector } from "./support/collector";

/**
 * The numbers a user reads, through the real SDK (`--import llmscope/register`, the real `openai`
 * package against the fake OpenAI server) and a real collector on chDB:
 *   - the README's streaming traceLlmCall example, which sets no usage, and an auto-instrumented
 *     stream the app stops reading early are stored as tokens unknown and unpriced, and
 *     spend_by_model says so;
 *   - recordFeedback() inside two requests (prompt versions 3 and 4) counts for the answering call's
 *     model and prompt version in satisfaction_rate, although it reaches the collector before the
 *     spans do (the exporter's delay is set far beyond the app's run): the collector gives it the
 *     call's dimensions when the spans are stored;
 *   - retrieval and guardrail spans inside withPrompt carry the prompt, so prompt filters find them.
 */
type Row = Record<string, unknown>;
const SERVICE = "numbers-e2e";

const APP = `// Written by test/numbers-e2e.test.ts; run with --import llmscope/register.
import OpenAI from "openai";
import { recordFeedback, traceGuardrail, traceLlmCall, traceRetrieval, withContext, withPrompt } from "llmscope";

const client = new OpenAI({ baseURL: process.env.FAKE_OPENAI_URL + "/v1", apiKey: "sk-test", maxRetries: 0 });
const messages = [{ role: "user", content: "How do refunds work for annual plans?" }];
const out = { answers: [] };

async function request(version, rating) {
  await withContext({ userId: "user-" + version }, () =>
    withPrompt({ name: "support-answer", version }, async () => {
      await traceRetrieval({ dataSourceId: "kb", topK: 2 }, async (span) => span.setDocuments([{ id: "d1", score: 0.9 }, { id: "d2", score: 0.5 }]));
      await traceGuardrail({ name: "input-pii", stage: "input" }, async (span) => span.setResult({ decision: version === "3" ? "block" : "pass" }));
      if (version === "3") {
        // The README's streaming example, as written there before usage was read: no usage.
        await traceLlmCall({ provider: "openai", model: "gpt-4o-mini", temperature: 0.2, stream: true, inputMessages: messages }, async (span) => {
          let text = "";
          for await (const chunk of await client.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true })) {
            span.markFirstChunk();
            text += chunk.choices[0]?.delta.content ?? "";
          }
          span.setResponse({ finishReasons: ["stop"], outputMessages: [{ role: "assistant", content: text, finishReason: "stop" }] });
          return text;
        });
        // An auto-instrumented stream the app stops reading after the first chunk.
        const stream = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });
        for await (const chunk of stream) {
          out.cut = chunk.id;
          break;
        }
      }
      const answer = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
      out.answers.push({ version, id: answer.id, usage: answer.usage });
      await recordFeedback({ value: rating });
    }),
  );
}

await request("3", "thumbs_up");
await request("4", 0.2);
process.stdout.write(JSON.stringify(out) + "\\n");
`;

interface AppOut {
  cut: string;
  answers: { version: string; id: string; usage: { prompt_tokens: number; completion_tokens: number } }[];
}

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let fixture: ReturnType<typeof fixtureDir>;
let app: AppOut;
let llm: Row[];

async function api(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const url = new URL(`/v1/queries/${name}`, collector.url);
  for (const [k, v] of Object.entries({ from: "now-1h", to: "now", service: SERVICE, ...params })) url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = (await res.json()) as { rows?: Row[]; error?: string };
  expect(res.status, body.error).toBe(200);
  return body.rows!;
}

beforeAll(async () => {
  buildPackage();
  collector = await startTestCollector();
  fake = await startFakeOpenAI({ seed: 3, latency: { scale: 0 } });
  fixture = fixtureDir({ "app.mjs": APP });
  const run = await runNode(
    ["--import", "llmscope/register", path.join(fixture.dir, "app.mjs")],
    // Spans leave only at exit (flush on shutdown), long after the feedback was posted.
    { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: SERVICE, OTEL_BSP_SCHEDULE_DELAY: "60000", FAKE_OPENAI_URL: fake.url },
    fixture.dir,
  );
  expect(run.code, run.stderr).toBe(0);
  app = JSON.parse(run.stdout.trim().split("\n").pop()!) as AppOut;
  await collector.flush();
  llm = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${SERVICE}' ORDER BY Timestamp`);
}, 120_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
  fixture?.remove();
});

const calls = () => llm.filter((r) => r.SpanType === "llm");

describe("unknown usage is not zero", () => {
  it("stores the no-usage manual stream and the cut-short auto stream as tokens unknown and unpriced; complete calls as priced", async () => {
    expect(calls()).toHaveLength(4);
    const [manual, cut, ...answers] = calls();
    expect(manual).toMatchObject({ SpanName: "chat gpt-4o-mini", IsStream: 1, TokensUnknown: 1, CostUnpriced: 1, InputTokens: 0, OutputTokens: 0 });
    expect(cut).toMatchObject({ SpanName: "chat gpt-4o", ResponseId: app.cut, TokensUnknown: 1, CostUnpriced: 1, OutputTokens: 0 });
    for (const [i, row] of answers.entries()) {
      expect(row).toMatchObject({ ResponseId: app.answers[i]!.id, TokensUnknown: 0, CostUnpriced: 0, InputTokens: app.answers[i]!.usage.prompt_tokens });
      expect(Number(row.CostUsd)).toBeGreaterThan(0);
    }
    const reasons = await collector.store.query<{ r: string }>(
      `SELECT SpanAttributes['llmscope.cost.unpriced_reason'] AS r FROM otel_traces WHERE ServiceName = '${SERVICE}' AND SpanAttributes['llmscope.cost.unpriced'] = 'true' ORDER BY Timestamp`,
    );
    expect(reasons.map((x) => x.r)).toEqual(["tokens_unknown", "tokens_unknown"]);
  });

  it("spend_by_model and spend_per_day (rollup) count them as unpriced with the reason, and keep them out of cost and token sums", async () => {
    const byModel = await api("spend_by_model");
    const priced = calls().filter((r) => r.CostUnpriced === 0);
    const expectedMini = priced.reduce((s, r) => s + Number(r.CostUsd), 0);
    expect(byModel.find((r) => r.model === "gpt-4o")).toMatchObject({ calls: 1, cost_usd: 0, unpriced_calls: 1, tokens_unknown_calls: 1 });
    const mini = byModel.find((r) => r.model === "gpt-4o-mini")!;
    expect(mini).toMatchObject({
      calls: 3,
      unpriced_calls: 1,
      tokens_unknown_calls: 1,
      input_tokens: app.answers.reduce((s, a) => s + a.usage.prompt_tokens, 0),
    });
    expect(mini.cost_usd as number).toBeCloseTo(expectedMini, 9);
    const days = await api("spend_per_day", { from: "now-2d" });
    expect(days.reduce((s, d) => s + Number(d.tokens_unknown_calls), 0)).toBe(2);
    expect(days.reduce((s, d) => s + Number(d.unpriced_calls), 0)).toBe(2);
  });
});

describe("feedback lands on the answer", () => {
  it("arrived before the spans, and gets the answering call's dimensions once they are stored, so satisfaction_rate counts it for that model and prompt version", async () => {
    const stored = await collector.store.query<Row>(
      `SELECT SpanId, RequestModel, toString(PromptVersion) AS PromptVersion, Name FROM llm_scores WHERE Source = 'human' ORDER BY Timestamp`,
    );
    const answers = calls().slice(2);
    expect(stored.map((s) => [s.SpanId, s.RequestModel, s.PromptVersion, s.Name])).toEqual(
      answers.map((a) => [a.SpanId, "gpt-4o-mini", a.PromptVersion, "user_feedback"]),
    );
    expect(collector.metrics.total("llmscope_feedback_resolved_total")).toBe(2);
    const rows = await api("satisfaction_rate", { model: "gpt-4o-mini" });
    expect(rows).toEqual([
      { prompt_name: "support-answer", prompt_version: "3", responses: 1, positive: 1, satisfaction_rate: 1 },
      { prompt_name: "support-answer", prompt_version: "4", responses: 1, positive: 0, satisfaction_rate: 0 },
    ]);
    expect(await api("satisfaction_rate", { model: "gpt-4o" })).toEqual([]);
  });
});

describe("prompt context on every span in scope", () => {
  it("retrieval and guardrail rows carry the prompt, so prompt filters find them", async () => {
    for (const type of ["retrieval", "guardrail"]) {
      const rows = llm.filter((r) => r.SpanType === type);
      expect(
        rows.map((r) => [r.PromptName, r.PromptVersion]),
        type,
      ).toEqual([
        ["support-answer", "3"],
        ["support-answer", "4"],
      ]);
    }
    const guard = await api("guardrail_trigger_rate", { prompt_name: "support-answer" });
    expect(guard).toEqual([expect.objectContaining({ guardrail: "input-pii", stage: "input", checks: 2, triggered: 1 })]);
    const retrieval = await api("retrieval_stats", { prompt_name: "support-answer" });
    expect(retrieval).toEqual([expect.objectContaining({ data_source: "kb", retrievals: 2 })]);
    expect(await api("retrieval_stats", { prompt_name: "other-prompt" })).toEqual([]);
  });
});
