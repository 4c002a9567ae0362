-- The SELECT list, source and grouping that fill llm_call_outcomes_1m: one row per minute and
-- outcome key. Its view and its backfill both include it, so the two cannot drift apart.
    toStartOfMinute(toDateTime(Timestamp)) AS Minute,
    ServiceName,
    RequestModel,
    PromptName,
    toUInt8(StatusCode = 'Error') AS IsError,
    if(StatusCode = 'Error', ErrorType, '') AS ErrorType,
    TokensUnknown,
    CostUnpriced,
    count() AS Calls,
-- @include fragments/token_sums.sql
    sum(CostUsd) AS SpendUsd,
    sumIf(CostUsd, UserId != '') AS SpendWithUserUsd,
    uniqExactStateIf(UserId, UserId != '') AS Users
FROM llm_spans
WHERE SpanType = 'llm'
GROUP BY Minute, ServiceName, RequestModel, PromptName, IsError, ErrorType, TokensUnknown, CostUnpriced
