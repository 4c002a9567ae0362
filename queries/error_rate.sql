-- Errors of LLM calls per model over a time range: calls, failed calls, error rate and the most
-- frequent error type (error.type; on a tie, the first in alphabetical order).
-- Read from the per-minute rollup llm_call_outcomes_1m (exact counts). The range is resolved to
-- whole minutes (a minute belongs to the range when its start does).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column model String the requested model
-- @column calls UInt64 number of LLM calls
-- @column errors UInt64 calls that ended with status Error
-- @column error_rate Float64 errors / calls
-- @column top_error_type String the most frequent error.type among the errors ('' when none)
SELECT
    model,
    sum(n) AS calls,
    sumIf(n, is_error = 1) AS errors,
    errors / calls AS error_rate,
    if(errors = 0, '', arraySort(x -> (-toInt64(x.2), x.1), groupArrayIf((error_type, n), is_error = 1))[1].1) AS top_error_type
FROM (
    SELECT
        RequestModel AS model,
        IsError AS is_error,
        toString(ErrorType) AS error_type,
        sum(Calls) AS n
    FROM llm_call_outcomes_1m
    WHERE $__timeFilter(Minute)
      -- @include fragments/filters.sql
    GROUP BY model, is_error, error_type
)
GROUP BY model
ORDER BY model
