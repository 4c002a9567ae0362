-- The SELECT list, source and grouping that fill llm_trace_summary from llm_spans: LLM calls, spend
-- and flags (bits as in 0040). Its view and its backfill both include it, so the two cannot drift
-- apart.
    toDate(Timestamp) AS Day,
    TraceId,
    toInt64(9223372036854775807) AS SpanStart,
    toInt64(-9223372036854775808) AS SpanEnd,
    countIf(SpanType = 'llm') AS LlmCalls,
    sumIf(CostUsd, SpanType = 'llm' AND CostUnpriced = 0) AS SpendUsd,
    groupBitOr(toUInt8(
        (StatusCode = 'Error')
        + 2 * (SpanType = 'guardrail' AND GuardrailDecision = 'block')
        + 4 * (SpanType = 'guardrail' AND GuardrailTriggered = 1)
        + 8 * (PiiCount > 0)
        + 16 * (InjectionFlagged = 1)
        + 32 * (SpanType = 'llm' AND CostUnpriced = 1))) AS Flags
FROM llm_spans
GROUP BY Day, TraceId
