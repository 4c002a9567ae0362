-- The trace explorer's list: one row per trace whose root span (the span without a parent) started
-- in the range, with the whole trace's extent (earliest span start to latest span end, over every
-- span of the trace in otel_traces), what its GenAI spans say (llm_spans), and its flags; filtered,
-- sorted and paged. `total` counts every trace that passes the filters, on all pages.
-- One pass over otel_traces from `from` on groups spans by trace (a trace's other spans start after
-- its root); traces with a root span that started before `to` are kept.
-- model keeps traces with an LLM call of that model; prompt_name / prompt_version keep traces with a
-- GenAI span of that prompt (and version); user / session keep traces whose GenAI spans carry them.
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
-- @param sort String = 'start' start, name, duration, spans, llm_calls, tokens, cost or flags
-- @param descending UInt8 = 1 1: largest (newest) first
-- @param limit UInt32 = 50 rows per page
-- @param offset UInt32 = 0 rows to skip
-- @column TraceId String the trace id
-- @column start_us Int64 earliest span start, microseconds since the epoch
-- @column root_span String name of the root span
-- @column service String service of the root span
-- @column duration_ms Float64 whole trace: latest span end minus earliest span start, milliseconds
-- @column spans UInt64 spans of the trace in otel_traces
-- @column llm_calls UInt64 LLM calls
-- @column tokens UInt64 input plus output tokens of the LLM calls
-- @column cost_usd Float64 spend of the priced LLM calls, USD
-- @column status String Error when any span failed, else Ok
-- @column flags Array(String) error, blocked, guardrail, pii, injection, unpriced
-- @column user_id String user id found on the trace's GenAI spans
-- @column session_id String session id found on the trace's GenAI spans
-- @column total UInt64 traces passing the filters, all pages
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
    TraceId,
    intDiv(start_ns, 1000) AS start_us,
    root_span,
    service,
    duration_ms,
    spans,
    llm_calls,
    tokens,
    cost_usd,
    status,
    flags,
    user_id,
    session_id,
    count() OVER () AS total
FROM listed
ORDER BY
    if({sort:String} = 'name' AND {descending:UInt8} = 0, root_span, '') ASC,
    if({sort:String} = 'name' AND {descending:UInt8} = 1, root_span, '') DESC,
    multiIf(
        {sort:String} = 'duration', duration_ms,
        {sort:String} = 'spans', toFloat64(spans),
        {sort:String} = 'llm_calls', toFloat64(llm_calls),
        {sort:String} = 'tokens', toFloat64(tokens),
        {sort:String} = 'cost', cost_usd,
        {sort:String} = 'flags', toFloat64(length(flags)),
        toFloat64(start_ns)
    ) * if({descending:UInt8} = 1, -1, 1) ASC,
    start_ns DESC,
    TraceId ASC
LIMIT {limit:UInt32} OFFSET {offset:UInt32}
