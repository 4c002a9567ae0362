-- Spend of LLM calls as a time series broken down by one dimension: model, provider, user, service
-- or prompt version. key is a label: Grafana's time-series format turns it into one series per value.
-- Only the `top` values with the highest spend over the whole range get a series of their own; the
-- rest are summed into '(other)' (0: no folding), so "by user" stays readable. Unpriced calls add
-- nothing to cost_usd and are counted apart. Exact sums: by model, provider, service or prompt
-- version from the per-minute rollup llm_calls_1m (the range and buckets resolve to whole minutes),
-- by user from llm_spans (the rollup has no user); the other branch reads nothing.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only calls of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param dimension String = 'model' {model|provider|user|service|prompt_version} what to break the spend down by
-- @param top UInt32 = 10 [0..1000] series for the biggest spenders; the others are summed into '(other)' (0: all)
-- @column t DateTime start of the bucket
-- @column key String the value of the dimension (user: '' for calls without a user id; prompt_version: "<prompt name>@<version>"), or '(other)'
-- @column calls UInt64 LLM calls in the bucket
-- @column cost_usd Float64 spend in USD over priced calls
-- @column unpriced_calls UInt64 calls without a price (not in cost_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
WITH
    keyed AS (
        SELECT
            Minute AS Timestamp,
            multiIf(
                {dimension:String} = 'model', toString(RequestModel),
                {dimension:String} = 'provider', toString(Provider),
                {dimension:String} = 'service', toString(ServiceName),
                concat(PromptName, '@', PromptVersion)
            ) AS k,
            toDecimal128(CostUsd, 9) AS cost,
            Calls AS n,
            UnpricedCalls AS unpriced,
            TokensUnknownCalls AS unknown
        FROM llm_calls_1m
        WHERE {dimension:String} != 'user'
          AND $__timeFilter(Minute)
          AND ({service:String} = '' OR ServiceName = {service:String})
          AND ({model:String} = '' OR RequestModel = {model:String})
          AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
          AND throwIf({dimension:String} NOT IN ('model', 'provider', 'user', 'service', 'prompt_version'),
                      'dimension must be one of model, provider, user, service, prompt_version') = 0
        UNION ALL
        SELECT
            toDateTime(Timestamp) AS Timestamp,
            UserId AS k,
            toDecimal128(if(CostUnpriced = 0, CostUsd, 0), 9) AS cost,
            toUInt64(1) AS n,
            toUInt64(CostUnpriced) AS unpriced,
            toUInt64(TokensUnknown) AS unknown
        FROM llm_spans
        WHERE {dimension:String} = 'user'
          AND SpanType = 'llm'
          AND $__timeFilter(Timestamp)
          AND ({service:String} = '' OR ServiceName = {service:String})
          AND ({model:String} = '' OR RequestModel = {model:String})
          AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
    ),
    top_keys AS (
        SELECT k
        FROM keyed
        GROUP BY k
        ORDER BY sum(cost) DESC, k
        LIMIT {top:UInt32}
    )
SELECT
    $__timeInterval(Timestamp) AS t,
    if({top:UInt32} = 0 OR k IN (SELECT k FROM top_keys), k, '(other)') AS key,
    sum(n) AS calls,
    toFloat64(sum(cost)) AS cost_usd,
    sum(unpriced) AS unpriced_calls,
    sum(unknown) AS tokens_unknown_calls
FROM keyed
GROUP BY t, key
ORDER BY t, key
