-- Token usage and spend per model over a time range, read from the per-minute rollup llm_calls_1m
-- (exact sums; the range is resolved to whole minutes: a minute belongs to it when its start does).
-- Calls without a price (CostUnpriced = 1: no price known, or not yet priced by the cost enricher)
-- add nothing to cost_usd and are counted in unpriced_calls, so a 0 is never mistaken for free.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column model String the requested model (gen_ai.request.model)
-- @column calls UInt64 number of LLM calls
-- @column input_tokens UInt64 input tokens, cached included
-- @column output_tokens UInt64 output tokens, reasoning included
-- @column cost_usd Float64 spend in USD over priced calls
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
SELECT
    RequestModel AS model,
    -- @include fragments/spend_totals.sql
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY model
ORDER BY cost_usd DESC, model
