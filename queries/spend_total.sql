-- Total spend over a time range, with cost per request and per user. Unpriced calls
-- (CostUnpriced = 1) add nothing to the spend and are counted apart, so averages use priced calls.
-- Read from the per-minute rollup llm_call_outcomes_1m (exact sums; users counted exactly from its
-- per-minute sets of user ids). The range is resolved to whole minutes (a minute belongs to the
-- range when its start does).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column calls UInt64 number of LLM calls
-- @column priced_calls UInt64 calls with a price
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
-- @column cost_usd Float64 spend in USD over priced calls
-- @column cost_per_request Float64 cost_usd / priced_calls (NaN, null in JSON, without priced calls)
-- @column users UInt64 distinct non-empty user ids among priced calls
-- @column cost_per_user Float64 spend of priced calls that carry a user id / users
SELECT
    sum(Calls) AS calls,
    sumIf(Calls, CostUnpriced = 0) AS priced_calls,
    sumIf(Calls, CostUnpriced = 1) AS unpriced_calls,
    sumIf(Calls, TokensUnknown = 1) AS tokens_unknown_calls,
    toFloat64(sumIf(SpendUsd, CostUnpriced = 0)) AS cost_usd,
    cost_usd / priced_calls AS cost_per_request,
    uniqExactMergeIf(Users, CostUnpriced = 0) AS users,
    toFloat64(sumIf(SpendWithUserUsd, CostUnpriced = 0)) / users AS cost_per_user
FROM llm_call_outcomes_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
