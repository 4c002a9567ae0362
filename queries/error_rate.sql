-- Errors of LLM calls per model over a time range: calls, failed calls, error rate and the most
-- frequent error type (error.type; topK is exact at the handful of distinct types a model has).
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
    RequestModel AS model,
    count() AS calls,
    countIf(StatusCode = 'Error') AS errors,
    errors / calls AS error_rate,
    if(errors = 0, '', topKIf(1)(ErrorType, StatusCode = 'Error')[1]) AS top_error_type
FROM llm_spans
WHERE SpanType = 'llm'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY model
ORDER BY model
