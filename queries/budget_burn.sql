-- Budget burn for a month: spend so far, the daily rate, and the spend projected at month end if
-- the current rate holds (spend / elapsed time × month length). The month runs from month_start to
-- the same day one month later; the default (epoch) means the UTC calendar month containing `to`.
-- Status: over (spent >= budget), at_risk (projected > budget), ok, or no_budget (budget_usd = 0).
-- Read from the per-minute rollup llm_calls_1m (exact sums; a minute counts when its start is in
-- the window), so a whole month stays cheap.
-- @param to DateTime64(3) = now the moment to measure at (end of the spend window, exclusive)
-- @param budget_usd Float64 = 0 [0..1000000000] the month's budget in USD (0: no budget)
-- @param month_start DateTime64(3) = 1970-01-01T00:00:00Z start of the budget month (epoch: calendar month of `to`)
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column month_start DateTime64(3) start of the budget month (UTC)
-- @column month_end DateTime64(3) end of the budget month, exclusive (UTC)
-- @column spend_usd Float64 spend of priced calls from month_start to `to`
-- @column unpriced_calls UInt64 calls in the same window without a price (not in spend_usd), tokens_unknown_calls included
-- @column tokens_unknown_calls UInt64 unpriced calls whose token usage was not reported (their token counts hold only what was reported, often 0)
-- @column elapsed_days Float64 days from month_start to `to`
-- @column month_days Float64 length of the budget month in days
-- @column daily_rate_usd Float64 spend_usd / elapsed_days
-- @column projected_usd Float64 spend projected at month end at the current rate
-- @column budget_usd Float64 the budget given
-- @column spent_pct Nullable(Float64) spend_usd as a percentage of the budget (NULL without a budget)
-- @column projected_pct Nullable(Float64) projected_usd as a percentage of the budget (NULL without a budget)
-- @column status String over | at_risk | ok | no_budget
WITH
    toDateTime64({to:DateTime64(3)}, 3, 'UTC') AS as_of,
    if({month_start:DateTime64(3)} = toDateTime64(0, 3, 'UTC'),
       toDateTime64(toStartOfMonth(as_of, 'UTC'), 3, 'UTC'),
       toDateTime64({month_start:DateTime64(3)}, 3, 'UTC')) AS m_start,
    addMonths(m_start, 1) AS m_end
SELECT
    m_start AS month_start,
    m_end AS month_end,
    toFloat64(sum(CostUsd)) AS spend_usd,
    sum(UnpricedCalls) AS unpriced_calls,
    sum(TokensUnknownCalls) AS tokens_unknown_calls,
    dateDiff('millisecond', m_start, as_of) / 86400000 AS elapsed_days,
    dateDiff('millisecond', m_start, m_end) / 86400000 AS month_days,
    spend_usd / elapsed_days AS daily_rate_usd,
    daily_rate_usd * month_days AS projected_usd,
    {budget_usd:Float64} AS budget_usd,
    if(budget_usd > 0, 100 * spend_usd / budget_usd, NULL) AS spent_pct,
    if(budget_usd > 0, 100 * projected_usd / budget_usd, NULL) AS projected_pct,
    multiIf(budget_usd <= 0, 'no_budget', spend_usd >= budget_usd, 'over', projected_usd > budget_usd, 'at_risk', 'ok') AS status
FROM llm_calls_1m
WHERE Minute >= m_start
  AND Minute < as_of
  -- @include fragments/filters.sql
