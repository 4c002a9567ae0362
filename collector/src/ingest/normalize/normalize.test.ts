import { describe, expect, it } from "vitest";
import type { Attributes, ValidSpan } from "../receiver/model";
import { normalizeSpan } from "./index";

const START = 1_700_000_000_123_456_789n;

function span(name: string, attributes: Attributes, overrides: Partial<ValidSpan> = {}): ValidSpan {
  return {
    resource: { attributes: { "service.name": "checkout", "deployment.environment": "prod" }, schemaUrl: "" },
    scope: { name: "llmscope", version: "0.1.0", attributes: {} },
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: "b7ad6b7169203331",
    parentSpanId: "00f067aa0ba902b7",
    traceState: "",
    name,
    kind: 3,
    startTimeUnixNano: START,
    endTimeUnixNano: START + 1_234_567_891n,
    attributes,
    events: [],
    links: [],
    status: { code: 0, message: "" },
    validated: true,
    ...overrides,
  };
}

describe("otel_traces row", () => {
  it("spells kinds, statuses, times and attributes like the OpenTelemetry Collector exporter", () => {
    const { trace } = normalizeSpan(
      span(
        "GET /x",
        { s: "v", i: 9_007_199_254_740_993n, d: 0.25, b: true, arr: ["a", "b"], nums: [1n, 2n], kv: { k: "v" }, bytes: new Uint8Array([1, 2]) },
        {
          status: { code: 2, message: "boom" },
          events: [{ timeUnixNano: START + 5n, name: "exception", attributes: { "exception.type": "Error" } }],
          links: [{ traceId: "1".repeat(32), spanId: "2".repeat(16), traceState: "a=b", attributes: { n: 1n } }],
        },
      ),
    );
    expect(trace.Timestamp).toBe("1700000000.123456789");
    expect(trace.Duration).toBe("1234567891");
    expect(trace.SpanKind).toBe("Client");
    expect(trace.StatusCode).toBe("Error");
    expect(trace.StatusMessage).toBe("boom");
    expect(trace.ServiceName).toBe("checkout");
    expect(trace.ResourceAttributes).toEqual({ "service.name": "checkout", "deployment.environment": "prod" });
    expect(trace.SpanAttributes).toEqual({
      s: "v",
      i: "9007199254740993",
      d: "0.25",
      b: "true",
      arr: '["a","b"]',
      nums: "[1,2]",
      kv: '{"k":"v"}',
      bytes: "AQI=",
    });
    expect(trace["Events.Timestamp"]).toEqual(["1700000000.123456794"]);
    expect(trace["Events.Name"]).toEqual(["exception"]);
    expect(trace["Events.Attributes"]).toEqual([{ "exception.type": "Error" }]);
    expect(trace["Links.TraceId"]).toEqual(["1".repeat(32)]);
    expect(trace["Links.TraceState"]).toEqual(["a=b"]);
    expect(trace["Links.Attributes"]).toEqual([{ n: "1" }]);
  });

  it("gives the spans of one resource one read-only copy of its attributes", () => {
    const resource = { attributes: { "service.name": "checkout", "host.name": "web-1", pid: 42n }, schemaUrl: "" };
    const [a, b] = [span("one", {}, { resource }), span("two", {}, { resource, spanId: "b7ad6b7169203332" })].map((s) => normalizeSpan(s).trace);
    expect(a!.ResourceAttributes).toEqual({ "service.name": "checkout", "host.name": "web-1", pid: "42" });
    expect(b!.ResourceAttributes).toBe(a!.ResourceAttributes);
    // A stage writing to it would change every span of the resource: it throws instead.
    expect(() => (a!.ResourceAttributes["host.name"] = "other")).toThrow(TypeError);
    expect(b!.ResourceAttributes["host.name"]).toBe("web-1");
    // Another request decodes another resource object, read on its own.
    const other = normalizeSpan(span("three", {}, { resource: { attributes: { "service.name": "billing" }, schemaUrl: "" } })).trace;
    expect(other.ResourceAttributes).toEqual({ "service.name": "billing" });
  });

  it("pads nanoseconds and keeps kind 0 as Unspecified", () => {
    const { trace } = normalizeSpan(span("x", {}, { kind: 0, startTimeUnixNano: 1_000_000_000_000_000_005n, endTimeUnixNano: 1_000_000_000_000_000_005n }));
    expect(trace.Timestamp).toBe("1000000000.000000005");
    expect(trace.SpanKind).toBe("Unspecified");
    expect(trace.Duration).toBe("0");
  });
});

