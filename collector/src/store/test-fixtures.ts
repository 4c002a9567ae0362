/** Realistic rows for the store tests (chDB and server suites share them). */

import type { LlmSpanRow, OtelTraceRow } from "./rows";

/** Whole seconds an hour ago: rows must be recent, or the tables' TTL drops them on insert. */
export const BASE_SECONDS = Math.floor(Date.now() / 1000) - 3600;
const at = (offsetSeconds: number, nanos: string): string => `${BASE_SECONDS + offsetSeconds}.${nanos}`;

export const TRACE_ID = "5b8efff798038103d269b633813fc60c";

/** The event and link columns of an otel_traces row with no events and no links. */
export function noEventsOrLinks(): Pick<OtelTraceRow, Extract<keyof OtelTraceRow, `Events.${string}` | `Links.${string}`>> {
  return {
    "Events.Timestamp": [],
    "Events.Name": [],
    "Events.Attributes": [],
    "Links.TraceId": [],
    "Links.SpanId": [],
    "Links.TraceState": [],
    "Links.Attributes": [],
  };
}

export function traceRows(): OtelTraceRow[] {
  return [
    {
      Timestamp: at(0, "123456789"),
      TraceId: TRACE_ID,
      SpanId: "eee19b7ec3c1b174",
      ParentSpanId: "",
      TraceState: "vendor=a",
      SpanName: "chat gpt-4o",
      SpanKind: "Client",
      ServiceName: "support-bot",
      ResourceAttributes: { "service.name": "support-bot", "deployment.environment": "prod" },
      ScopeName: "llmscope",
      ScopeVersion: "0.1.0",
      SpanAttributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "llmscope.cost_usd": "0.00042" },
      Duration: "1234567891",
      StatusCode: "Ok",
      StatusMessage: "",
      "Events.Timestamp": [at(0, "223456789"), at(1, "000000001")],
      "Events.Name": ["gen_ai.content.prompt", "gen_ai.choice"],
      "Events.Attributes": [{ "gen_ai.prompt": 'it\'s "quoted"' }, {}],
      "Links.TraceId": ["0af7651916cd43dd8448eb211c80319c"],
      "Links.SpanId": ["b7ad6b7169203331"],
      "Links.TraceState": [""],
      "Links.Attributes": [{ "link.kind": "retry" }],
    },
    {
      Timestamp: at(0, "100000007"),
      TraceId: TRACE_ID,
      SpanId: "aaa19b7ec3c1b100",
      ParentSpanId: "",
      TraceState: "",
      SpanName: "POST /answer",
      SpanKind: "Server",
      ServiceName: "support-bot",
      ResourceAttributes: { "service.name": "support-bot" },
      ScopeName: "",
      ScopeVersion: "",
      SpanAttributes: {},
      Duration: "18446744073709551615",
      StatusCode: "Error",
      StatusMessage: "upstream 500",
      ...noEventsOrLinks(),
    },
  ];
}

/**
 * An llm_spans row with every column empty or zero: tests spell out only the fields they are about.
 * Timestamp and ids are placeholders a test overrides when it stores more than one row.
 */
export function blankLlmRow(fields: Partial<LlmSpanRow> = {}): LlmSpanRow {
  return {
    Timestamp: at(0, "000000000"),
    TraceId: TRACE_ID,
    SpanId: "0000000000000001",
    ParentSpanId: "",
    ServiceName: "",
    SpanType: "llm",
    SpanName: "",
    Operation: "",
    Provider: "",
    RequestModel: "",
    ResponseModel: "",
    DurationNs: "0",
    TimeToFirstChunkNs: "0",
    IsStream: 0,
    StatusCode: "Unset",
    ErrorType: "",
    InputTokens: 0,
    OutputTokens: 0,
    CacheReadTokens: 0,
    CacheWriteTokens: 0,
    ReasoningTokens: 0,
    FinishReasons: [],
    ResponseId: "",
    PromptName: "",
    PromptVersion: "",
    PromptVariant: "",
    UserId: "",
    SessionId: "",
    ConversationId: "",
    DataSourceId: "",
    RetrievalTopK: 0,
    DocumentsCount: 0,
    RetrievalScoreMax: null,
    RetrievalScoreMin: null,
    RetrievalScoreMean: null,
    GuardrailName: "",
    GuardrailStage: "",
    GuardrailDecision: "",
    GuardrailTriggered: 0,
    GuardrailCategories: [],
    GuardrailScore: null,
    Tags: {},
    ...fields,
  };
}

