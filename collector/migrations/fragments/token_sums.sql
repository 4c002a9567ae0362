-- The token counts of llm_spans rows summed per group, as the rollups' views and backfills
-- select them (UInt64: a minute's sum outgrows the per-call UInt32).
    sum(toUInt64(InputTokens)) AS InputTokens,
    sum(toUInt64(OutputTokens)) AS OutputTokens,
    sum(toUInt64(CacheReadTokens)) AS CacheReadTokens,
    sum(toUInt64(CacheWriteTokens)) AS CacheWriteTokens,
    sum(toUInt64(ReasoningTokens)) AS ReasoningTokens,
