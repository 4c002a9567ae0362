-- The trace explorer's overview strip: over the traces the list shows (same range and filters, the
-- list's filter block repeated verbatim: a test keeps the two equal), whole-trace latency
-- percentiles (exact), spend and error rate per time bucket, plus one row for the whole range
-- (is_total = 1, t = the range start).
-- @param from DateTime64(3) start of the range, inclusive (root span start)
-- @param to DateTime64(3) end of the range, exclusive (root span start)
-- @param service String = '' only traces whose root span is in this service ('' means all)
-- @param model String = '' only traces with an LLM call of this requested model ('' means all)
-- @param prompt_name String = '' only traces with a span of this prompt ('' means all)
-- @param prompt_version String = '' only traces with a span of this prompt version ('' means all)
-- @param user String = '' only traces of this user (gen_ai / llmscope user id; '' means all)
-- @param session String = '' only traces of this session ('' means all)
-- @param status String = '' Ok or Error ('' means both)
-- @param has_pii UInt8 = 0 1: only traces where PII was found
-- @param has_injection UInt8 = 0 1: only traces with a flagged injection attempt
-- @param has_block UInt8 = 0 1: only traces where a guardrail blocked
-- @param min_duration_ms Float64 = 0 only traces lasting at least this long (whole trace)
-- @param min_cost_usd Float64 = 0 only traces whose priced LLM calls cost at least this much
-- @param bucket_seconds UInt32 = 60 bucket width of the chart in seconds
-- @column t DateTime bucket start (the range start on the total row)
-- @column is_total UInt8 1 on the row for the whole range
-- @column traces UInt64 traces
-- @column errors UInt64 traces with a failed span
-- @column error_rate Float64 errors / traces
-- @column cost_usd Float64 spend of the priced LLM calls, USD
-- @column llm_calls UInt64 LLM calls
-- @column p50_ms Float64 median whole-trace duration, ms
-- @column p95_ms Float64 95th percentile whole-trace duration, ms
-- @column p99_ms Float64 99th percentile whole-trace duration, ms
-- @include shared/listed_traces.sql
SELECT
    if(grouping(bucket) = 1, toDateTime({from:DateTime64(3)}), bucket) AS t,
    toUInt8(grouping(bucket)) AS is_total,
    count() AS traces,
    countIf(status = 'Error') AS errors,
    errors / traces AS error_rate,
    sum(cost_usd) AS cost_usd,
    sum(llm_calls) AS llm_calls,
    quantileExact(0.5)(duration_ms) AS p50_ms,
    quantileExact(0.95)(duration_ms) AS p95_ms,
    quantileExact(0.99)(duration_ms) AS p99_ms
FROM (
    SELECT *, toStartOfInterval(toDateTime(intDiv(start_ns, 1000000000)), toIntervalSecond({bucket_seconds:UInt32})) AS bucket
    FROM listed
)
GROUP BY bucket WITH ROLLUP
ORDER BY is_total DESC, t ASC
