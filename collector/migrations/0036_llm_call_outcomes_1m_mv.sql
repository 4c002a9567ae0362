-- llm_call_outcomes_1m_mv: folds every insert into llm_spans into llm_call_outcomes_1m. Each insert
-- block yields partial rows per key and minute; AggregatingMergeTree merges them later and the
-- queries aggregate again, so partial rows are correct. The SELECT is the same as the backfill's
-- (migration 0037): keep the two equal.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_call_outcomes_1m_mv
TO llm_call_outcomes_1m
AS SELECT
    toStartOfMinute(toDateTime(Timestamp)) AS Minute,
    ServiceName,
    RequestModel,
    PromptName,
    toUInt8(StatusCode = 'Error') AS IsError,
    if(StatusCode = 'Error', ErrorType, '') AS ErrorType,
    TokensUnknown,
    CostUnpriced,
    count() AS Calls,
    sum(toUInt64(InputTokens)) AS InputTokens,
    sum(toUInt64(OutputTokens)) AS OutputTokens,
    sum(toUInt64(CacheReadTokens)) AS CacheReadTokens,
    sum(toUInt64(CacheWriteTokens)) AS CacheWriteTokens,
    sum(toUInt64(ReasoningTokens)) AS ReasoningTokens,
    sum(CostUsd) AS SpendUsd,
    sumIf(CostUsd, UserId != '') AS SpendWithUserUsd,
    uniqExactStateIf(UserId, UserId != '') AS Users
FROM llm_spans
WHERE SpanType = 'llm'
GROUP BY Minute, ServiceName, RequestModel, PromptName, IsError, ErrorType, TokensUnknown, CostUnpriced
