-- Tokens of LLM calls as a time series, read from the per-minute rollup llm_calls_1m (exact sums),
-- either in one series (by_model = 0, model '') or one series per requested model (by_model = 1).
-- The model column is a label: Grafana's time-series format turns it into one field per model.
-- The range is resolved to whole minutes (a minute belongs to the range when its start does);
-- bucket_seconds should be a multiple of 60.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only this service ('' means all services)
-- @param model String = '' only this requested model ('' means all models)
-- @param prompt_name String = '' only calls of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param by_model UInt8 = 0 {0|1} 1: one series per requested model; 0: all models in one series
-- @column t DateTime start of the bucket
-- @column model String the requested model ('' when by_model = 0)
-- @column calls UInt64 LLM calls in the bucket
-- @column input_tokens UInt64 input tokens, cached included
-- @column output_tokens UInt64 output tokens, reasoning included
-- @column cache_read_tokens UInt64 input tokens read from the provider's prompt cache
-- @column reasoning_tokens UInt64 reasoning output tokens
SELECT
    $__timeInterval(Minute) AS t,
    if({by_model:UInt8} = 1, RequestModel, '') AS model,
    sum(Calls) AS calls,
    sum(InputTokens) AS input_tokens,
    sum(OutputTokens) AS output_tokens,
    sum(CacheReadTokens) AS cache_read_tokens,
    sum(ReasoningTokens) AS reasoning_tokens
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY t, model
ORDER BY t, model
