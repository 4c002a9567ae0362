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
-- (feedback_name for satisfaction, every other numeric score as quality:<name>). The model filter
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
WITH
    calls AS (
        SELECT
            if({arm:String} = 'variant', PromptVariant, PromptVersion) AS arm_value,
            count() AS n,
            countIf(StatusCode = 'Error') AS errors,
            quantileExact(0.95)(DurationNs) / 1e6 AS p95_ms,
            avg(DurationNs / 1e6) AS latency_mean,
            varSamp(DurationNs / 1e6) AS latency_var,
            countIf(CostUnpriced = 0) AS priced,
            avgIf(toFloat64(CostUsd), CostUnpriced = 0) AS cost_mean,
            varSampIf(toFloat64(CostUsd), CostUnpriced = 0) AS cost_var
        FROM llm_spans
        WHERE SpanType = 'llm'
          AND PromptName = {prompt_name:String}
          AND arm_value IN ({a:String}, {b:String})
          AND $__timeFilter(Timestamp)
          AND ({service:String} = '' OR ServiceName = {service:String})
          AND ({model:String} = '' OR RequestModel = {model:String})
        GROUP BY arm_value
    ),
    guards AS (
        SELECT
            if({arm:String} = 'variant', PromptVariant, PromptVersion) AS arm_value,
            count() AS n,
            countIf(GuardrailTriggered = 1) AS triggered
        FROM llm_spans
        WHERE SpanType = 'guardrail'
          AND PromptName = {prompt_name:String}
          AND arm_value IN ({a:String}, {b:String})
          AND $__timeFilter(Timestamp)
          AND ({service:String} = '' OR ServiceName = {service:String})
        GROUP BY arm_value
    ),
    -- Feedback is counted for the LLM call it rates. Feedback stored without the call's dimensions
    -- (it often arrives before the trace's spans) is resolved now: the call with its span id, else
    -- the trace's latest LLM call. Other scores are written with their span's dimensions.
    rated_traces AS (
        SELECT
            TraceId,
            arraySort(c -> c.7, groupArray((SpanId, toString(ServiceName), toString(RequestModel), toString(PromptName), toString(PromptVersion), toString(PromptVariant), Timestamp))) AS calls
        FROM llm_spans
        WHERE SpanType = 'llm'
          AND Timestamp >= {from:DateTime64(3)} - INTERVAL 1 DAY
          AND Timestamp < {to:DateTime64(3)}
          AND TraceId IN (SELECT TraceId FROM llm_scores WHERE Name = {feedback_name:String} AND ServiceName = '' AND $__timeFilter(Timestamp))
        GROUP BY TraceId
    ),
    -- Layered: each step reads the one before as plain columns. An alias used several times in one
    -- SELECT is analysed once per use, and analysis, not reading, is most of this query's time.
    resolved AS (
        SELECT
            Name, ScoreValue, ScoreLabel, is_fb,
            if(pick > 0, calls[pick].2, toString(ServiceName)) AS service,
            if(pick > 0, calls[pick].3, toString(RequestModel)) AS model,
            if(pick > 0, calls[pick].4, toString(PromptName)) AS prompt,
            if(pick > 0, calls[pick].5, toString(PromptVersion)) AS version,
            if(pick > 0, calls[pick].6, toString(PromptVariant)) AS variant
        FROM (
            SELECT
                *,
                if(NOT is_fb OR ServiceName != '', 0, if(by_span > 0, by_span, length(calls))) AS pick
            FROM (
                SELECT
                    s.Name AS Name,
                    s.ScoreValue AS ScoreValue,
                    s.ScoreLabel AS ScoreLabel,
                    s.ServiceName AS ServiceName,
                    s.RequestModel AS RequestModel,
                    s.PromptName AS PromptName,
                    s.PromptVersion AS PromptVersion,
                    s.PromptVariant AS PromptVariant,
                    s.Name = {feedback_name:String} AS is_fb,
                    t.calls AS calls,
                    arrayFirstIndex(c -> c.1 = s.SpanId, t.calls) AS by_span
                FROM llm_scores AS s
                LEFT JOIN rated_traces AS t ON s.TraceId = t.TraceId
                WHERE $__timeFilter(s.Timestamp)
                  AND (s.PromptName = {prompt_name:String} OR (s.Name = {feedback_name:String} AND s.ServiceName = ''))
            )
        )
    ),
    scores AS (
        SELECT
            if({arm:String} = 'variant', variant, version) AS arm_value,
            is_fb AS is_feedback,
            if(is_feedback, '', Name) AS score_name,
            countIf(is_feedback OR ScoreValue IS NOT NULL) AS n,
            countIf(is_feedback AND if(isNull(ScoreValue), ScoreLabel IN ('thumbs_up', 'positive', 'good'), ScoreValue >= 0.5)) AS positive,
            avg(ScoreValue) AS score_mean,
            varSamp(ScoreValue) AS score_var
        FROM resolved
        WHERE prompt = {prompt_name:String}
          AND arm_value IN ({a:String}, {b:String})
          AND ({service:String} = '' OR service = {service:String})
          AND ({model:String} = '' OR model = {model:String})
        GROUP BY arm_value, is_feedback, score_name
    ),
    -- Each CTE is read once (a CTE is evaluated again at every reference): the call metrics come
    -- out of one row per arm with arrayJoin, the score metrics from one pass over scores.
    per_arm AS (
        SELECT m.1 AS ord, m.2 AS metric, m.3 AS test, arm_value, m.4 AS n, m.5 AS value, m.6 AS variance
        FROM (
            SELECT
                arm_value,
                arrayJoin(arrayFilter(x -> x.1 != 5 OR x.4 > 0, [
                    (1, 'calls', 'none', n, toFloat64(n), 0.),
                    (2, 'error_rate', 'z', n, errors / n, 0.),
                    (3, 'p95_latency_ms', 'none', n, p95_ms, 0.),
                    (4, 'mean_latency_ms', 'welch_t', n, latency_mean, latency_var),
                    (5, 'cost_per_request', 'welch_t', priced, cost_mean, cost_var)
                ])) AS m
            FROM calls
        )
        UNION ALL SELECT toUInt8(6), 'guardrail_trigger_rate', 'z', arm_value, toUInt64(n), toFloat64(triggered / n), toFloat64(0) FROM guards
        UNION ALL
        SELECT
            toUInt8(if(is_feedback, 7, 8)),
            if(is_feedback, 'satisfaction_rate', concat('quality:', score_name)),
            if(is_feedback, 'z', 'welch_t'),
            arm_value,
            toUInt64(n),
            toFloat64(if(is_feedback, positive / n, ifNull(score_mean, nan))),
            toFloat64(if(is_feedback, 0, ifNull(score_var, nan)))
        FROM scores
        WHERE is_feedback OR n > 0
    )
-- The statistics are computed in layers (aggregates, then the statistic, then its p-value) so each
-- layer reads the one below as plain columns: in one flat SELECT every alias is expanded into the
-- next and analysed again at each use. The result has exactly the declared columns.
-- optimize_and_compare_chain (derives extra conditions from AND chains) costs more to plan here
-- than it can save: every filter is on the sort key or the time range already.
SELECT metric, test, n_a, n_b, value_a, value_b, difference, statistic, p_value, significant
FROM (
    SELECT
        metric_order, metric, test, n_a, n_b, value_a, value_b, difference, statistic,
        erfc(abs(statistic) / sqrt(2)) AS p_value,
        toUInt8(ifNull(p_value < {alpha:Float64}, 0)) AS significant
    FROM (
        SELECT
            metric_order, metric, test, n_a, n_b, value_a, value_b,
            value_b - value_a AS difference,
            multiIf(
                test = 'z', difference / sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b)),
                test = 'welch_t' AND n_a >= 2 AND n_b >= 2, difference / sqrt(var_a / n_a + var_b / n_b),
                nan
            ) AS raw_statistic,
            if(n_a > 0 AND n_b > 0 AND isFinite(raw_statistic), raw_statistic, NULL) AS statistic
        FROM (
            SELECT
                min(ord) AS metric_order,
                metric,
                any(test) AS test,
                sumIf(n, arm_value = {a:String}) AS n_a,
                sumIf(n, arm_value = {b:String}) AS n_b,
                if(n_a = 0, nan, anyIf(value, arm_value = {a:String})) AS value_a,
                if(n_b = 0, nan, anyIf(value, arm_value = {b:String})) AS value_b,
                anyIf(variance, arm_value = {a:String}) AS var_a,
                anyIf(variance, arm_value = {b:String}) AS var_b,
                (value_a * n_a + value_b * n_b) / (n_a + n_b) AS pooled
            FROM per_arm
            GROUP BY metric
        )
    )
)
ORDER BY metric_order, metric
SETTINGS optimize_and_compare_chain = 0
