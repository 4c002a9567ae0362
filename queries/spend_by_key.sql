-- Spend per key over a time range, one row per key: a user, a prompt, a service, a model, or the
-- value of one tag (e.g. an API key id the app tags its calls with). What a per-key spend limit is
-- checked against: the alert rule form `spendPerKey` runs it over a rolling window ending now, and
-- each key over the limit is an alert instance of its own. Calls with an empty key (no user id, no
-- such tag) are left out. Unpriced calls add nothing to cost_usd and are counted apart.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param dimension String = 'user' the key: user | prompt | service | model | tag
-- @param tag String = '' with dimension tag: the tag's name (llmscope.tag.<name>, e.g. api_key_id; '' gives no rows)
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column key String the user id, prompt name, service, model or tag value
-- @column calls UInt64 LLM calls of the key
-- @column cost_usd Float64 spend in USD over priced calls
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported
-- The key is an if chain rather than a multiIf: ClickHouse folds an if whose condition is a constant
-- to the chosen branch, so only the key's own column is read and converted, not all five. It is
-- chosen in a subquery: folded in the aggregating SELECT itself, the key is lost from the plan.
SELECT
    key,
    count() AS calls,
    toFloat64(sumIf(CostUsd, CostUnpriced = 0)) AS cost_usd,
    countIf(CostUnpriced = 1) AS unpriced_calls,
    countIf(TokensUnknown = 1) AS tokens_unknown_calls
FROM (
    SELECT
        if({dimension:String} = 'user', UserId,
        if({dimension:String} = 'prompt', toString(PromptName),
        if({dimension:String} = 'service', toString(ServiceName),
        if({dimension:String} = 'model', toString(RequestModel),
        Tags[{tag:String}])))) AS key,
        CostUsd, CostUnpriced, TokensUnknown
    -- @include fragments/llm_calls.sql
      AND throwIf({dimension:String} NOT IN ('user', 'prompt', 'service', 'model', 'tag'),
                  'dimension must be one of user, prompt, service, model, tag') = 0
)
GROUP BY key
HAVING key != ''
ORDER BY cost_usd DESC, key
