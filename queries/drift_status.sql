-- Drift status: the latest comparison of each series (service, model, operation, prompt version)
-- and metric written by the collector's drift monitor (llm_drift, collector/src/analytics/drift) in a time
-- range, most severe first. Numeric metrics (latency_ms, tokens, cost_usd, score:<name>) compare
-- the baseline and current windows' distributions: PSI over the baseline deciles and a two-sample
-- KS test; rates (error_rate, guardrail_rate, pii_rate, injection_rate) a two-proportion z-test.
-- Status: alert / warn (a significant change, sized by PSI or |z|), ok, insufficient (too few
-- samples in a window). Values are medians (numeric) or rates; NULL when a window is empty.
-- No prompt_name filter: drift series are keyed by prompt version only (llm_drift has no prompt name).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only series of this service ('' means all services)
-- @param model String = '' only series of this requested model ('' means all models)
-- @param flagged_only UInt8 = 0 {0|1} 1: only series whose latest status is warn or alert
-- @column time DateTime64(3) when the latest comparison ran
-- @column service String service.name of the series
-- @column model String requested model of the series
-- @column operation String gen_ai.operation.name of the series ('' for evaluation scores)
-- @column prompt_version String gen_ai.prompt.version of the series
-- @column metric String latency_ms | input_tokens | output_tokens | cost_usd | score:<name> | error_rate | guardrail_rate | pii_rate | injection_rate
-- @column kind String numeric | rate
-- @column status String latest status: alert | warn | insufficient | ok
-- @column alert UInt8 1 when the latest status is alert
-- @column baseline_value Nullable(Float64) baseline median (numeric) or rate
-- @column current_value Nullable(Float64) current median (numeric) or rate
-- @column psi Nullable(Float64) population stability index (numeric)
-- @column ks Nullable(Float64) Kolmogorov-Smirnov statistic D (numeric)
-- @column z_score Nullable(Float64) two-proportion z (rates)
-- @column p_value Nullable(Float64) KS (numeric) or two-proportion (rates) p-value
-- @column baseline_count UInt64 samples (numeric) or trials (rates) in the baseline window
-- @column current_count UInt64 samples or trials in the current window
-- @column alerts UInt64 comparisons of this series and metric in the range whose status was alert
-- The latest row's values are taken as one tuple: argMax over a Nullable column alone would skip
-- NULLs and could mix values of different runs.
SELECT
    time,
    service,
    model,
    operation,
    prompt_version,
    metric,
    latest.1 AS kind,
    latest.2 AS status,
    toUInt8(status = 'alert') AS alert,
    latest.3 AS baseline_value,
    latest.4 AS current_value,
    latest.5 AS psi,
    latest.6 AS ks,
    latest.7 AS z_score,
    latest.8 AS p_value,
    latest.9 AS baseline_count,
    latest.10 AS current_count,
    alerts
FROM (
    SELECT
        ServiceName AS service,
        RequestModel AS model,
        Operation AS operation,
        PromptVersion AS prompt_version,
        Metric AS metric,
        max(Timestamp) AS time,
        argMax((toString(Kind), toString(Status), BaselineValue, CurrentValue, Psi, Ks, ZScore, PValue, BaselineCount, CurrentCount), Timestamp) AS latest,
        countIf(Status = 'alert') AS alerts
    FROM llm_drift
    WHERE $__timeFilter(Timestamp)
      AND ({service:String} = '' OR ServiceName = {service:String})
      AND ({model:String} = '' OR RequestModel = {model:String})
    GROUP BY service, model, operation, prompt_version, metric
)
WHERE {flagged_only:UInt8} = 0 OR status IN ('warn', 'alert')
ORDER BY indexOf(['alert', 'warn', 'insufficient', 'ok'], status), service, model, operation, prompt_version, metric
