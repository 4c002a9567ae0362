-- Backfill of llm_trace_summary from the otel_traces and llm_spans rows stored before its views
-- existed, as 0043 does for llm_trace_roots (same reasoning for TRUNCATE first). The SELECTs are the
-- views' (0041, 0042): keep them equal.
TRUNCATE TABLE IF EXISTS llm_trace_summary;
INSERT INTO llm_trace_summary
SELECT
-- @include fragments/llm_trace_summary_spans_select.sql
UNION ALL
SELECT
-- @include fragments/llm_trace_summary_genai_select.sql
