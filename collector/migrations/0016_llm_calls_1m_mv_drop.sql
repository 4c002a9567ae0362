-- Drops llm_calls_1m_mv so the next migration can create it again with TokensUnknownCalls (a
-- materialized view's query cannot be changed in place without experimental settings). Migrations
-- run before the collector accepts spans, so no insert falls between the two.
DROP VIEW IF EXISTS llm_calls_1m_mv
