import type { ValidSpan } from "../receiver/model";
import { STATUS_CODE_NAMES } from "../receiver/model";
import type { LlmSpanRow } from "../store/rows";
import { readBoolean, readNumber, readString, readStringArray, stringifyValue } from "./attributes";
import { KEYS, TAG_PREFIX } from "./genai-keys";
import { serviceName } from "./otel-row";
import { genAiSpanType } from "./span-type";
import { toDateTime64 } from "./time";

const UINT32_MAX = 4_294_967_295;

/** The typed `llm_spans` row for a GenAI span; null for any other span. */
export function toLlmSpanRow(span: ValidSpan): LlmSpanRow | null {
  const attrs = span.attributes;
  const spanType = genAiSpanType(span.name, attrs);
  if (!spanType) return null;

  const str = (keys: readonly string[]) => readString(attrs, ...keys) ?? "";
  const count = (keys: readonly string[]) => toUInt32(readNumber(attrs, ...keys));
  const ttftSeconds = readNumber(attrs, ...KEYS.timeToFirstChunk);
  const decision = str(KEYS.guardrailDecision);

  return {
    Timestamp: toDateTime64(span.startTimeUnixNano),
    TraceId: span.traceId,
    SpanId: span.spanId,
    ParentSpanId: span.parentSpanId,
    ServiceName: serviceName(span),
    SpanType: spanType,
    SpanName: span.name,
    Operation: str(KEYS.operation),
    Provider: str(KEYS.provider),
    RequestModel: str(KEYS.requestModel),
    ResponseModel: str(KEYS.responseModel),
    DurationNs: (span.endTimeUnixNano - span.startTimeUnixNano).toString(),
    TimeToFirstChunkNs: ttftSeconds !== undefined && ttftSeconds >= 0 ? Math.round(ttftSeconds * 1e9).toString() : "0",
    IsStream: readBoolean(attrs, ...KEYS.stream) === true || ttftSeconds !== undefined ? 1 : 0,
    StatusCode: STATUS_CODE_NAMES[span.status.code] ?? "Unset",
    ErrorType: str(KEYS.errorType),
    InputTokens: count(KEYS.inputTokens),
    OutputTokens: count(KEYS.outputTokens),
    CacheReadTokens: count(KEYS.cacheReadTokens),
    CacheWriteTokens: count(KEYS.cacheWriteTokens),
    ReasoningTokens: count(KEYS.reasoningTokens),
    FinishReasons: readStringArray(attrs, ...KEYS.finishReasons) ?? [],
    ResponseId: str(KEYS.responseId),
    PromptName: str(KEYS.promptName),
    PromptVersion: str(KEYS.promptVersion),
    PromptVariant: str(KEYS.promptVariant),
    UserId: str(KEYS.userId),
    SessionId: str(KEYS.sessionId),
    ConversationId: str(KEYS.conversationId),
    DataSourceId: str(KEYS.dataSourceId),
    RetrievalTopK: count(KEYS.retrievalTopK),
    DocumentsCount: count(KEYS.documentsCount),
    RetrievalScoreMax: readNumber(attrs, ...KEYS.scoreMax) ?? null,
    RetrievalScoreMin: readNumber(attrs, ...KEYS.scoreMin) ?? null,
    RetrievalScoreMean: readNumber(attrs, ...KEYS.scoreMean) ?? null,
    GuardrailName: str(KEYS.guardrailName),
    GuardrailStage: str(KEYS.guardrailStage),
    GuardrailDecision: decision,
    GuardrailTriggered: (readBoolean(attrs, ...KEYS.guardrailTriggered) ?? (decision !== "" && decision !== "pass")) ? 1 : 0,
    GuardrailCategories: readStringArray(attrs, ...KEYS.guardrailCategories) ?? [],
    GuardrailScore: readNumber(attrs, ...KEYS.guardrailScore) ?? null,
    Tags: tags(span),
  };
}

/** Token counts arrive as int64; the column is UInt32. Negative or absurd values become 0 / the max, never an insert error. */
function toUInt32(n: number | undefined): number {
  if (n === undefined || !(n > 0)) return 0;
  return Math.min(Math.trunc(n), UINT32_MAX);
}

function tags(span: ValidSpan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(span.attributes)) {
    if (key.startsWith(TAG_PREFIX)) out[key.slice(TAG_PREFIX.length)] = stringifyValue(value);
  }
  return out;
}
