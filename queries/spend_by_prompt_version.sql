-- Spend per prompt and prompt version over a time range, with cost per request. Calls made outside
-- any prompt context show as an empty prompt name. Read from the per-minute rollup llm_calls_1m
-- (exact sums; the range is resolved to whole minutes: a minute belongs to it when its start does).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column prompt_name String gen_ai.prompt.name
-- @column prompt_version String gen_ai.prompt.version
-- @column calls UInt64 number of LLM calls
-- @column cost_usd Float64 spend in USD over priced calls
-- @column cost_per_request Float64 cost_usd / priced calls (NaN, null in JSON, without priced calls)
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
SELECT
    PromptName AS prompt_name,
    PromptVersion AS prompt_version,
    sum(Calls) AS calls,
    toFloat64(sum(CostUsd)) AS cost_usd,
    cost_usd / (calls - sum(UnpricedCalls)) AS cost_per_request,
    sum(UnpricedCalls) AS unpriced_calls,
    sum(TokensUnknownCalls) AS tokens_unknown_calls
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY prompt_name, prompt_version
ORDER BY prompt_name, prompt_version
