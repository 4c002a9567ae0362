-- The SELECT list, source and grouping that fill llm_trace_summary from otel_traces: the extent
-- of the trace's spans. Its view and its backfill both include it, so the two cannot drift apart.
    toDate(Timestamp) AS Day,
    TraceId,
    min(toUnixTimestamp64Nano(Timestamp)) AS SpanStart,
    max(toUnixTimestamp64Nano(Timestamp) + toInt64(Duration)) AS SpanEnd,
    toUInt64(0) AS LlmCalls,
    toDecimal128(0, 9) AS SpendUsd,
    toUInt8(0) AS Flags
FROM otel_traces
GROUP BY Day, TraceId
