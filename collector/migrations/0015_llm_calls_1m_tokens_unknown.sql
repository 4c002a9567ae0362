-- llm_calls_1m.TokensUnknownCalls: calls per minute and series whose token usage was not reported
-- (llm_spans.TokensUnknown = 1). They are also in UnpricedCalls; counted apart so spend queries
-- read from the rollup can say why calls are unpriced.
ALTER TABLE llm_calls_1m
    ADD COLUMN IF NOT EXISTS TokensUnknownCalls SimpleAggregateFunction(sum, UInt64) DEFAULT 0 CODEC(T64, ZSTD(1))
