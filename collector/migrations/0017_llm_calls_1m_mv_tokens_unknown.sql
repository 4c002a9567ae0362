-- llm_calls_1m_mv (with TokensUnknownCalls): folds every insert into llm_spans into the per-minute rollup llm_calls_1m.
-- Each insert block yields partial rows per (series, minute); AggregatingMergeTree merges them
-- later and the queries aggregate again (sum / quantilesTDigestMerge), so partial rows are correct.
-- Cost: priced calls only (CostUnpriced = 0); unpriced calls are counted in UnpricedCalls, and those
-- among them whose usage was not reported also in TokensUnknownCalls.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_calls_1m_mv
TO llm_calls_1m
AS SELECT
    toStartOfMinute(toDateTime(Timestamp)) AS Minute,
    ServiceName,
    RequestModel,
    Operation,
    Provider,
    PromptName,
    PromptVersion,
    count() AS Calls,
    countIf(StatusCode = 'Error') AS Errors,
    countIf(IsStream = 1) AS Streams,
    sum(toUInt64(InputTokens)) AS InputTokens,
    sum(toUInt64(OutputTokens)) AS OutputTokens,
    sum(toUInt64(CacheReadTokens)) AS CacheReadTokens,
    sum(toUInt64(CacheWriteTokens)) AS CacheWriteTokens,
    sum(toUInt64(ReasoningTokens)) AS ReasoningTokens,
    sumIf(CostUsd, CostUnpriced = 0) AS CostUsd,
    countIf(CostUnpriced = 1) AS UnpricedCalls,
    countIf(TokensUnknown = 1) AS TokensUnknownCalls,
    quantilesTDigestState(0.5, 0.95, 0.99)(DurationNs / 1e6) AS DurationMs,
    quantilesTDigestStateIf(0.5, 0.95, 0.99)(TimeToFirstChunkNs / 1e6, IsStream = 1 AND TimeToFirstChunkNs > 0) AS TimeToFirstChunkMs
FROM llm_spans
WHERE SpanType = 'llm'
GROUP BY Minute, ServiceName, RequestModel, Operation, Provider, PromptName, PromptVersion
