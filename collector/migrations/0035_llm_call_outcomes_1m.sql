-- llm_call_outcomes_1m: per-minute rollup of LLM calls (llm_spans rows with SpanType = 'llm') by
-- outcome, filled by llm_call_outcomes_1m_mv and backfilled from llm_spans by migration 0037.
-- llm_calls_1m keeps latency digests per (service, model, operation, provider, prompt, version);
-- this table keeps what the per-model summaries need and llm_calls_1m does not: the error type
-- (error_rate), whether usage was reported (token_usage's averages over known usage), and the
-- distinct users of priced calls (spend_total's users and cost per user).
--
-- One row per minute and (service, model, prompt name, error?, error type, tokens unknown?,
-- unpriced?): the outcome columns are part of the key, so every sum below is the sum over exactly
-- those calls and the queries filter on the key instead of needing conditional sums. ErrorType is
-- kept for failed calls only ('' otherwise), which keeps successful calls in one row per series.
-- Sums are SimpleAggregateFunction(sum, ...): exact, merged by addition. Users is a uniqExact state
-- of the non-empty user ids (exact; merged with uniqExactMerge). SpendUsd is the calls' CostUsd
-- (0 for unpriced calls), SpendWithUserUsd that of the calls that carry a user id; named apart
-- from llm_spans.CostUsd so the view's SELECT can read that column after defining its sum.
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_call_outcomes_1m (
    Minute DateTime CODEC(Delta(4), ZSTD(1)),
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    RequestModel LowCardinality(String) CODEC(ZSTD(1)),
    PromptName LowCardinality(String) CODEC(ZSTD(1)),
    IsError UInt8 CODEC(ZSTD(1)),
    ErrorType LowCardinality(String) CODEC(ZSTD(1)),
    TokensUnknown UInt8 CODEC(ZSTD(1)),
    CostUnpriced UInt8 CODEC(ZSTD(1)),
    Calls SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
-- @include fragments/token_sum_columns.sql
    SpendUsd SimpleAggregateFunction(sum, Decimal(38, 9)) CODEC(ZSTD(1)),
    SpendWithUserUsd SimpleAggregateFunction(sum, Decimal(38, 9)) CODEC(ZSTD(1)),
    Users AggregateFunction(uniqExact, String) CODEC(ZSTD(1))
) ENGINE = AggregatingMergeTree
PARTITION BY toDate(Minute)
ORDER BY (ServiceName, RequestModel, PromptName, IsError, ErrorType, TokensUnknown, CostUnpriced, Minute)
TTL Minute + toIntervalDay({{ttl_days}})
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000
