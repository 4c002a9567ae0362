-- llm_alert_state: the current state of every alert instance (rule × label set), so a restarted
-- collector carries on where it stopped instead of paging again for an alert already firing.
-- One row per change, written by collector/src/alerts: at each transition (before notifying) and
-- once more when its notification went out; the latest row by UpdatedAt is the state.
--   State          pending | firing | resolved | inactive (a row with inactive clears the instance)
--   ActiveSince    when the condition became true (start of pending); with the rule and the label
--                  set it determines the transition's idempotency key
--   TransitionKey  idempotency key of the transition into State
--   NotifiedKey    idempotency key of the last notification sent; differs from TransitionKey when
--                  the collector stopped before notifying, and the notification is then sent again
--                  on start with the same key (receivers deduplicate on it)
--
-- Engine and key: ReplacingMergeTree(UpdatedAt) on (RuleName, Fingerprint) folds an instance's
-- rows into its latest; readers still take argMax(..., UpdatedAt) per instance so unmerged parts
-- read right without FINAL. The table stays small (one row per instance after merges).
-- TTL drops instances not updated for the retention period ({{ttl_days}} days, validated integer).
CREATE TABLE IF NOT EXISTS llm_alert_state (
    UpdatedAt DateTime64(3) CODEC(Delta(8), ZSTD(1)),
-- @include fragments/alert_instance_columns.sql
    State LowCardinality(String) CODEC(ZSTD(1)),
    ActiveSince Nullable(DateTime64(3)) CODEC(ZSTD(1)),
    Value Nullable(Float64) CODEC(ZSTD(1)),
    TransitionKey String CODEC(ZSTD(1)),
    NotifiedKey String CODEC(ZSTD(1))
) ENGINE = ReplacingMergeTree(UpdatedAt)
ORDER BY (RuleName, Fingerprint)
TTL toDateTime(UpdatedAt) + toIntervalDay({{ttl_days}})
