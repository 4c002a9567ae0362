-- The newest stored spans, to seed the recent-span filter at start: an exporter re-sending a
-- request whose answer a restart cut off must not store its spans twice. Span start times stand in
-- for arrival times (exporters send within seconds or minutes of the span ending).
SELECT TraceId, SpanId
FROM otel_traces
WHERE Timestamp >= now64(9) - toIntervalMinute({minutes:UInt32})
ORDER BY Timestamp DESC
LIMIT {limit:UInt32}
