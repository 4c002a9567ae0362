-- Recent traces, newest first, for trace lookup: the root span (from otel_traces, the span without a
-- parent) with its service and status, the whole trace's duration (latest end minus earliest start
-- over all its spans, not the root's own duration), plus what its GenAI spans say (llm_spans): LLM
-- calls, cost, and flags. TraceId is a column of its own so Grafana can link to its trace view.
-- Flags: error (the root or any GenAI span failed), blocked (a guardrail blocked), guardrail (a
-- guardrail triggered), pii (PII found), injection (an injection attempt was flagged), unpriced (an
-- LLM call without a price). A trace's other spans are read from `from` on (they start after its root).
-- model / prompt_name keep the traces with a GenAI span that matches both (an LLM call of that model
-- made with that prompt); when both are '' the lookup reads nothing.
-- @param from DateTime64(3) start of the range, inclusive (root span start)
-- @param to DateTime64(3) end of the range, exclusive (root span start)
-- @param service String = '' only traces whose root span is in this service ('' means all services)
-- @param model String = '' only traces with an LLM call of this requested model ('' means all)
-- @param prompt_name String = '' only traces with a span of this prompt (gen_ai.prompt.name; '' means all)
-- @param flagged_only UInt8 = 0 {0|1} 1: only traces with at least one flag
-- @param limit UInt32 = 50 [1..10000] how many traces to return
-- @column time DateTime64(3) start of the root span
-- @column TraceId String the trace id
-- @column root_span String name of the root span
-- @column service String service of the root span
-- @column duration_ms Float64 duration of the whole trace in milliseconds: latest span end minus earliest span start
-- @column llm_calls UInt64 LLM calls in the trace
-- @column cost_usd Float64 spend of the trace's priced LLM calls in USD
-- @column status String Error when the root or any GenAI span failed, else Ok
-- @column flags Array(String) error, blocked, guardrail, pii, injection, unpriced
-- The newest `limit` roots are chosen first (with flagged_only, among the roots whose trace has a
-- flag: a failed root, or a GenAI span that fails, is blocked or triggered by a guardrail, holds PII,
-- was flagged for injection or is an unpriced LLM call); only their traces' spans are read, once
-- from otel_traces (the whole trace's extent, and the root's own columns: its row is among them)
-- and once from llm_spans (the GenAI figures). Reading every trace of the range to keep `limit` of
-- them costs more than the rest of the query together. The chosen trace ids are one scalar
-- subquery, evaluated once: a CTE is evaluated again at each reference. A trace with more than one
-- root span in the range is listed once, with its earliest root.
WITH
    (
        SELECT groupArray(TraceId)
        FROM (
            SELECT TraceId, Timestamp
            FROM otel_traces
            WHERE ParentSpanId = ''
              AND $__timeFilter(Timestamp)
              AND ({service:String} = '' OR ServiceName = {service:String})
              AND (({model:String} = '' AND {prompt_name:String} = '') OR TraceId IN (
                  SELECT TraceId
                  FROM llm_spans
                  WHERE ({model:String} != '' OR {prompt_name:String} != '')
                    AND Timestamp >= {from:DateTime64(3)}
                    AND ({model:String} = '' OR (SpanType = 'llm' AND RequestModel = {model:String}))
                    AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
              ))
              AND ({flagged_only:UInt8} = 0 OR StatusCode = 'Error' OR TraceId IN (
                  SELECT TraceId
                  FROM llm_spans
                  WHERE {flagged_only:UInt8} = 1
                    AND Timestamp >= {from:DateTime64(3)}
                    AND (StatusCode = 'Error'
                         OR (SpanType = 'guardrail' AND (GuardrailDecision = 'block' OR GuardrailTriggered = 1))
                         OR PiiCount > 0
                         OR InjectionFlagged = 1
                         OR (SpanType = 'llm' AND CostUnpriced = 1))
              ))
            ORDER BY Timestamp DESC, TraceId
            LIMIT {limit:UInt32}
        )
    ) AS chosen,
    genai AS (
        SELECT
            TraceId,
            countIf(SpanType = 'llm') AS llm_calls,
            toFloat64(sumIf(CostUsd, SpanType = 'llm' AND CostUnpriced = 0)) AS cost_usd,
            countIf(SpanType = 'llm' AND CostUnpriced = 1) AS unpriced,
            countIf(StatusCode = 'Error') AS errors,
            countIf(SpanType = 'guardrail' AND GuardrailDecision = 'block') AS blocks,
            countIf(SpanType = 'guardrail' AND GuardrailTriggered = 1) AS triggered,
            sum(PiiCount) AS pii,
            max(InjectionFlagged) AS injection
        FROM llm_spans
        WHERE Timestamp >= {from:DateTime64(3)}
          AND TraceId IN (SELECT arrayJoin(chosen))
        GROUP BY TraceId
    )
SELECT
    toDateTime64(traces.root_start, 3) AS time,
    traces.TraceId AS TraceId,
    traces.root_span AS root_span,
    traces.service AS service,
    traces.duration_ms AS duration_ms,
    genai.llm_calls AS llm_calls,
    genai.cost_usd AS cost_usd,
    if(traces.root_status = 'Error' OR genai.errors > 0, 'Error', 'Ok') AS status,
    arrayFilter((flag, on) -> on, ['error', 'blocked', 'guardrail', 'pii', 'injection', 'unpriced'],
        [status = 'Error', genai.blocks > 0, genai.triggered > 0, genai.pii > 0, genai.injection > 0, genai.unpriced > 0]) AS flags
FROM (
    SELECT
        TraceId,
        argMinIf((Timestamp, SpanName, ServiceName, StatusCode), Timestamp, ParentSpanId = '') AS root,
        root.1 AS root_start, root.2 AS root_span, root.3 AS service, root.4 AS root_status,
        (max(toUnixTimestamp64Nano(Timestamp) + toInt64(Duration)) - min(toUnixTimestamp64Nano(Timestamp))) / 1e6 AS duration_ms
    FROM otel_traces
    WHERE Timestamp >= {from:DateTime64(3)}
      AND TraceId IN (SELECT arrayJoin(chosen))
    GROUP BY TraceId
) AS traces
LEFT JOIN genai ON genai.TraceId = traces.TraceId
WHERE {flagged_only:UInt8} = 0 OR notEmpty(flags)
ORDER BY traces.root_start DESC, traces.TraceId
LIMIT {limit:UInt32}
