-- llm_call_outcomes_1m_mv: folds every insert into llm_spans into llm_call_outcomes_1m. Each insert
-- block yields partial rows per key and minute; AggregatingMergeTree merges them later and the
-- queries aggregate again, so partial rows are correct. The SELECT is the same as the backfill's
-- (migration 0037): keep the two equal.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_call_outcomes_1m_mv
TO llm_call_outcomes_1m
AS SELECT
-- @include fragments/llm_call_outcomes_1m_select.sql
