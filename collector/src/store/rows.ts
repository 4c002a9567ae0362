import type { SpanType } from "@llmscope/semconv";

/**
 * Row shapes as inserted with JSONEachRow. Column names match the DDL in collector/migrations.
 * 64-bit integers and DateTime64 values are strings so no precision is lost on the way to ClickHouse.
 */

/** A DateTime64(9) value written as "seconds.nanoseconds" (e.g. "1700000000.123456789"). */
export type DateTime64String = string;

/** One row of `otel_traces`, the OpenTelemetry Collector ClickHouse exporter's table. */
export interface OtelTraceRow {
  Timestamp: DateTime64String;
  TraceId: string;
  SpanId: string;
  ParentSpanId: string;
  TraceState: string;
  SpanName: string;
  SpanKind: string;
  ServiceName: string;
  ResourceAttributes: Record<string, string>;
  ScopeName: string;
  ScopeVersion: string;
  SpanAttributes: Record<string, string>;
  /** Nanoseconds, UInt64 as a decimal string. */
  Duration: string;
  StatusCode: string;
  StatusMessage: string;
  "Events.Timestamp": DateTime64String[];
  "Events.Name": string[];
  "Events.Attributes": Record<string, string>[];
  "Links.TraceId": string[];
  "Links.SpanId": string[];
  "Links.TraceState": string[];
  "Links.Attributes": Record<string, string>[];
}

/** The span kinds of the span contract (@llmscope/semconv). */
export type LlmSpanType = SpanType;

/** One row of `llm_spans`: the typed analytics view of a GenAI span. No payload text. */
export interface LlmSpanRow {
  Timestamp: DateTime64String;
  TraceId: string;
  SpanId: string;
  ParentSpanId: string;
  ServiceName: string;
  SpanType: LlmSpanType;
  SpanName: string;
  Operation: string;
  Provider: string;
  RequestModel: string;
  ResponseModel: string;
  DurationNs: string;
  TimeToFirstChunkNs: string;
  IsStream: number;
  StatusCode: string;
  ErrorType: string;
  InputTokens: number;
  OutputTokens: number;
  CacheReadTokens: number;
  CacheWriteTokens: number;
  ReasoningTokens: number;
  FinishReasons: string[];
  ResponseId: string;
  PromptName: string;
  PromptVersion: string;
  PromptVariant: string;
  UserId: string;
  SessionId: string;
  ConversationId: string;
  DataSourceId: string;
  RetrievalTopK: number;
  DocumentsCount: number;
  RetrievalScoreMax: number | null;
  RetrievalScoreMin: number | null;
  RetrievalScoreMean: number | null;
  GuardrailName: string;
  GuardrailStage: string;
  GuardrailDecision: string;
  GuardrailTriggered: number;
  GuardrailCategories: string[];
  GuardrailScore: number | null;
  Tags: Record<string, string>;
  /**
   * 1 when the call's token usage was not reported (or only in part): the token columns then hold
   * only what was reported and the call is unpriced. Omitted → 0 (usage complete).
   */
  TokensUnknown?: number;
  /** Set by the cost enricher; omitted, the row is stored as unpriced (CostUnpriced = 1, CostUsd = 0). */
  CostUsd?: string;
  CostUnpriced?: number;
  PriceSource?: string;
  /** Set by the PII, injection and quality processors (migration 0006); omitted → empty / 0. */
  PiiTypes?: string[];
  PiiCount?: number;
  InjectionScore?: number;
  InjectionFlagged?: number;
  QualityScores?: Record<string, number>;
}

/** The dimensions of the scored call that an `llm_scores` row carries, so analytics can group scores without a join. */
export interface ScoreDimensions {
  ServiceName: string;
  RequestModel: string;
  PromptName: string;
  PromptVersion: string;
  PromptVariant: string;
  UserId: string;
}

/**
 * One row of `llm_scores`: an evaluation of a span, shaped like the semconv `gen_ai.evaluation.result`
 * event (name, score value, label, explanation), with the span's dimensions copied for analytics.
 */
export interface LlmScoreRow extends ScoreDimensions {
  Timestamp: DateTime64String;
  TraceId: string;
  SpanId: string;
  /** gen_ai.evaluation.name, e.g. groundedness, relevance, refusal, user_feedback. */
  Name: string;
  /** gen_ai.evaluation.score.value, 0–1 for heuristics; null when only a label applies. */
  ScoreValue: number | null;
  /** gen_ai.evaluation.score.label, e.g. pass/fail, thumbs_up. */
  ScoreLabel: string;
  Explanation: string;
  /** heuristic | judge | human */
  Source: string;
}

export const TABLES = { traces: "otel_traces", llmSpans: "llm_spans", scores: "llm_scores" } as const;
