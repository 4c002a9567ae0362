-- llm_calls_1m_mv: folds every insert into llm_spans into the per-minute rollup llm_calls_1m.
-- Each insert block yields partial rows per (series, minute); AggregatingMergeTree merges them
-- later and the queries aggregate again (sum / quantilesTDigestMerge), so partial rows are correct.
-- Cost: priced calls only (CostUnpriced = 0); unpriced calls are counted in UnpricedCalls.
CREATE MATERIALIZED VIEW IF NOT EXISTS llm_calls_1m_mv
TO llm_calls_1m
AS SELECT
-- @include fragments/llm_calls_1m_select_counts.sql
-- @include fragments/llm_calls_1m_select_latency.sql
