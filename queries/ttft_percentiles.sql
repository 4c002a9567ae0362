-- Time to first chunk of streamed LLM calls over a time range, grouped by one dimension: model,
-- operation, provider, service or prompt version. Only streams that reported a first chunk count
-- (IsStream = 1 and TimeToFirstChunkNs > 0; a stream that failed before its first chunk has none).
-- Exact quantiles (quantileExact: index floor(q * n) of the sorted values, clamped to n - 1).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param dimension String = 'model' {model|operation|provider|service|prompt_version} what to group by
-- @column key String the value of the chosen dimension (prompt_version reads "<prompt name>@<version>")
-- @column streams UInt64 streamed calls with a first chunk
-- @column ttft_p50_ms Float64 median time to first chunk in milliseconds
-- @column ttft_p95_ms Float64 95th percentile time to first chunk in milliseconds
-- @column ttft_p99_ms Float64 99th percentile time to first chunk in milliseconds
-- @column duration_p50_ms Float64 median total duration of the same streams in milliseconds
SELECT
    -- @include fragments/dimension_key.sql
    count() AS streams,
    quantileExact(0.50)(TimeToFirstChunkNs) / 1e6 AS ttft_p50_ms,
    quantileExact(0.95)(TimeToFirstChunkNs) / 1e6 AS ttft_p95_ms,
    quantileExact(0.99)(TimeToFirstChunkNs) / 1e6 AS ttft_p99_ms,
    quantileExact(0.50)(DurationNs) / 1e6 AS duration_p50_ms
FROM llm_spans
WHERE SpanType = 'llm'
  AND IsStream = 1
  AND TimeToFirstChunkNs > 0
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
  AND throwIf({dimension:String} NOT IN ('model', 'operation', 'provider', 'service', 'prompt_version'),
              'dimension must be one of model, operation, provider, service, prompt_version') = 0
GROUP BY key
ORDER BY key
