-- llm_trace_summary: per trace and day, what a list of traces shows about the whole trace beyond its
-- root (which llm_trace_roots holds), filled by two views (0041 from otel_traces, 0042 from
-- llm_spans) and backfilled by migration 0044.
-- recent_traces reads the chosen traces' rows here instead of their spans in otel_traces and
-- llm_spans: one read with a few aggregates instead of two reads joined, which is most of what the
-- query costs to plan and run.
--
-- Each insert block yields a partial row per trace and day; AggregatingMergeTree merges them later
-- and the query aggregates again, so partial rows are correct.
--   SpanStart, SpanEnd: earliest start and latest end (start + Duration) of the trace's spans in
--     otel_traces, in ns since the epoch. Rows from llm_spans carry the neutral values (the largest
--     and smallest Int64), so the extent is otel_traces' alone.
--   LlmCalls, SpendUsd: LLM calls, and the spend of the priced ones (exact Decimal sum).
--   Flags: bits, OR-ed: 1 a GenAI span failed, 2 a guardrail blocked, 4 a guardrail triggered,
--     8 PII found, 16 injection flagged, 32 an unpriced LLM call.
-- Sorted by the trace id's cityHash64 with small granules: the query looks up ~50 random traces per
-- part, each in one granule, by a constant array of their hashes (a constant array of 50 numbers
-- costs ClickHouse a few ms less to analyse against the key than one of 50 strings), and keeps
-- the rows whose TraceId is among the chosen ids. Partitioned by the span's day (a trace crossing
-- midnight has a row in each day), so retention drops whole parts.
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_trace_summary (
    Day Date CODEC(ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanStart SimpleAggregateFunction(min, Int64) CODEC(ZSTD(1)),
    SpanEnd SimpleAggregateFunction(max, Int64) CODEC(ZSTD(1)),
    LlmCalls SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    SpendUsd SimpleAggregateFunction(sum, Decimal(38, 9)) CODEC(ZSTD(1)),
    Flags SimpleAggregateFunction(groupBitOr, UInt8) CODEC(ZSTD(1))
) ENGINE = AggregatingMergeTree
PARTITION BY Day
ORDER BY cityHash64(TraceId)
TTL Day + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 64, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000
