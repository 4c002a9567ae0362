-- llm_calls_1m: per-minute rollup of LLM calls (llm_spans rows with SpanType = 'llm'), filled by
-- llm_calls_1m_mv. The long-range time-series queries (latency_timeseries, throughput_timeseries,
-- spend_per_day) read this table instead of scanning llm_spans: one row per minute and series
-- instead of one per call.
--
-- Counters and sums are SimpleAggregateFunction(sum, ...) (exact; merged by addition). Latency and
-- time to first chunk are t-digest states of milliseconds (quantilesTDigest at 0.5/0.95/0.99), read
-- with quantilesTDigestMerge; their error against exact quantiles is measured in
-- test/queries-rollup.test.ts and stated in queries/README.md. TTFT only counts streamed calls that
-- reported a first chunk (IsStream = 1 AND TimeToFirstChunkNs > 0), the same rows as ttft_percentiles.
--
-- Sort key: (ServiceName, RequestModel, Operation, Provider, PromptName, PromptVersion, Minute): the
-- series dimensions first so rows of one series merge together and per-service/per-model filters
-- read contiguous ranges, Minute last for the time range. The dimensions are the key, so
-- AggregatingMergeTree folds rows of the same series and minute into one at merge time.
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_calls_1m (
    Minute DateTime CODEC(Delta(4), ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    RequestModel LowCardinality(String) CODEC(ZSTD(1)),
    Operation LowCardinality(String) CODEC(ZSTD(1)),
    Provider LowCardinality(String) CODEC(ZSTD(1)),
    PromptName LowCardinality(String) CODEC(ZSTD(1)),
    PromptVersion LowCardinality(String) CODEC(ZSTD(1)),
    Calls SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    Errors SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    Streams SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
-- @include fragments/token_sum_columns.sql
    CostUsd SimpleAggregateFunction(sum, Decimal(38, 9)) CODEC(ZSTD(1)),
    UnpricedCalls SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    DurationMs AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), Float64) CODEC(ZSTD(1)),
    TimeToFirstChunkMs AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), Float64) CODEC(ZSTD(1))
) ENGINE = AggregatingMergeTree
PARTITION BY toDate(Minute)
ORDER BY (ServiceName, RequestModel, Operation, Provider, PromptName, PromptVersion, Minute)
TTL Minute + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1
