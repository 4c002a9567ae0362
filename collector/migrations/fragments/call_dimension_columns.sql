-- The dimensions of the LLM call a row is about (service, requested model, prompt, end user), as a
-- score carries them so that it is filtered like its call without a join.
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    RequestModel LowCardinality(String) CODEC(ZSTD(1)),
-- @include fragments/prompt_user_columns.sql
