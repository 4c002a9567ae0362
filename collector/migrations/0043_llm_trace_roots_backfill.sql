-- Backfill of llm_trace_roots from the otel_traces rows stored before its view existed, so
-- recent_traces lists a store's whole history. Migrations run before the collector accepts spans;
-- the view (0039) already exists, so a row another writer stores meanwhile is in otel_traces when
-- this reads it. TRUNCATE first: if the collector stops before this file is recorded, the next
-- start runs it again from an empty table instead of adding the history twice. The SELECT is the
-- view's (0039): keep the two equal.
TRUNCATE TABLE IF EXISTS llm_trace_roots;
INSERT INTO llm_trace_roots
SELECT
-- @include fragments/llm_trace_roots_select.sql