describe("llm_spans row", () => {
  it("is absent for spans that are not GenAI", () => {
    expect(normalizeSpan(span("GET /health", { "http.method": "GET" })).llm).toBeNull();
  });

  it("types an LLM call from the span contract", () => {
    const { llm } = normalizeSpan(
      span(
        "chat gpt-4o-mini",
        {
          "llmscope.span.type": "llm",
          "gen_ai.operation.name": "chat",
          "gen_ai.provider.name": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
          "gen_ai.response.id": "chatcmpl-1",
          "gen_ai.response.finish_reasons": ["stop"],
          "gen_ai.response.time_to_first_chunk": 0.25,
          "gen_ai.usage.input_tokens": 1200n,
          "gen_ai.usage.output_tokens": 300n,
          "gen_ai.usage.cache_read.input_tokens": 1000n,
          "gen_ai.usage.cache_write.input_tokens": 50n,
          "gen_ai.usage.reasoning.output_tokens": 100n,
          "gen_ai.prompt.name": "support-answer",
          "gen_ai.prompt.version": "2",
          "llmscope.prompt.variant": "b",
          "user.id": "u-1",
          "session.id": "s-1",
          "gen_ai.conversation.id": "c-1",
          "llmscope.tag.tenant": "acme",
          "error.type": "RateLimitError",
        },
        { status: { code: 2, message: "429" } },
      ),
    );
    expect(llm).toMatchObject({
      SpanType: "llm",
      ServiceName: "checkout",
      Operation: "chat",
      Provider: "openai",
      RequestModel: "gpt-4o-mini",
      ResponseModel: "gpt-4o-mini-2024-07-18",
      ResponseId: "chatcmpl-1",
      FinishReasons: ["stop"],
      DurationNs: "1234567891",
      TimeToFirstChunkNs: "250000000",
      IsStream: 1,
      InputTokens: 1200,
      OutputTokens: 300,
      CacheReadTokens: 1000,
      CacheWriteTokens: 50,
      ReasoningTokens: 100,
      PromptName: "support-answer",
      PromptVersion: "2",
      PromptVariant: "b",
      UserId: "u-1",
      SessionId: "s-1",
      ConversationId: "c-1",
      StatusCode: "Error",
      ErrorType: "RateLimitError",
      Tags: { tenant: "acme" },
    });
  });

  it("accepts the deprecated provider and cache-creation names", () => {
    const { llm } = normalizeSpan(
      span("chat claude", { "gen_ai.operation.name": "chat", "gen_ai.system": "anthropic", "gen_ai.usage.cache_creation.input_tokens": 7n }),
    );
    expect(llm?.Provider).toBe("anthropic");
    expect(llm?.CacheWriteTokens).toBe(7);
    expect(llm?.IsStream).toBe(0);
  });

  it("marks an LLM call without (complete) usage as tokens unknown, not as 0 tokens", () => {
    const chat = { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini" };
    const known = (attrs: Attributes, overrides: Partial<ValidSpan> = {}) => normalizeSpan(span("chat gpt-4o-mini", attrs, overrides)).llm?.TokensUnknown ?? 0;
    expect(known(chat)).toBe(1);
    expect(known({ ...chat, "gen_ai.response.id": "r1", "gen_ai.usage.input_tokens": 12n })).toBe(1);
    expect(known({ ...chat, "gen_ai.usage.input_tokens": 12n, "gen_ai.usage.output_tokens": 0n })).toBe(0);
    expect(known({ "gen_ai.operation.name": "embeddings", "gen_ai.usage.input_tokens": 12n })).toBe(0);
    // Rejected before any response: the provider billed nothing, so 0 is the true usage.
    expect(known(chat, { status: { code: 2, message: "429" } })).toBe(0);
    // Failed mid-stream: something was generated, how much is unknown.
    expect(known({ ...chat, "gen_ai.response.id": "r1" }, { status: { code: 2, message: "reset" } })).toBe(1);
    expect(normalizeSpan(span("retrieval kb", { "gen_ai.operation.name": "retrieval" })).llm?.TokensUnknown).toBeUndefined();
  });

  it("derives output from total − input when only those are reported", () => {
    const { llm } = normalizeSpan(span("chat m", { "gen_ai.operation.name": "chat", "gen_ai.usage.input_tokens": 10n, "llm.usage.total_tokens": 25n }));
    expect(llm?.OutputTokens).toBe(15);
    expect(llm?.TokensUnknown).toBeUndefined();
  });

  it("clamps token counts to the UInt32 column instead of failing the insert", () => {
    const { llm } = normalizeSpan(
      span("chat m", { "gen_ai.operation.name": "chat", "gen_ai.usage.input_tokens": -5n, "gen_ai.usage.output_tokens": 99_999_999_999n }),
    );
    expect(llm?.InputTokens).toBe(0);
    expect(llm?.OutputTokens).toBe(4_294_967_295);
  });

  it("types retrieval, guardrail and prompt spans", () => {
    const retrieval = normalizeSpan(
      span("retrieval kb", {
        "gen_ai.operation.name": "retrieval",
        "gen_ai.data_source.id": "kb",
        "gen_ai.retrieval.top_k": 4n,
        "llmscope.retrieval.documents.count": 3n,
        "llmscope.retrieval.score.max": 0.9,
        "llmscope.retrieval.score.min": 0.1,
        "llmscope.retrieval.score.mean": 0.5,
      }),
    ).llm;
    expect(retrieval).toMatchObject({
      SpanType: "retrieval",
      DataSourceId: "kb",
      RetrievalTopK: 4,
      DocumentsCount: 3,
      RetrievalScoreMax: 0.9,
      RetrievalScoreMin: 0.1,
      RetrievalScoreMean: 0.5,
      GuardrailScore: null,
    });

    const guard = normalizeSpan(
      span("apply_guardrail pii", {
        "gen_ai.operation.name": "apply_guardrail",
        "llmscope.guardrail.name": "pii",
        "llmscope.guardrail.stage": "input",
        "llmscope.guardrail.decision": "block",
        "llmscope.guardrail.categories": ["pii.email"],
        "llmscope.guardrail.score": 0.97,
      }),
    ).llm;
    expect(guard).toMatchObject({
      SpanType: "guardrail",
      GuardrailName: "pii",
      GuardrailStage: "input",
      GuardrailDecision: "block",
      GuardrailTriggered: 1,
      GuardrailCategories: ["pii.email"],
      GuardrailScore: 0.97,
      RetrievalScoreMax: null,
    });

    const draft = normalizeSpan(span("apply_guardrail x", { "gen_ai.operation.name": "apply_guardrail", "gen_ai.guardrail.decision": "pass" })).llm;
    expect(draft).toMatchObject({ GuardrailDecision: "pass", GuardrailTriggered: 0 });

    const prompt = normalizeSpan(span("render_prompt support-answer", { "gen_ai.prompt.name": "support-answer", "gen_ai.prompt.version": "1" })).llm;
    expect(prompt).toMatchObject({ SpanType: "prompt", PromptName: "support-answer", PromptVersion: "1" });

    // A tool call is kept with its trace but is not an LLM call: no tokens to price, so not "tokens unknown" either.
    const tool = normalizeSpan(span("tools/call get_weather", { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather" })).llm;
    expect(tool).toMatchObject({ SpanType: "tool", Operation: "execute_tool" });
    expect(tool?.TokensUnknown ?? 0).toBe(0);

    // An in-process agent's run declares itself an agent span: its model calls are the LLM spans beneath it, so it is not one.
    const agentRun = { "llmscope.span.type": "agent", "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "weather" };
    const agent = normalizeSpan(span("invoke_agent weather", agentRun)).llm;
    expect(agent).toMatchObject({ SpanType: "agent", Operation: "invoke_agent" });
    expect(agent?.TokensUnknown ?? 0).toBe(0);
    // Another instrumentation's invoke_agent without a declared type stays a model call (a remote agent answers as a model does).
    expect(normalizeSpan(span("invoke_agent support", { "gen_ai.operation.name": "invoke_agent" })).llm).toMatchObject({ SpanType: "llm" });
  });
});
