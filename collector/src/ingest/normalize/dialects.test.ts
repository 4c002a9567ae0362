import { describe, expect, it } from "vitest";
import type { Attributes, SpanEvent, ValidSpan } from "../receiver/model";
import { normalizeSpan } from "./index";

const START = 1_700_000_000_000_000_000n;

function span(attributes: Attributes, name = "chat m", events: SpanEvent[] = []): ValidSpan {
  return {
    resource: { attributes: { "service.name": "svc" }, schemaUrl: "" },
    scope: { name: "test", version: "", attributes: {} },
    traceId: "1".repeat(32),
    spanId: "2".repeat(16),
    parentSpanId: "",
    traceState: "",
    name,
    kind: 3,
    startTimeUnixNano: START,
    endTimeUnixNano: START + 1_000n,
    attributes,
    events,
    links: [],
    status: { code: 0, message: "" },
    validated: true,
  };
}

describe("dialect priority", () => {
  it("current semconv beats the older names when both are present", () => {
    const { llm } = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.system": "azure_openai",
        "gen_ai.usage.input_tokens": 100n,
        "gen_ai.usage.prompt_tokens": 999n,
        "gen_ai.usage.output_tokens": 10n,
        "gen_ai.usage.completion_tokens": 999n,
        "gen_ai.usage.cache_write.input_tokens": 5n,
        "gen_ai.usage.cache_creation.input_tokens": 50n,
      }),
    );
    expect(llm).toMatchObject({ Provider: "openai", InputTokens: 100, OutputTokens: 10, CacheWriteTokens: 5 });
  });

  it("semconv content beats flattened and OpenInference content, but every carrier is a source", () => {
    const { content } = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "current" }] }]),
        "gen_ai.prompt.0.role": "user",
        "gen_ai.prompt.0.content": "legacy",
        "llm.model_name": "m",
        "llm.input_messages.0.message.role": "user",
        "llm.input_messages.0.message.content": "openinference",
        "input.value": "raw",
      }),
    );
    expect(content?.inputMessages).toEqual([{ role: "user", content: "current" }]);
    expect(content?.inputText).toBeUndefined();
    expect(content?.sources.map((s) => s.key)).toEqual([
      "gen_ai.input.messages",
      "gen_ai.prompt.0.content",
      "llm.input_messages.0.message.content",
      "input.value",
    ]);
  });

  it("OpenInference fills what semconv lacks; llmscope tags win over dialect tags", () => {
    const { llm } = normalizeSpan(
      span({
        "openinference.span.kind": "LLM",
        "llm.model_name": "gpt-4o-2024-08-06",
        "llm.invocation_parameters": '{"model":"gpt-4o","stream":true}',
        "llm.provider": "openai",
        "llm.token_count.prompt": 1000n,
        "llm.token_count.completion": 40n,
        "llm.token_count.prompt_details.cache_read": 800n,
        "llm.token_count.completion_details.reasoning": 10n,
        "traceloop.association.properties.tenant": "from-traceloop",
        "llmscope.tag.tenant": "acme",
      }),
    );
    expect(llm).toMatchObject({
      SpanType: "llm",
      Operation: "chat",
      RequestModel: "gpt-4o",
      ResponseModel: "gpt-4o-2024-08-06",
      IsStream: 1,
      InputTokens: 1000,
      OutputTokens: 40,
      CacheReadTokens: 800,
      ReasoningTokens: 10,
      Tags: { tenant: "acme" },
    });
  });

  it("types OpenInference retrievers and leaves chains out of llm_spans (their content stays visible)", () => {
    const retrieval = normalizeSpan(
      span({
        "openinference.span.kind": "RETRIEVER",
        "input.value": "rotate key",
        "retrieval.documents.0.document.id": "a",
        "retrieval.documents.0.document.score": 0.8,
        "retrieval.documents.0.document.content": "Rotate under Settings.",
        "retrieval.documents.1.document.id": "b",
        "retrieval.documents.1.document.score": 0.4,
      }),
    );
    expect(retrieval.llm).toMatchObject({ SpanType: "retrieval", Operation: "retrieval", DocumentsCount: 2, RetrievalScoreMax: 0.8, RetrievalScoreMin: 0.4 });
    expect(retrieval.llm?.RetrievalScoreMean).toBeCloseTo(0.6);
    expect(retrieval.content).toMatchObject({
      retrievalQuery: "rotate key",
      retrievalDocuments: [
        { id: "a", score: 0.8, content: "Rotate under Settings." },
        { id: "b", score: 0.4 },
      ],
    });

    const chain = normalizeSpan(span({ "openinference.span.kind": "CHAIN", "input.value": "hello" }, "chain"));
    expect(chain.llm).toBeNull();
    expect(chain.content).toEqual({ inputText: "hello", sources: [{ where: "span", key: "input.value" }] });
  });
});

