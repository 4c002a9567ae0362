import type { LlmScoreRow, LlmSpanRow, ScoreDimensions } from "./rows";

/** The span an llm_scores row is about: its key and the dimensions analytics group scores by. */
export type ScoredSpan = Pick<LlmScoreRow, "Timestamp" | "TraceId" | "SpanId"> & ScoreDimensions;

/** What an evaluation found (the semconv gen_ai.evaluation.result fields) and who made it. */
export type Score = Pick<LlmScoreRow, "Name" | "ScoreValue" | "ScoreLabel" | "Explanation"> & { Source: "heuristic" | "judge" | "human" };

/** The scored-span fields of an llm_spans row. */
export function scoredSpanOf(llm: LlmSpanRow): ScoredSpan {
  return {
    Timestamp: llm.Timestamp,
    TraceId: llm.TraceId,
    SpanId: llm.SpanId,
    ServiceName: llm.ServiceName,
    RequestModel: llm.RequestModel,
    PromptName: llm.PromptName,
    PromptVersion: llm.PromptVersion,
    PromptVariant: llm.PromptVariant,
    UserId: llm.UserId,
  };
}

/** The one way an llm_scores row is made: heuristics, the judge and user feedback all build it here. */
export function scoreRow(span: ScoredSpan, score: Score): LlmScoreRow {
  return {
    Timestamp: span.Timestamp,
    TraceId: span.TraceId,
    SpanId: span.SpanId,
    ServiceName: span.ServiceName,
    RequestModel: span.RequestModel,
    PromptName: span.PromptName,
    PromptVersion: span.PromptVersion,
    PromptVariant: span.PromptVariant,
    UserId: span.UserId,
    Name: score.Name,
    ScoreValue: score.ScoreValue,
    ScoreLabel: score.ScoreLabel,
    Explanation: score.Explanation,
    Source: score.Source,
  };
}
