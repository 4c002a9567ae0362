-- Throughput and error rate of LLM calls as a time series, read from the per-minute rollup
-- llm_calls_1m (exact counts). The range is resolved to whole minutes (a minute belongs to the range
-- when its start does); bucket_seconds should be a multiple of 60. requests_per_s divides by the full
-- bucket width, so a bucket cut by the range edge reads low.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only this service ('' means all services)
-- @param model String = '' only this requested model ('' means all models)
-- @param prompt_name String = '' only calls of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column t DateTime start of the bucket
-- @column requests UInt64 LLM calls in the bucket
-- @column requests_per_s Float64 calls per second over the bucket
-- @column errors UInt64 calls that ended with status Error
-- @column error_rate Float64 errors / requests
SELECT
    $__timeInterval(Minute) AS t,
    sum(Calls) AS requests,
    requests / {bucket_seconds:UInt32} AS requests_per_s,
    sum(Errors) AS errors,
    errors / requests AS error_rate
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  -- @include fragments/filters.sql
GROUP BY t
ORDER BY t
