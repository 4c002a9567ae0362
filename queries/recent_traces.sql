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
-- was flagged for injection or is an unpriced LLM call) from llm_trace_roots, the root spans sorted
-- by start, where the newest of a range are its last rows: cut at `limit` with ties on the start
-- alone, which reads the table in its order, then ordered by id among equal starts. Only their
-- traces are then read, in llm_trace_summary: per trace and day, the extent of its spans and what
-- its GenAI spans say, kept by views on otel_traces and llm_spans (collector/migrations). Reading
-- every trace of the range to keep `limit` of them costs more than the rest of the query together.
-- The chosen traces are one scalar subquery, evaluated once: their ids, the ids' cityHash64, by
-- which the summary is sorted (its primary key finds them from a constant array of numbers more
-- cheaply than from one of strings; the ids then keep exactly the chosen traces), and their roots,
-- found by the id's position through transform(), which looks it up in a hash table (indexOf scans
-- the array for every trace: quadratic, 0.6 s of CPU at limit 10000).
-- A trace with more than one root among the chosen is listed once, with the earliest of them. A
-- trace's summary rows are read from the day of an hour before `from` on: its spans start after
-- its root, give or take clock skew between services.
WITH
    (
        SELECT (groupArray(TraceId), groupArray(cityHash64(TraceId)), groupArray(root))
        FROM (
            SELECT TraceId, min((Timestamp, SpanName, ServiceName, StatusCode)) AS root
            FROM (
                SELECT TraceId, Timestamp, SpanName, ServiceName, StatusCode
                FROM (
                    SELECT TraceId, Timestamp, SpanName, ServiceName, StatusCode
                    FROM llm_trace_roots
                    WHERE $__timeFilter(Timestamp)
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
                    ORDER BY Timestamp DESC
                    LIMIT {limit:UInt32} WITH TIES
                )
                ORDER BY Timestamp DESC, TraceId
                LIMIT {limit:UInt32}
            )
            GROUP BY TraceId
        )
    ) AS chosen
SELECT time, TraceId, root_span, service, duration_ms, llm_calls, cost_usd, status, flags
FROM (
    SELECT
        TraceId,
        chosen.3[transform(TraceId, chosen.1, arrayEnumerate(chosen.1), 0)] AS root,
        root.1 AS root_start,
        toDateTime64(root_start, 3) AS time,
        root.2 AS root_span,
        root.3 AS service,
        (max(SpanEnd) - min(SpanStart)) / 1e6 AS duration_ms,
        sum(LlmCalls) AS llm_calls,
        toFloat64(sum(SpendUsd)) AS cost_usd,
        groupBitOr(Flags) AS bits,
        if(root.4 = 'Error' OR bitTest(bits, 0), 'Error', 'Ok') AS status,
        arrayFilter((flag, on) -> on, ['error', 'blocked', 'guardrail', 'pii', 'injection', 'unpriced'],
            [status = 'Error', bitTest(bits, 1), bitTest(bits, 2), bitTest(bits, 3), bitTest(bits, 4), bitTest(bits, 5)]) AS flags
    FROM llm_trace_summary
    WHERE Day >= toDate({from:DateTime64(3)} - INTERVAL 1 HOUR)
      AND has(chosen.2, cityHash64(TraceId))
      AND has(chosen.1, TraceId)
    GROUP BY TraceId
    HAVING {flagged_only:UInt8} = 0 OR notEmpty(flags)
)
ORDER BY root_start DESC, TraceId
LIMIT {limit:UInt32}
