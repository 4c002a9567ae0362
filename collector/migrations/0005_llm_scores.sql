-- llm_scores: evaluations of GenAI spans, one row per (span, evaluation), shaped like the semconv
-- gen_ai.evaluation.result event (Name, ScoreValue, ScoreLabel, Explanation) plus the Source that
-- produced it (heuristic | judge | human) and the evaluated span's dimensions, copied so score
-- dashboards never join llm_spans. Columns are exactly the LlmScoreRow interface in
-- collector/src/store/rows.ts.
--
-- Sort key: (Source, Name, ServiceName, RequestModel, Timestamp).
--   * Score queries pick one producer and one evaluation ("heuristic groundedness", "human
--     user_feedback") over a time range, then group by service / model / prompt version. Source
--     (3 values) and Name (a handful) first skip every other evaluation; ServiceName and
--     RequestModel next keep each group contiguous; Timestamp last narrows the range in a group.
--   * Looking up the scores of one trace (trace view, feedback joins) uses the TraceId bloom filter.
-- ScoreValue is Nullable: an evaluation may carry only a label.
-- Codecs: Delta+ZSTD for time, ZSTD elsewhere (Gorilla does not pay off for scattered 0–1 floats).
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_scores (
-- @include fragments/span_key_columns.sql
-- @include fragments/call_dimension_columns.sql
    Name LowCardinality(String) CODEC(ZSTD(1)),
    ScoreValue Nullable(Float64) CODEC(ZSTD(1)),
    ScoreLabel LowCardinality(String) CODEC(ZSTD(1)),
    Explanation String CODEC(ZSTD(1)),
    Source LowCardinality(String) CODEC(ZSTD(1)),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1
) ENGINE = MergeTree
PARTITION BY toDate(Timestamp)
ORDER BY (Source, Name, ServiceName, RequestModel, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1
