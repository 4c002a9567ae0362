-- otel_traces_trace_id_ts_mv: fills the lookup table on every insert into otel_traces.
-- Matched: opentelemetry-collector-contrib exporter/clickhouseexporter v0.162.0,
-- internal/sqltemplates/traces_id_ts_lookup_mv.sql.
CREATE MATERIALIZED VIEW IF NOT EXISTS otel_traces_trace_id_ts_mv
TO otel_traces_trace_id_ts
AS SELECT
    TraceId,
    min(Timestamp) AS Start,
    max(Timestamp) AS End
FROM otel_traces
WHERE TraceId != ''
GROUP BY TraceId
