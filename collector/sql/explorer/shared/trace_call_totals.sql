-- A trace's LLM call figures, as select items of a query over llm_spans grouped by TraceId: the trace
-- list (listed_traces.sql) and a session's traces (session_traces.sql) show the same totals.
-- Not a query of its own.
            countIf(SpanType = 'llm') AS llm_calls,
            sumIf(toUInt64(InputTokens) + OutputTokens, SpanType = 'llm') AS tokens,
            toFloat64(sumIf(CostUsd, SpanType = 'llm' AND CostUnpriced = 0)) AS cost_usd,
