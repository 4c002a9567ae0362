-- Prompt A/B: two versions (or variants) of one prompt side by side over a time range, one row per
-- metric, with a significance indicator. B is compared with A (difference = B - A).
--   rates (error_rate, guardrail_trigger_rate, satisfaction_rate): two-proportion z-test with the
--     pooled proportion, z = (pB - pA) / sqrt(p(1 - p)(1/nA + 1/nB));
--   means (mean_latency_ms, cost_per_request, quality:<score name>): Welch's t,
--     t = (mB - mA) / sqrt(sA²/nA + sB²/nB) with sample variances;
--   calls and p95_latency_ms: no test.
-- p_value is two-sided from the normal distribution (erfc(|stat| / √2)); for Welch's t that is the
-- large-sample approximation (it reads slightly low below ~30 samples per arm). statistic and
-- p_value are NULL when a side has too few samples (n = 0, or n < 2 for t) or no variance.
-- Sources: LLM calls of the prompt (calls, errors, latency, cost of priced calls), its guardrail
-- spans (the prompt context is copied onto spans in scope), and llm_scores rows of its calls
-- (feedback_name for satisfaction, every other numeric score as quality:<name>), each by the
-- dimensions stored with it (feedback stored before its call gets them when the call is stored). The model filter
-- narrows the LLM calls and their scores; guardrail spans carry no requested model, so
-- guardrail_trigger_rate counts the prompt's checks whatever the model.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only this service ('' means all services)
-- @param model String = '' only calls to this requested model, and their scores ('' means all models)
-- @param prompt_name String the prompt (gen_ai.prompt.name)
-- @param arm String = 'version' {version|variant} what A and B are: version (gen_ai.prompt.version) | variant (llmscope.prompt.variant)
-- @param a String the baseline version or variant
-- @param b String the candidate version or variant
-- @param feedback_name String = 'user_feedback' the evaluation name that carries user feedback
-- @param alpha Float64 = 0.05 [0..1] significance level
-- @column metric String calls | error_rate | p95_latency_ms | mean_latency_ms | cost_per_request | guardrail_trigger_rate | satisfaction_rate | quality:<name>
-- @column test String z | welch_t | none
-- @column n_a UInt64 sample size of A
-- @column n_b UInt64 sample size of B
-- @column value_a Float64 the metric for A
-- @column value_b Float64 the metric for B
-- @column difference Float64 value_b - value_a
-- @column statistic Nullable(Float64) z or t of B against A
-- @column p_value Nullable(Float64) two-sided p-value (normal approximation)
-- @column significant UInt8 1 when p_value < alpha
-- Each figure is computed for both arms at once with the -Resample combinator: slot 1 holds arm a's
-- rows and slot 2 arm b's (key = the row is of arm b), so every aggregate is written once, and A and B
-- come out side by side without a pivot. When a = b every row is in slot 2, which then serves as both.
-- Planning, not reading, is most of this query's time, and it grows with the number of expressions,
-- so the query is written with as few as it can.
WITH
    -- The prompt's LLM calls and guardrail spans in one read. A rate is the mean of a 0/1 indicator.
    spans AS (
        SELECT
            countResampleIf(0, 2, 1)(key, is_llm) AS n,
            avgResampleIf(0, 2, 1)(StatusCode = 'Error', key, is_llm) AS error_rate,
            quantileExactResampleIf(0.95, 0, 2, 1)(ms, key, is_llm) AS p95_ms,
            avgResampleIf(0, 2, 1)(ms, key, is_llm) AS latency_mean,
            varSampResampleIf(0, 2, 1)(ms, key, is_llm) AS latency_var,
            countResampleIf(0, 2, 1)(key, is_llm AND CostUnpriced = 0) AS priced,
            avgResampleIf(0, 2, 1)(cost, key, is_llm AND CostUnpriced = 0) AS cost_mean,
            varSampResampleIf(0, 2, 1)(cost, key, is_llm AND CostUnpriced = 0) AS cost_var,
            countResampleIf(0, 2, 1)(key, NOT is_llm) AS guards,
            avgResampleIf(0, 2, 1)(GuardrailTriggered, key, NOT is_llm) AS triggered
        FROM (
            SELECT
                if({arm:String} = 'variant', PromptVariant, PromptVersion) AS arm_value,
                arm_value = {b:String} AS key,
                SpanType = 'llm' AS is_llm,
                DurationNs / 1e6 AS ms,
                toFloat64(CostUsd) AS cost,
                StatusCode, CostUnpriced, GuardrailTriggered
            FROM llm_spans
            WHERE SpanType IN ('llm', 'guardrail')
              AND PromptName = {prompt_name:String}
              AND arm_value IN ({a:String}, {b:String})
              AND $__timeFilter(Timestamp)
              AND ({service:String} = '' OR ServiceName = {service:String})
              AND (SpanType = 'guardrail' OR {model:String} = '' OR RequestModel = {model:String})
        )
    ),
    -- One row: every score metric as (order, metric, test, n, value, variance), per-arm arrays. Each
    -- score carries the dimensions of the call it rates (feedback too: the collector resolves them).
    scores AS (
        SELECT groupArray((if(is_fb, 7, 8), if(is_fb, 'satisfaction_rate', concat('quality:', Name)), if(is_fb, 'z', 'welch_t'), n, x, v)) AS metrics
        FROM (
            SELECT
                is_fb,
                if(is_fb, '', toString(Name)) AS Name,
                countResampleIf(0, 2, 1)(key, is_fb OR ScoreValue IS NOT NULL) AS n,
                avgResampleIf(0, 2, 1)(if(is_fb, toFloat64(is_positive), assumeNotNull(ScoreValue)), key, is_fb OR ScoreValue IS NOT NULL) AS x,
                varSampResampleIf(0, 2, 1)(assumeNotNull(ScoreValue), key, ScoreValue IS NOT NULL) AS v
            FROM (
                SELECT
                    Name, Name = {feedback_name:String} AS is_fb, ScoreValue,
                    if({arm:String} = 'variant', PromptVariant, PromptVersion) AS arm_value,
                    arm_value = {b:String} AS key,
                    -- @include fragments/feedback_positive.sql
                FROM llm_scores
                WHERE $__timeFilter(Timestamp)
                  AND PromptName = {prompt_name:String}
                  AND arm_value IN ({a:String}, {b:String})
                  AND ({service:String} = '' OR ServiceName = {service:String})
                  AND ({model:String} = '' OR RequestModel = {model:String})
            )
            GROUP BY is_fb, Name
        )
    )
