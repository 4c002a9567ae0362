import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";

/**
 * The product's main promise, end to end: an app with only `import "llmscope/register"`, the span
 * helpers and the real openai SDK produces one trace whose spans land in otel_traces and llm_spans.
 */
type Row = Record<string, unknown>;

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let app: {
  id: string;
  model: string;
  usage: {
    prompt_tokens: number;
    completion_tokens: number;
    prompt_tokens_details?: { cached_tokens?: number };
    completion_tokens_details?: { reasoning_tokens?: number };
  };
  finish: string;
  failure: string;
};
let spans: Row[];
let llm: Row[];

beforeAll(async () => {
  collector = await startTestCollector();
  fake = await startFakeOpenAI({ seed: 7, latency: { scale: 0.01 } });
  const run = await runNode(
    [path.join(__dirname, "fixtures/rag-app.mjs")],
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: "support-bot",
      OTEL_RESOURCE_ATTRIBUTES: "deployment.environment=test",
      FAKE_OPENAI_URL: fake.url,
    },
    REPO_ROOT,
  );
  expect(run.code, run.stderr).toBe(0);
  app = JSON.parse(run.stdout.trim().split("\n").pop()!);
  await collector.flush();
  spans = await collector.store.query<Row>(
    "SELECT TraceId, SpanId, ParentSpanId, SpanName, SpanKind, ServiceName, StatusCode, ResourceAttributes, SpanAttributes, Duration FROM otel_traces WHERE ServiceName = 'support-bot' ORDER BY Timestamp",
  );
  llm = await collector.store.query<Row>("SELECT * FROM llm_spans WHERE ServiceName = 'support-bot' ORDER BY Timestamp");
}, 90_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
});

const byName = (name: string) => {
  const found = spans.filter((s) => s.SpanName === name);
  expect(found, `span "${name}" in ${spans.map((s) => s.SpanName).join(", ")}`).toHaveLength(1);
  return found[0]!;
};
const attrs = (s: Row) => s.SpanAttributes as Record<string, string>;

describe("one import → collector → ClickHouse", () => {
  it("stores one trace with the four span kinds, linked parent to child", () => {
    expect(spans).toHaveLength(6);
    expect(new Set(spans.map((s) => s.TraceId)).size).toBe(1);
    const prompt = byName("render_prompt support-answer");
    // withPrompt's render span is the only root; retrieval, guardrails and both LLM calls run inside
    // the prompt's context, so each is a child of the render span.
    expect(prompt.ParentSpanId).toBe("");
    const children = spans.filter((s) => s !== prompt);
    expect(children).toHaveLength(5);
    for (const s of children) expect(s.ParentSpanId, `parent of "${String(s.SpanName)}"`).toBe(prompt.SpanId);
    expect(prompt.SpanKind).toBe("Internal");
    expect(byName("retrieval kb-main").SpanKind).toBe("Client");
    expect(byName("apply_guardrail input-pii").SpanKind).toBe("Internal");
    expect(byName("chat gpt-4o-mini").SpanKind).toBe("Client");
    expect(byName("chat gpt-4o").SpanKind).toBe("Client");
  });

  it("keeps resource, statuses and span attributes", () => {
    for (const s of spans) {
      expect(s.ServiceName).toBe("support-bot");
      expect((s.ResourceAttributes as Record<string, string>)["deployment.environment"]).toBe("test");
      expect(attrs(s)["user.id"]).toBe("user-7");
      expect(attrs(s)["session.id"]).toBe("sess-3");
    }
    const ok = byName("chat gpt-4o-mini");
    expect(ok.StatusCode).not.toBe("Error");
    expect(attrs(ok)).toMatchObject({
      "llmscope.span.type": "llm",
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.request.temperature": "0.2",
      "gen_ai.request.max_tokens": "200",
      "gen_ai.response.id": app.id,
      "gen_ai.response.model": app.model,
      "gen_ai.prompt.name": "support-answer",
      "gen_ai.prompt.version": "2",
      "llmscope.prompt.variant": "b",
    });
    const failed = byName("chat gpt-4o");
    expect(failed.StatusCode).toBe("Error");
    expect(attrs(failed)["error.type"]).toBe(app.failure);
    // Content capture is off by default: no prompt text reached the store.
    for (const s of spans) expect(JSON.stringify(attrs(s))).not.toContain("How do refunds work?");
  });

  it("writes typed llm_spans rows that match what the SDK saw", () => {
    expect(llm.map((r) => r.SpanType).sort()).toEqual(["guardrail", "guardrail", "llm", "llm", "prompt", "retrieval"]);
    const call = llm.find((r) => r.SpanName === "chat gpt-4o-mini")!;
    expect(call).toMatchObject({
      Provider: "openai",
      Operation: "chat",
      RequestModel: "gpt-4o-mini",
      ResponseModel: app.model,
      ResponseId: app.id,
      InputTokens: app.usage.prompt_tokens,
      OutputTokens: app.usage.completion_tokens,
      CacheReadTokens: app.usage.prompt_tokens_details?.cached_tokens ?? 0,
      ReasoningTokens: app.usage.completion_tokens_details?.reasoning_tokens ?? 0,
      FinishReasons: [app.finish],
      PromptName: "support-answer",
      PromptVersion: "2",
      PromptVariant: "b",
      UserId: "user-7",
      SessionId: "sess-3",
      ConversationId: "conv-9",
      Tags: { tenant: "acme" },
      StatusCode: "Unset",
    });
    expect(String(call.DurationNs)).toBe(String(spans.find((s) => s.SpanName === "chat gpt-4o-mini")!.Duration));

    const failed = llm.find((r) => r.SpanName === "chat gpt-4o")!;
    expect(failed).toMatchObject({ StatusCode: "Error", ErrorType: app.failure, InputTokens: 0 });

    const retrieval = llm.find((r) => r.SpanType === "retrieval")!;
    expect(retrieval).toMatchObject({ DataSourceId: "kb-main", RetrievalTopK: 3, DocumentsCount: 3, RetrievalScoreMax: 0.9, RetrievalScoreMin: 0.25 });
    expect(retrieval.RetrievalScoreMean).toBeCloseTo((0.9 + 0.5 + 0.25) / 3, 12);

    const blocked = llm.find((r) => r.GuardrailName === "output-policy")!;
    expect(blocked).toMatchObject({
      SpanType: "guardrail",
      GuardrailStage: "output",
      GuardrailDecision: "block",
      GuardrailTriggered: 1,
      GuardrailCategories: ["policy.refund_promise"],
      GuardrailScore: 0.93,
    });
    expect(llm.find((r) => r.GuardrailName === "input-pii")).toMatchObject({ GuardrailDecision: "pass", GuardrailTriggered: 0 });
  });
});
