-- The SELECT list, source and filter that fill llm_trace_roots. Its view and its backfill both
-- include it, so the two cannot drift apart.
    Timestamp,
    TraceId,
    SpanName,
    ServiceName,
    StatusCode
FROM otel_traces
WHERE ParentSpanId = ''
