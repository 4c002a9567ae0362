-- The traces that pass the explorer's filters, one row each with the whole trace's extent and what
-- its GenAI spans say: the `listed` CTE that traces.sql (the page of rows) and traces_overview.sql
-- (the strip over the same traces) both select from, so the two can never filter differently.
-- Not a query of its own: each including file declares the parameters it uses.
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
-- @include shared/trace_call_totals.sql
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
