-- llm_trace_summary_spans_mv: folds every insert into otel_traces into llm_trace_summary (the
-- extent of the trace's spans). The SELECT is the same as the backfill's (migration 0044): keep the
-- two equal.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_trace_summary_spans_mv
TO llm_trace_summary
AS SELECT
-- @include fragments/llm_trace_summary_spans_select.sql
