-- Token usage of LLM calls per model over a time range: totals and averages per request for input
-- (cached included), output (reasoning included), cache reads, cache writes and reasoning tokens.
-- Read from the per-minute rollup llm_call_outcomes_1m (exact sums). The range is resolved to whole
-- minutes (a minute belongs to the range when its start does).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column model String the requested model
-- @column calls UInt64 number of LLM calls
-- @column tokens_unknown_calls UInt64 calls whose token usage was not reported: their token counts hold only what was reported, and the averages are over the other calls
-- @column input_tokens UInt64 input tokens, cached included
-- @column output_tokens UInt64 output tokens, reasoning included
-- @column cache_read_tokens UInt64 input tokens read from the provider's prompt cache
-- @column cache_write_tokens UInt64 input tokens written to the provider's prompt cache
-- @column reasoning_tokens UInt64 reasoning output tokens
-- @column avg_input_tokens Float64 input tokens per request with known usage
-- @column avg_output_tokens Float64 output tokens per request with known usage
-- @column avg_cache_read_tokens Float64 cache-read tokens per request
-- @column avg_reasoning_tokens Float64 reasoning tokens per request
SELECT
    RequestModel AS model,
    sum(Calls) AS calls,
    sumIf(Calls, TokensUnknown = 1) AS tokens_unknown_calls,
    sum(InputTokens) AS input_tokens,
    sum(OutputTokens) AS output_tokens,
    sum(CacheReadTokens) AS cache_read_tokens,
    sum(CacheWriteTokens) AS cache_write_tokens,
    sum(ReasoningTokens) AS reasoning_tokens,
    sumIf(InputTokens, TokensUnknown = 0) / sumIf(Calls, TokensUnknown = 0) AS avg_input_tokens,
    sumIf(OutputTokens, TokensUnknown = 0) / sumIf(Calls, TokensUnknown = 0) AS avg_output_tokens,
    sumIf(CacheReadTokens, TokensUnknown = 0) / sumIf(Calls, TokensUnknown = 0) AS avg_cache_read_tokens,
    sumIf(ReasoningTokens, TokensUnknown = 0) / sumIf(Calls, TokensUnknown = 0) AS avg_reasoning_tokens
FROM llm_call_outcomes_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY model
ORDER BY model
