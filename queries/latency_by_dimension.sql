-- Latency of LLM calls over a time range, grouped by one dimension of your choice: model,
-- operation, provider, service or prompt version. Call count, errors and exact p50/p95/p99
-- (quantileExact: the value at index floor(q * n) of the sorted durations, clamped to n - 1).
-- Every call counts, failed ones included (their duration is the time the caller waited).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param dimension String = 'model' {model|operation|provider|service|prompt_version} what to group by
-- @column key String the value of the chosen dimension (prompt_version reads "<prompt name>@<version>")
-- @column calls UInt64 number of LLM calls
-- @column errors UInt64 calls that ended with status Error
-- @column p50_ms Float64 median latency in milliseconds
-- @column p95_ms Float64 95th percentile latency in milliseconds
-- @column p99_ms Float64 99th percentile latency in milliseconds
SELECT
    -- @include fragments/dimension_key.sql
    count() AS calls,
    countIf(StatusCode = 'Error') AS errors,
    quantileExact(0.50)(DurationNs) / 1e6 AS p50_ms,
    quantileExact(0.95)(DurationNs) / 1e6 AS p95_ms,
    quantileExact(0.99)(DurationNs) / 1e6 AS p99_ms
-- @include fragments/llm_calls.sql
  AND throwIf({dimension:String} NOT IN ('model', 'operation', 'provider', 'service', 'prompt_version'),
              'dimension must be one of model, operation, provider, service, prompt_version') = 0
GROUP BY key
ORDER BY key
