-- otel_traces_trace_id_ts: the exporter's TraceId -> time-window lookup table.
-- Matched: opentelemetry-collector-contrib exporter/clickhouseexporter v0.162.0,
-- internal/sqltemplates/traces_id_ts_lookup_table.sql. Start/End are second-resolution DateTime
-- on purpose (the exporter's choice): they only bound the time range scanned in otel_traces.
-- Sort key: TraceId first because the only query is "where TraceId = ?"; Start second.
CREATE TABLE IF NOT EXISTS otel_traces_trace_id_ts (
    TraceId String CODEC(ZSTD(1)),
    Start DateTime CODEC(Delta, ZSTD(1)),
    End DateTime CODEC(Delta, ZSTD(1)),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.01) GRANULARITY 1
) ENGINE = MergeTree
PARTITION BY toDate(Start)
ORDER BY (TraceId, Start)
TTL toDateTime(Start) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1
