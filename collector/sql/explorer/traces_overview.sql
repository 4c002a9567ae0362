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
WITH
    extent AS (
        SELECT
            TraceId,
            minIf(Timestamp, ParentSpanId = '') AS root_start,
            argMinIf(SpanName, Timestamp, ParentSpanId = '') AS root_span,
            argMinIf(ServiceName, Timestamp, ParentSpanId = '') AS service,
            min(toUnixTimestamp64Nano(Timestamp)) AS start_ns,
            max(toUnixTimestamp64Nano(Timestamp) + toInt64(Duration)) AS end_ns,
            count() AS spans,
            countIf(StatusCode = 'Error') AS errors
        FROM otel_traces
        WHERE Timestamp >= {from:DateTime64(3)}
        GROUP BY TraceId
        HAVING countIf(ParentSpanId = '') > 0
           AND root_start < {to:DateTime64(3)}
           AND ({service:String} = '' OR service = {service:String})
    ),
    genai AS (
        SELECT
            TraceId,
            countIf(SpanType = 'llm') AS llm_calls,
            sumIf(toUInt64(InputTokens) + OutputTokens, SpanType = 'llm') AS tokens,
            toFloat64(sumIf(CostUsd, SpanType = 'llm' AND CostUnpriced = 0)) AS cost_usd,
            countIf(SpanType = 'llm' AND CostUnpriced = 1) AS unpriced,
            countIf(StatusCode = 'Error') AS errors,
            countIf(SpanType = 'guardrail' AND GuardrailDecision = 'block') AS blocks,
            countIf(SpanType = 'guardrail' AND GuardrailTriggered = 1) AS triggered,
            sum(PiiCount) AS pii,
            max(InjectionFlagged) AS injection,
            groupUniqArrayIf(toString(RequestModel), SpanType = 'llm') AS models,
            groupUniqArrayIf((toString(PromptName), toString(PromptVersion)), PromptName != '') AS prompts,
            anyIf(UserId, UserId != '') AS user_id,
            anyIf(SessionId, SessionId != '') AS session_id
        FROM llm_spans
        WHERE Timestamp >= {from:DateTime64(3)}
        GROUP BY TraceId
    ),
    listed AS (
        SELECT
            extent.TraceId AS TraceId,
            extent.start_ns AS start_ns,
            extent.root_span AS root_span,
            extent.service AS service,
            (extent.end_ns - extent.start_ns) / 1e6 AS duration_ms,
            extent.spans AS spans,
            genai.llm_calls AS llm_calls,
            genai.tokens AS tokens,
            genai.cost_usd AS cost_usd,
            if(extent.errors > 0 OR genai.errors > 0, 'Error', 'Ok') AS status,
            arrayFilter((f) -> f != '', [
                if(status = 'Error', 'error', ''),
                if(genai.blocks > 0, 'blocked', ''),
                if(genai.triggered > 0, 'guardrail', ''),
                if(genai.pii > 0, 'pii', ''),
                if(genai.injection > 0, 'injection', ''),
                if(genai.unpriced > 0, 'unpriced', '')
            ]) AS flags,
            genai.user_id AS user_id,
            genai.session_id AS session_id
        FROM extent
        LEFT JOIN genai ON genai.TraceId = extent.TraceId
        WHERE ({model:String} = '' OR has(genai.models, {model:String}))
          AND (({prompt_name:String} = '' AND {prompt_version:String} = '') OR arrayExists(
              (p) -> ({prompt_name:String} = '' OR p.1 = {prompt_name:String}) AND ({prompt_version:String} = '' OR p.2 = {prompt_version:String}),
              genai.prompts))
          AND ({user:String} = '' OR genai.user_id = {user:String})
          AND ({session:String} = '' OR genai.session_id = {session:String})
          AND ({status:String} = '' OR status = {status:String})
          AND ({has_pii:UInt8} = 0 OR genai.pii > 0)
          AND ({has_injection:UInt8} = 0 OR genai.injection > 0)
          AND ({has_block:UInt8} = 0 OR genai.blocks > 0)
          AND duration_ms >= {min_duration_ms:Float64}
          AND cost_usd >= {min_cost_usd:Float64}
    )
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
