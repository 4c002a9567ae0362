-- Spend per user (user.id) over a time range, biggest spenders first. Calls without a user id are
-- left out (see spend_total for the whole); unpriced calls add nothing to cost_usd.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param limit UInt32 = 20 [1..10000] how many users to return
-- @column user String the user id
-- @column calls UInt64 number of LLM calls
-- @column cost_usd Float64 spend in USD over priced calls
-- @column cost_per_request Float64 cost_usd / priced calls of this user (NaN, null in JSON, without priced calls)
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
SELECT
    UserId AS user,
    count() AS calls,
    toFloat64(sumIf(CostUsd, CostUnpriced = 0)) AS cost_usd,
    cost_usd / countIf(CostUnpriced = 0) AS cost_per_request,
    countIf(CostUnpriced = 1) AS unpriced_calls,
    countIf(TokensUnknown = 1) AS tokens_unknown_calls
FROM llm_spans
WHERE SpanType = 'llm'
  AND UserId != ''
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
GROUP BY user
ORDER BY cost_usd DESC, user
LIMIT {limit:UInt32}
