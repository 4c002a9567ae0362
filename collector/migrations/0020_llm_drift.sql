-- llm_drift: one row per drift comparison result (series × metric × run), written by the
-- collector's drift monitor (collector/src/drift); alert rules and the API read it.
--
-- Sort key: (Metric, ServiceName, RequestModel, Timestamp).
--   * Readers ask "the latest status of each series for a metric (or all metrics) over the last
--     hours": the daily partition prunes the range, Metric then the series columns keep one
--     series' history contiguous, and Timestamp last orders it for argMax(…, Timestamp).
-- Numeric metrics fill Psi, Ks and PValue (KS); rate metrics fill ZScore and PValue (two-proportion
-- test). BaselineValue/CurrentValue are medians (numeric) or rates; NULL when a window is empty.
-- Status: ok | warn | alert | insufficient (too few samples in a window).
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_drift (
    Timestamp DateTime64(3) CODEC(Delta(8), ZSTD(1)),
    WindowStart DateTime64(3) CODEC(Delta(8), ZSTD(1)),
    WindowEnd DateTime64(3) CODEC(Delta(8), ZSTD(1)),
    Baseline LowCardinality(String) CODEC(ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    RequestModel LowCardinality(String) CODEC(ZSTD(1)),
    Operation LowCardinality(String) CODEC(ZSTD(1)),
    PromptVersion LowCardinality(String) CODEC(ZSTD(1)),
    Metric LowCardinality(String) CODEC(ZSTD(1)),
    Kind LowCardinality(String) CODEC(ZSTD(1)),
    BaselineCount UInt64 CODEC(T64, ZSTD(1)),
    CurrentCount UInt64 CODEC(T64, ZSTD(1)),
    BaselineValue Nullable(Float64) CODEC(ZSTD(1)),
    CurrentValue Nullable(Float64) CODEC(ZSTD(1)),
    Psi Nullable(Float64) CODEC(ZSTD(1)),
    Ks Nullable(Float64) CODEC(ZSTD(1)),
    PValue Nullable(Float64) CODEC(ZSTD(1)),
    ZScore Nullable(Float64) CODEC(ZSTD(1)),
    Status LowCardinality(String) CODEC(ZSTD(1))
) ENGINE = MergeTree
PARTITION BY toDate(Timestamp)
ORDER BY (Metric, ServiceName, RequestModel, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS ttl_only_drop_parts = 1
