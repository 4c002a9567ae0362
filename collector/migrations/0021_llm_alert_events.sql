-- llm_alert_events: the history of alert state transitions (inactive → pending → firing →
-- resolved), one row per rule × label set × transition, written by collector/src/alerts.
--
-- Sort key: (RuleName, Fingerprint, Timestamp).
--   * Readers ask "what did this rule do" and "the timeline of one alert instance": RuleName then
--     Fingerprint (hash of rule + labels) keep one instance's transitions contiguous, in time order.
-- IdempotencyKey is the key sent with the webhook for this transition (Idempotency-Key header).
-- {{ttl_days}} is replaced by the migration runner with the configured retention (positive integer).
CREATE TABLE IF NOT EXISTS llm_alert_events (
    Timestamp DateTime64(3) CODEC(Delta(8), ZSTD(1)),
-- @include fragments/alert_instance_columns.sql
    FromState LowCardinality(String) CODEC(ZSTD(1)),
    ToState LowCardinality(String) CODEC(ZSTD(1)),
    Severity LowCardinality(String) CODEC(ZSTD(1)),
    Value Nullable(Float64) CODEC(ZSTD(1)),
    Threshold Float64 CODEC(ZSTD(1)),
    ActiveSince Nullable(DateTime64(3)) CODEC(ZSTD(1)),
    Annotations Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    IdempotencyKey String CODEC(ZSTD(1))
) ENGINE = MergeTree
PARTITION BY toDate(Timestamp)
ORDER BY (RuleName, Fingerprint, Timestamp)
TTL toDateTime(Timestamp) + toIntervalDay({{ttl_days}})
SETTINGS ttl_only_drop_parts = 1
