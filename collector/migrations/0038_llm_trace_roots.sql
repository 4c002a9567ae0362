-- llm_trace_roots: the root spans of otel_traces (ParentSpanId = ''), sorted by start, filled by
-- llm_trace_roots_mv and backfilled by migration 0043. recent_traces picks the newest roots of a
-- range here: otel_traces is sorted by service and span name (the exporter's key), so finding a
-- range's roots there reads every span's ParentSpanId in the range; here the newest are the last
-- rows of the range, read in order.
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_trace_roots (
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanName LowCardinality(String) CODEC(ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    StatusCode LowCardinality(String) CODEC(ZSTD(1))
) ENGINE = MergeTree
PARTITION BY toDate(Timestamp)
ORDER BY Timestamp
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000
