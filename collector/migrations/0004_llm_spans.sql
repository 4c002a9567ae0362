-- llm_spans: one row per GenAI span (prompt, retrieval, LLM call, guardrail); columns are exactly
-- the LlmSpanRow interface in collector/src/store/rows.ts. No payload text.
--
-- Sort key: (SpanType, ServiceName, RequestModel, Operation, Timestamp).
--   * Every dashboard/alert query filters a time range and one SpanType, and groups by
--     ServiceName / RequestModel / Operation. Daily partitions prune the time range to days;
--     SpanType first (4 values) skips the other span kinds entirely; the three grouping columns
--     next keep each (service, model, operation) group contiguous, so per-service/per-model
--     filters read few granules and GROUP BY can run in key order; Timestamp last narrows the
--     range inside each group.
--   * TraceId is not in the key (lookups by trace are rare here); a bloom filter covers them.
-- Cost columns default to "unpriced" (CostUnpriced = 1, CostUsd = 0): a row written before the cost
-- enricher priced it is never read as a free call.
-- Codecs: Delta+ZSTD for time, T64+ZSTD for counters and durations, ZSTD elsewhere.
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_spans (
-- @include fragments/span_key_columns.sql
    ParentSpanId String CODEC(ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    SpanType LowCardinality(String) CODEC(ZSTD(1)),
    SpanName LowCardinality(String) CODEC(ZSTD(1)),
    Operation LowCardinality(String) CODEC(ZSTD(1)),
    Provider LowCardinality(String) CODEC(ZSTD(1)),
    RequestModel LowCardinality(String) CODEC(ZSTD(1)),
    ResponseModel LowCardinality(String) CODEC(ZSTD(1)),
    DurationNs UInt64 CODEC(T64, ZSTD(1)),
    TimeToFirstChunkNs UInt64 CODEC(T64, ZSTD(1)),
    IsStream UInt8 CODEC(ZSTD(1)),
    StatusCode LowCardinality(String) CODEC(ZSTD(1)),
    ErrorType LowCardinality(String) CODEC(ZSTD(1)),
    InputTokens UInt32 CODEC(T64, ZSTD(1)),
    OutputTokens UInt32 CODEC(T64, ZSTD(1)),
    CacheReadTokens UInt32 CODEC(T64, ZSTD(1)),
    CacheWriteTokens UInt32 CODEC(T64, ZSTD(1)),
    ReasoningTokens UInt32 CODEC(T64, ZSTD(1)),
    FinishReasons Array(LowCardinality(String)) CODEC(ZSTD(1)),
    ResponseId String CODEC(ZSTD(1)),
-- @include fragments/prompt_user_columns.sql
    SessionId String CODEC(ZSTD(1)),
    ConversationId String CODEC(ZSTD(1)),
    DataSourceId LowCardinality(String) CODEC(ZSTD(1)),
    RetrievalTopK UInt32 CODEC(T64, ZSTD(1)),
    DocumentsCount UInt32 CODEC(T64, ZSTD(1)),
    RetrievalScoreMax Nullable(Float64) CODEC(ZSTD(1)),
    RetrievalScoreMin Nullable(Float64) CODEC(ZSTD(1)),
    RetrievalScoreMean Nullable(Float64) CODEC(ZSTD(1)),
    GuardrailName LowCardinality(String) CODEC(ZSTD(1)),
    GuardrailStage LowCardinality(String) CODEC(ZSTD(1)),
    GuardrailDecision LowCardinality(String) CODEC(ZSTD(1)),
    GuardrailTriggered UInt8 CODEC(ZSTD(1)),
    GuardrailCategories Array(LowCardinality(String)) CODEC(ZSTD(1)),
    GuardrailScore Nullable(Float64) CODEC(ZSTD(1)),
    Tags Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    CostUsd Decimal(18, 9) DEFAULT 0 CODEC(ZSTD(1)),
    CostUnpriced UInt8 DEFAULT 1 CODEC(ZSTD(1)),
    PriceSource LowCardinality(String) DEFAULT '' CODEC(ZSTD(1)),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
    INDEX idx_duration DurationNs TYPE minmax GRANULARITY 1
) ENGINE = MergeTree
PARTITION BY toDate(Timestamp)
ORDER BY (SpanType, ServiceName, RequestModel, Operation, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1
