-- One alert instance: the rule, the fingerprint of rule and label set, and the label set.
-- The transition history (llm_alert_events) and the current state (llm_alert_state) key on it alike.
    RuleName LowCardinality(String) CODEC(ZSTD(1)),
    Fingerprint String CODEC(ZSTD(1)),
    Labels Map(LowCardinality(String), String) CODEC(ZSTD(1)),
