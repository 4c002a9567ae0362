-- Backfill of llm_call_outcomes_1m from the llm_spans rows stored before its materialized view
-- existed, so a store upgraded to this version reads the same numbers from the rollup as from the
-- raw table for its whole history (the queries that read it have no raw fallback). Migrations run
-- before the collector accepts spans; the view (0036) already exists, so a row another writer
-- stores meanwhile is in llm_spans when this reads it. TRUNCATE first: if the collector stops
-- before this file is recorded, the next start runs it again from an empty table instead of adding
-- the history twice. The SELECT is the view's (0036): keep the two equal.
TRUNCATE TABLE IF EXISTS llm_call_outcomes_1m;
INSERT INTO llm_call_outcomes_1m
SELECT
-- @include fragments/llm_call_outcomes_1m_select.sql
