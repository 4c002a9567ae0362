import type { LlmSpanRow, LlmSpanType, OtelTraceRow } from "../../store/rows";
import { stringifyValue } from "./attributes";
import type { CanonicalLlm } from "./canonical";
import { noItems } from "./otel-row";
import type { SpanView } from "./span-view";

const UINT32_MAX = 4_294_967_295;
/** PriceSource of a provider-reported cost; the cost processor keeps such a row's cost as is. */
const REPORTED = "reported";

/**
 * The typed `llm_spans` row of a GenAI span from its merged canonical record; the columns it shares
 * with the span's otel_traces row (time, service, duration, status) are taken from that row.
 */
export function toLlmSpanRow(view: SpanView, spanType: LlmSpanType, r: CanonicalLlm, trace: OtelTraceRow): LlmSpanRow {
  const span = view.span;
  const tokens = tokenCounts(r);
  const ttft = r.timeToFirstChunkSeconds;
  const decision = r.guardrailDecision ?? "";
  const row: LlmSpanRow = {
    Timestamp: trace.Timestamp,
    TraceId: span.traceId,
    SpanId: span.spanId,
    ParentSpanId: span.parentSpanId,
    ServiceName: trace.ServiceName,
    SpanType: spanType,
    SpanName: span.name,
    Operation: r.operation ?? "",
    Provider: r.provider?.toLowerCase() ?? "",
    RequestModel: r.requestModel ?? "",
    ResponseModel: r.responseModel ?? "",
    DurationNs: trace.Duration,
    TimeToFirstChunkNs: toUInt64Nanos(ttft),
    IsStream: r.stream === true || ttft !== undefined ? 1 : 0,
    StatusCode: trace.StatusCode,
    ErrorType: r.errorType ?? "",
    InputTokens: tokens.input,
    OutputTokens: tokens.output,
    CacheReadTokens: tokens.cacheRead,
    CacheWriteTokens: tokens.cacheWrite,
    ReasoningTokens: tokens.reasoning,
    FinishReasons: r.finishReasons ?? noItems(),
    ResponseId: r.responseId ?? "",
    PromptName: r.promptName ?? "",
    PromptVersion: r.promptVersion ?? "",
    PromptVariant: r.promptVariant ?? "",
    UserId: r.userId ?? "",
    SessionId: r.sessionId ?? "",
    ConversationId: r.conversationId ?? "",
    DataSourceId: r.dataSourceId ?? "",
    RetrievalTopK: toUInt32(r.retrievalTopK),
    DocumentsCount: toUInt32(r.documentsCount),
    RetrievalScoreMax: r.scoreMax ?? null,
    RetrievalScoreMin: r.scoreMin ?? null,
    RetrievalScoreMean: r.scoreMean ?? null,
    GuardrailName: r.guardrailName ?? "",
    GuardrailStage: r.guardrailStage ?? "",
    GuardrailDecision: decision,
    GuardrailTriggered: (r.guardrailTriggered ?? (decision !== "" && decision !== "pass")) ? 1 : 0,
    GuardrailCategories: r.guardrailCategories ?? noItems(),
    GuardrailScore: r.guardrailScore ?? null,
    Tags: tags(view, r),
  };
  if (spanType === "llm" && usageUnknown(r, row.StatusCode)) row.TokensUnknown = 1;
  if (spanType === "llm" && r.reportedCostUsd !== undefined && r.reportedCostUsd > 0 && r.reportedCostUsd < 1e9) {
    row.CostUsd = r.reportedCostUsd.toFixed(9);
    row.CostUnpriced = 0;
    row.PriceSource = REPORTED;
  }
  return row;
}

/**
 * An LLM call whose provider usage did not reach us: a stream cut short before its usage chunk, a
 * manual span given no usage, an emitter that does not record it. Its token columns hold only what
 * was reported (0 when nothing), so it must not be priced as if those were the real counts.
 * Embeddings have no output, so input alone is complete usage for them. A call that failed before
 * any response arrived (error status, no response id, model, finish reason or first chunk) was
 * rejected by the provider and bills nothing: its zero counts are true.
 */
function usageUnknown(r: CanonicalLlm, statusCode: string): boolean {
  const input = r.inputTokens !== undefined || (r.totalTokens !== undefined && r.outputTokens !== undefined);
  const output = r.outputTokens !== undefined || (r.totalTokens !== undefined && r.inputTokens !== undefined) || r.operation === "embeddings";
  if (input && output) return false;
  const responded = r.responseId !== undefined || r.responseModel !== undefined || r.finishReasons !== undefined || r.timeToFirstChunkSeconds !== undefined;
  return statusCode !== "Error" || responded;
}

/**
 * Token columns with one meaning whatever the dialect: input includes cache reads and writes,
 * output includes reasoning. A dialect that reports input without cache says so
 * (`inputExcludesCache`); a count smaller than its own part is evidently exclusive too, and the
 * part is added on. A missing input is derived from total − output.
 */
function tokenCounts(r: CanonicalLlm) {
  const cacheRead = toUInt32(r.cacheReadTokens);
  const cacheWrite = toUInt32(r.cacheWriteTokens);
  const reasoning = toUInt32(r.reasoningTokens);
  let output = toUInt32(r.outputTokens);
  let input = toUInt32(r.inputTokens);
  if (r.inputTokens === undefined && r.totalTokens !== undefined && r.outputTokens !== undefined) input = toUInt32(r.totalTokens - r.outputTokens);
  if (r.outputTokens === undefined && r.totalTokens !== undefined && r.inputTokens !== undefined) output = toUInt32(r.totalTokens - r.inputTokens);
  if (r.inputExcludesCache || cacheRead + cacheWrite > input) input = Math.min(input + cacheRead + cacheWrite, UINT32_MAX);
  if (reasoning > output) output = Math.min(output + reasoning, UINT32_MAX);
  return { input, output, cacheRead, cacheWrite, reasoning };
}

/** Token counts arrive as int64; the column is UInt32. Negative or absurd values become 0 / the max, never an insert error. */
function toUInt32(n: number | undefined): number {
  if (n === undefined || !(n > 0)) return 0;
  return Math.min(Math.trunc(n), UINT32_MAX);
}

const UINT64_MAX = (1n << 64n) - 1n;

/** Seconds as UInt64 nanoseconds; negative, NaN or absurd values become 0 / the max, never an insert error. */
function toUInt64Nanos(seconds: number | undefined): string {
  if (seconds === undefined || !(seconds > 0)) return "0";
  const nanos = Math.round(seconds * 1e9);
  return nanos >= 2 ** 64 ? UINT64_MAX.toString() : BigInt(nanos).toString();
}

/** `llmscope.tag.*` attributes, over tags a dialect supplied (association properties, telemetry metadata). */
function tags(view: SpanView, r: CanonicalLlm): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.tags) for (const key in r.tags) out[key] = r.tags[key]!;
  for (const [key, value] of view.prefixed.tag) out[key] = stringifyValue(value);
  return out;
}