-- The statistics, in layers so that each reads the one below as plain columns (an alias used twice in
-- one SELECT is analysed twice). A z-test's standard error is the Welch form with the pooled
-- proportion's variance p(1 - p) on both sides. optimize_and_compare_chain (derives extra conditions
-- from AND chains) costs more to plan here than it can save: every filter is on the sort key or the
-- time range already.
SELECT metric, test, n_a, n_b, value_a, value_b, value_b - value_a AS difference, if(isFinite(raw), raw, NULL) AS statistic,
    erfc(abs(statistic) / sqrt(2)) AS p_value, toUInt8(ifNull(p_value < {alpha:Float64}, 0)) AS significant
FROM (
    SELECT
        metric_order, metric, test, toUInt64(na) AS n_a, toUInt64(nb) AS n_b, if(na = 0, nan, xa) AS value_a, if(nb = 0, nan, xb) AS value_b,
        if(multiIf(test = 'z', na > 0 AND nb > 0, test = 'welch_t', na >= 2 AND nb >= 2, 0),
           (xb - xa) / sqrt(if(test = 'z', pooled * (1 - pooled) * (1 / na + 1 / nb), va / na + vb / nb)), NULL) AS raw
    FROM (
        SELECT m.1 AS metric_order, m.2 AS metric, m.3 AS test, m.4[ia] AS na, m.4[2] AS nb, m.5[ia] AS xa, m.5[2] AS xb, m.6[ia] AS va, m.6[2] AS vb,
            (xa * na + xb * nb) / (na + nb) AS pooled
        FROM (
            -- Every metric in one array, read as a scalar subquery: ClickHouse evaluates it before
            -- planning the rest, so the statistics are planned over a constant rather than over the
            -- join and the aggregations beneath it (less planning; the same rows).
            SELECT arrayJoin((SELECT arrayConcat([
                (1, 'calls', 'none', n, CAST(n, 'Array(Float64)'), []),
                (2, 'error_rate', 'z', n, error_rate, []),
                (3, 'p95_latency_ms', 'none', n, p95_ms, []),
                (4, 'mean_latency_ms', 'welch_t', n, latency_mean, latency_var),
                (5, 'cost_per_request', 'welch_t', priced, cost_mean, cost_var),
                (6, 'guardrail_trigger_rate', 'z', guards, triggered, [])
            ], scores.metrics) FROM spans CROSS JOIN scores)) AS m,
            1 + ({a:String} = {b:String}) AS ia
        )
        WHERE na + nb > 0
    )
)
ORDER BY metric_order, metric
SETTINGS optimize_and_compare_chain = 0
