-- llm_trace_roots_mv: copies every root span inserted into otel_traces to llm_trace_roots. The
-- SELECT is the same as the backfill's (migration 0043): keep the two equal.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_trace_roots_mv
TO llm_trace_roots
AS SELECT
-- @include fragments/llm_trace_roots_select.sql