export function llmRows(): LlmSpanRow[] {
  const base = blankLlmRow({
    Timestamp: at(0, "123456789"),
    TraceId: TRACE_ID,
    SpanId: "eee19b7ec3c1b174",
    ParentSpanId: "aaa19b7ec3c1b100",
    ServiceName: "support-bot",
    SpanType: "llm",
    SpanName: "chat gpt-4o",
    Operation: "chat",
    Provider: "openai",
    RequestModel: "gpt-4o",
    ResponseModel: "gpt-4o-2024-08-06",
    DurationNs: "1234567891",
    TimeToFirstChunkNs: "250000001",
    IsStream: 1,
    StatusCode: "Ok",
    InputTokens: 1200,
    OutputTokens: 345,
    CacheReadTokens: 1024,
    FinishReasons: ["stop"],
    ResponseId: "chatcmpl-123",
    PromptName: "answer",
    PromptVersion: "v3",
    PromptVariant: "b",
    UserId: "u-1",
    SessionId: "s-1",
    ConversationId: "c-1",
    Tags: { team: "support", "o'brien": "x" },
    CostUsd: "0.000123456",
    CostUnpriced: 0,
    PriceSource: "test-prices",
    PiiTypes: ["EMAIL"],
    PiiCount: 2,
    InjectionScore: 0.75,
    InjectionFlagged: 1,
    QualityScores: { groundedness: 0.5 },
    TokensUnknown: 0,
  });
  return [
    base,
    {
      ...base,
      Timestamp: at(0, "000000001"),
      SpanId: "ccc19b7ec3c1b101",
      SpanType: "retrieval",
      SpanName: "retrieve docs",
      Operation: "retrieval",
      Provider: "",
      RequestModel: "",
      ResponseModel: "",
      DurationNs: "9000000",
      TimeToFirstChunkNs: "0",
      IsStream: 0,
      InputTokens: 0,
      OutputTokens: 0,
      CacheReadTokens: 0,
      FinishReasons: [],
      ResponseId: "",
      DataSourceId: "kb-main",
      RetrievalTopK: 5,
      DocumentsCount: 5,
      RetrievalScoreMax: 0.91,
      RetrievalScoreMin: 0.125,
      RetrievalScoreMean: 0.5,
      Tags: {},
    },
    {
      ...base,
      Timestamp: at(1, "999999999"),
      SpanId: "ddd19b7ec3c1b102",
      SpanType: "guardrail",
      SpanName: "apply_guardrail pii",
      Operation: "apply_guardrail",
      GuardrailName: "pii",
      GuardrailStage: "output",
      GuardrailDecision: "block",
      GuardrailTriggered: 1,
      GuardrailCategories: ["email", "phone"],
      GuardrailScore: 0.75,
      Tags: {},
    },
  ];
}

/**
 * Reads rows back in the inserted shape: DateTime64 columns as "seconds.nanoseconds" (the
 * session's output format is switched per query), Nested columns by their flattened names.
 */
export const SELECT_TRACES = `SELECT * FROM otel_traces ORDER BY SpanId
  SETTINGS date_time_output_format = 'unix_timestamp'`;
export const SELECT_LLM = `SELECT * FROM llm_spans ORDER BY SpanId
  SETTINGS date_time_output_format = 'unix_timestamp'`;

export function bySpanId<T extends { SpanId: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.SpanId.localeCompare(b.SpanId));
}
