-- Latency and time to first chunk of LLM calls as a time series, read from the per-minute rollup
-- llm_calls_1m (so it stays cheap over weeks). Percentiles are t-digest estimates
-- (quantilesTDigestMerge), within the error bound stated in queries/README.md; use
-- latency_by_dimension for exact values over a range (t-digest keeps Float32 values, hence the
-- Float32 columns). The range is resolved to whole minutes (a minute belongs to the range when its
-- start does); bucket_seconds should be a multiple of 60.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only this service ('' means all services)
-- @param model String = '' only this requested model ('' means all models)
-- @param prompt_name String = '' only calls of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column t DateTime start of the bucket
-- @column calls UInt64 LLM calls in the bucket
-- @column p50_ms Float32 median latency in milliseconds (t-digest)
-- @column p95_ms Float32 95th percentile latency in milliseconds (t-digest)
-- @column p99_ms Float32 99th percentile latency in milliseconds (t-digest)
-- @column streams UInt64 streamed calls in the bucket
-- @column ttft_p50_ms Float32 median time to first chunk of streams in milliseconds (t-digest; NaN, null in JSON, without streams)
-- @column ttft_p95_ms Float32 95th percentile time to first chunk in milliseconds (t-digest; NaN, null in JSON, without streams)
-- The merged quantile arrays live in a subquery so the result has exactly the declared columns (an
-- alias reused in the same SELECT would be returned as a column of its own).
SELECT
    t,
    calls,
    latency[1] AS p50_ms,
    latency[2] AS p95_ms,
    latency[3] AS p99_ms,
    streams,
    ttft[1] AS ttft_p50_ms,
    ttft[2] AS ttft_p95_ms
FROM (
    SELECT
        $__timeInterval(Minute) AS t,
        sum(Calls) AS calls,
        quantilesTDigestMerge(0.5, 0.95, 0.99)(DurationMs) AS latency,
        sum(Streams) AS streams,
        quantilesTDigestMerge(0.5, 0.95, 0.99)(TimeToFirstChunkMs) AS ttft
    FROM llm_calls_1m
    WHERE $__timeFilter(Minute)
      -- @include fragments/filters.sql
    GROUP BY t
)
ORDER BY t
