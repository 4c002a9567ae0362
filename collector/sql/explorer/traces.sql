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
-- @include shared/listed_traces.sql
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
