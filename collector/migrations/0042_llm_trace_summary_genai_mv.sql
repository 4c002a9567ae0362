-- llm_trace_summary_genai_mv: folds every insert into llm_spans into llm_trace_summary (LLM calls,
-- spend, flags). The SELECT is the same as the backfill's (migration 0044): keep the two equal.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_trace_summary_genai_mv
TO llm_trace_summary
AS SELECT
-- @include fragments/llm_trace_summary_genai_select.sql
