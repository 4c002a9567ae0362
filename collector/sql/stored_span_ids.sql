-- Which spans of a batch a table already holds: (TraceId, SpanId) pairs among the given traces.
-- Used only when a log segment left by a crash is written again, to drop the rows an insert that
-- the crash interrupted had already stored (its deduplication token may not have been recorded).
SELECT DISTINCT TraceId, SpanId
FROM {table:Identifier}
WHERE TraceId IN {traceIds:Array(String)}
