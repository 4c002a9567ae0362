import type { ChdbStore } from "@llmscope/collector/internal/store/chdb-store";

/** Fills a migrated store with the bench's synthetic spans and scores. */
export async function seedQueryBenchData(store: ChdbStore, spans: number): Promise<void> {
  const batch = 500_000;
  for (let start = 0; start < spans; start += batch) await store.exec(insertSpans(start, Math.min(batch, spans - start)));
  await store.exec(insertScores(Math.round(spans / 20)));
  // The same spans as otel_traces rows (the first of each trace is its root), which recent_traces
  // reads for roots and whole-trace durations.
  await store.exec(`INSERT INTO otel_traces (Timestamp, TraceId, SpanId, ParentSpanId, SpanName, SpanKind, ServiceName, Duration, StatusCode)
    SELECT Timestamp, TraceId, SpanId, ParentSpanId, SpanName, 'Internal', ServiceName, DurationNs, StatusCode FROM llm_spans`);
}

/** n spans numbered from `start`: deterministic, spread over the last 7 days. */
function insertSpans(start: number, n: number): string {
  return `INSERT INTO llm_spans (Timestamp, TraceId, SpanId, ParentSpanId, ServiceName, SpanType, SpanName, Operation, Provider,
    RequestModel, ResponseModel, DurationNs, TimeToFirstChunkNs, IsStream, StatusCode, ErrorType, InputTokens, OutputTokens,
    CacheReadTokens, CacheWriteTokens, ReasoningTokens, FinishReasons, ResponseId, PromptName, PromptVersion, PromptVariant,
    UserId, SessionId, ConversationId, DataSourceId, RetrievalTopK, DocumentsCount, RetrievalScoreMax, RetrievalScoreMin,
    RetrievalScoreMean, GuardrailName, GuardrailStage, GuardrailDecision, GuardrailTriggered, GuardrailCategories, GuardrailScore,
    Tags, CostUsd, CostUnpriced, PriceSource, PiiTypes, PiiCount, InjectionScore, InjectionFlagged, QualityScores, TokensUnknown)
SELECT
    toDateTime64(now64(3) - toIntervalMillisecond(n * 302), 9) AS Timestamp,
    lower(hex(cityHash64(intDiv(n, 4)))) AS TraceId,
    lower(hex(cityHash64(n, 1))) AS SpanId,
    if(n % 4 = 0, '', lower(hex(cityHash64(intDiv(n, 4) * 4, 1)))) AS ParentSpanId,
    ['checkout', 'support', 'search'][app + 1] AS ServiceName,
    ['llm', 'llm', 'retrieval', 'guardrail'][n % 4 + 1] AS SpanType,
    concat(SpanType, ' x') AS SpanName,
    if(SpanType = 'llm', 'chat', SpanType) AS Operation,
    if(SpanType = 'llm', 'openai', '') AS Provider,
    if(SpanType = 'llm', multiIf(app = 0, 'gpt-4o-mini', app = 1, ['gpt-4o', 'o4-mini'][intDiv(n, 12) % 2 + 1], 'acme-private'), '') AS RequestModel,
    RequestModel AS ResponseModel,
    toUInt64(200e6 + (cityHash64(n, 2) % 1800) * 1e6) AS DurationNs,
    toUInt64(if(n % 8 = 0, 50e6 + (cityHash64(n, 3) % 400) * 1e6, 0)) AS TimeToFirstChunkNs,
    toUInt8(n % 8 = 0) AS IsStream,
    if(n % 53 = 0, 'Error', 'Unset') AS StatusCode,
    if(n % 53 = 0, 'RateLimitError', '') AS ErrorType,
    toUInt32(if(SpanType = 'llm', 200 + cityHash64(n, 4) % 3000, 0)) AS InputTokens,
    toUInt32(if(SpanType = 'llm', 20 + cityHash64(n, 5) % 600, 0)) AS OutputTokens,
    toUInt32(0) AS CacheReadTokens, toUInt32(0) AS CacheWriteTokens, toUInt32(0) AS ReasoningTokens,
    ['stop'] AS FinishReasons, '' AS ResponseId,
    ['summarize', 'support-answer', 'classify'][app + 1] AS PromptName,
    toString(intDiv(n, 4000) % 2 + 1) AS PromptVersion,
    ['control', 'treatment'][intDiv(n, 4) % 2 + 1] AS PromptVariant,
    concat('user-', toString(cityHash64(intDiv(n, 4)) % 5000)) AS UserId,
    '' AS SessionId, '' AS ConversationId,
    if(SpanType = 'retrieval', 'kb', '') AS DataSourceId,
    toUInt32(if(SpanType = 'retrieval', 4, 0)) AS RetrievalTopK,
    toUInt32(if(SpanType = 'retrieval', cityHash64(n, 6) % 5, 0)) AS DocumentsCount,
    if(SpanType = 'retrieval', (cityHash64(n, 7) % 1000) / 1000, NULL) AS RetrievalScoreMax,
    if(SpanType = 'retrieval', (cityHash64(n, 8) % 500) / 1000, NULL) AS RetrievalScoreMin,
    if(SpanType = 'retrieval', (cityHash64(n, 9) % 700) / 1000, NULL) AS RetrievalScoreMean,
    if(SpanType = 'guardrail', 'input-pii', '') AS GuardrailName,
    if(SpanType = 'guardrail', 'input', '') AS GuardrailStage,
    if(SpanType = 'guardrail', if(n % 40 = 3, 'block', 'pass'), '') AS GuardrailDecision,
    toUInt8(GuardrailDecision = 'block') AS GuardrailTriggered,
    CAST([], 'Array(String)') AS GuardrailCategories, NULL AS GuardrailScore,
    map() AS Tags,
    if(SpanType = 'llm' AND RequestModel != 'acme-private', toDecimal64((InputTokens * 0.15 + OutputTokens * 0.6) / 1e6, 9), toDecimal64(0, 9)) AS CostUsd,
    toUInt8(SpanType = 'llm' AND RequestModel = 'acme-private') AS CostUnpriced,
    '' AS PriceSource,
    if(n % 500 = 0, ['EMAIL'], CAST([], 'Array(String)')) AS PiiTypes,
    toUInt32(n % 500 = 0) AS PiiCount,
    toFloat32((cityHash64(n, 10) % 100) / 100) AS InjectionScore,
    toUInt8(n % 300 = 0) AS InjectionFlagged,
    map() AS QualityScores,
    toUInt8(0) AS TokensUnknown
FROM (SELECT number + ${start} AS n, intDiv(n, 4) % 3 AS app FROM numbers(${n}))`;
}

function insertScores(n: number): string {
  return `INSERT INTO llm_scores (Timestamp, TraceId, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, PromptVariant, UserId, Name, ScoreValue, ScoreLabel, Explanation, Source)
SELECT
    toDateTime64(now64(3) - toIntervalMillisecond(number * 6040), 9),
    lower(hex(cityHash64(number * 20))), '', ['checkout', 'support', 'search'][number % 3 + 1],
    ['gpt-4o-mini', 'gpt-4o'][number % 2 + 1], 'support-answer', toString(number % 3 + 1), '', '',
    ['user_feedback', 'groundedness', 'refusal'][number % 3 + 1], (cityHash64(number) % 100) / 100, '', '',
    if(number % 3 = 0, 'human', 'heuristic')
FROM numbers(${n})`;
}