describe("token semantics", () => {
  it("adds cache tokens to an input count that evidently excludes them", () => {
    const { llm } = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.usage.input_tokens": 10n,
        "gen_ai.usage.cache_read.input_tokens": 1000n,
        "gen_ai.usage.cache_write.input_tokens": 200n,
      }),
    );
    expect(llm).toMatchObject({ InputTokens: 1210, CacheReadTokens: 1000, CacheWriteTokens: 200 });
  });

  it("adds cache tokens for OpenLIT's Anthropic spans even when input is larger than the cache", () => {
    const { llm } = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "anthropic",
        "telemetry.sdk.name": "openlit",
        "gen_ai.usage.input_tokens": 500n,
        "gen_ai.usage.cache_read.input_tokens": 300n,
      }),
    );
    expect(llm?.InputTokens).toBe(800);
  });

  it("adds Vercel v5 Anthropic cachedInputTokens, but not v6 totals", () => {
    const v5 = normalizeSpan(
      span({
        "ai.operationId": "ai.generateText.doGenerate",
        "ai.model.provider": "anthropic.messages",
        "ai.model.id": "claude",
        "ai.usage.inputTokens": 500n,
        "ai.usage.cachedInputTokens": 300n,
      }),
    );
    expect(v5.llm).toMatchObject({ Provider: "anthropic", InputTokens: 800, CacheReadTokens: 300 });
    const v6 = normalizeSpan(
      span({
        "ai.operationId": "ai.generateText.doGenerate",
        "ai.model.provider": "anthropic.messages",
        "ai.model.id": "claude",
        "ai.usage.inputTokens": 800n,
        "ai.usage.inputTokenDetails.noCacheTokens": 500n,
        "ai.usage.inputTokenDetails.cacheReadTokens": 300n,
      }),
    );
    expect(v6.llm).toMatchObject({ InputTokens: 800, CacheReadTokens: 300 });
  });

  it("keeps inclusive counts as they are and derives a missing input from the total", () => {
    const inclusive = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.usage.input_tokens": 1200n,
        "gen_ai.usage.cache_read.input_tokens": 1000n,
        "gen_ai.usage.output_tokens": 50n,
        "gen_ai.usage.reasoning.output_tokens": 20n,
      }),
    );
    expect(inclusive.llm).toMatchObject({ InputTokens: 1200, OutputTokens: 50, ReasoningTokens: 20 });
    const derived = normalizeSpan(
      span({ "llm.request.type": "chat", "gen_ai.request.model": "m", "llm.usage.total_tokens": 150n, "gen_ai.usage.completion_tokens": 50n }),
    );
    expect(derived.llm).toMatchObject({ InputTokens: 100, OutputTokens: 50 });
  });

  it("counts reasoning inside output when a dialect reports them apart", () => {
    const { llm } = normalizeSpan(span({ "gen_ai.operation.name": "chat", "gen_ai.usage.output_tokens": 10n, "gen_ai.usage.reasoning_tokens": 90n }));
    expect(llm).toMatchObject({ OutputTokens: 100, ReasoningTokens: 90 });
  });

  it("keeps a provider-reported cost (OpenLIT) and ignores OpenLIT's 0 for an unknown price", () => {
    const reported = normalizeSpan(span({ "gen_ai.operation.name": "chat", "gen_ai.usage.cost": 0.0012345678 }));
    expect(reported.llm).toMatchObject({ CostUsd: "0.001234568", CostUnpriced: 0, PriceSource: "reported" });
    const unknown = normalizeSpan(span({ "gen_ai.operation.name": "chat", "gen_ai.usage.cost": 0 }));
    expect(unknown.llm?.CostUsd).toBeUndefined();
  });
});

describe("malformed and unknown values", () => {
  it("ignores malformed values instead of throwing or dropping the span", () => {
    const { llm, content } = normalizeSpan(
      span({
        "gen_ai.operation.name": "chat",
        "gen_ai.usage.input_tokens": "lots",
        "gen_ai.usage.output_tokens": { nested: true },
        "gen_ai.response.finish_reasons": 7n,
        "gen_ai.input.messages": "[{not json",
        "gen_ai.output.messages": JSON.stringify([
          42,
          null,
          {
            role: "assistant",
            parts: [
              { type: "text", content: "ok" },
              { type: "tool_call", name: "x" },
            ],
          },
        ]),
        "gen_ai.retrieval.documents": '{"not":"a list"}',
        "llm.invocation_parameters": "{broken",
        "llm.model_name": ["array"],
        "retrieval.documents.0.document.score": "high",
        "ai.prompt": "[[[",
        "ai.operationId": 12n,
        "some.unknown.attribute": new Uint8Array([1]),
      }),
    );
    expect(llm).toMatchObject({ SpanType: "llm", InputTokens: 0, OutputTokens: 0, FinishReasons: [] });
    expect(content?.outputMessages).toEqual([{ role: "assistant", content: "ok" }]);
    expect(content?.inputMessages).toBeUndefined();
    expect(content?.inputText).toBe("[{not json");
  });

  it("never takes embedding vectors as content", () => {
    const { content } = normalizeSpan(
      span({
        "ai.operationId": "ai.embed.doEmbed",
        "ai.model.id": "e",
        "ai.value": "hi",
        "ai.embedding": "[0.1,0.2]",
        "embedding.embeddings.0.embedding.vector": [0.1, 0.2],
      }),
    );
    expect(content).toEqual({ inputText: "hi", sources: [{ where: "span", key: "ai.value" }] });
  });

  it("reads content carried in deprecated per-message span events", () => {
    const { content } = normalizeSpan(
      span({ "gen_ai.operation.name": "chat" }, "chat m", [
        { timeUnixNano: START, name: "gen_ai.user.message", attributes: { content: "hello" } },
        { timeUnixNano: START, name: "gen_ai.choice", attributes: { message: JSON.stringify({ role: "assistant", content: "hi!" }) } },
      ]),
    );
    expect(content).toEqual({
      inputMessages: [{ role: "user", content: "hello" }],
      outputMessages: [{ role: "assistant", content: "hi!" }],
      sources: [
        { where: "event", eventIndex: 0, key: "content" },
        { where: "event", eventIndex: 1, key: "message" },
      ],
    });
  });
});
