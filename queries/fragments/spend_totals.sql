-- The select-list entries of a spend breakdown over llm_calls_1m: calls, input_tokens,
-- output_tokens, cost_usd, unpriced_calls, tokens_unknown_calls (documented in each including query).
sum(Calls) AS calls,
sum(InputTokens) AS input_tokens,
sum(OutputTokens) AS output_tokens,
toFloat64(sum(CostUsd)) AS cost_usd,
sum(UnpricedCalls) AS unpriced_calls,
sum(TokensUnknownCalls) AS tokens_unknown_calls
