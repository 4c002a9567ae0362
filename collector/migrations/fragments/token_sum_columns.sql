-- The rollup columns that hold token_sums.sql: exact sums, merged by addition.
    InputTokens SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    OutputTokens SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    CacheReadTokens SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    CacheWriteTokens SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    ReasoningTokens SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
