-- Spend per UTC day, read from the per-minute rollup llm_calls_1m (exact sums), so a month or more
-- stays cheap. The range is resolved to whole minutes (a minute belongs to the range when its start
-- does). Unpriced calls add nothing to cost_usd and are counted apart.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column day Date the UTC day
-- @column calls UInt64 LLM calls that day
-- @column input_tokens UInt64 input tokens, cached included
-- @column output_tokens UInt64 output tokens, reasoning included
-- @column cost_usd Float64 spend in USD over priced calls
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
SELECT
    toDate(Minute, 'UTC') AS day,
    -- @include fragments/spend_totals.sql
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY day
ORDER BY day
