-- The prompt a row is about and the end user it served: llm_spans and llm_scores lay out these
-- columns alike, so a score is filtered by the same prompt and user as the call it rates.
    PromptName LowCardinality(String) CODEC(ZSTD(1)),
    PromptVersion LowCardinality(String) CODEC(ZSTD(1)),
    PromptVariant LowCardinality(String) CODEC(ZSTD(1)),
    UserId String CODEC(ZSTD(1)),
