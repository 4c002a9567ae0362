-- Prompt-injection attempts per service over a time range: LLM calls whose input the injection
-- processor flagged (InjectionFlagged), their highest score, and requests an input guardrail
-- blocked for injection (those never reached the model, so they are counted from guardrail spans).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @column service String the service name
-- @column llm_calls UInt64 LLM calls checked by the injection processor
-- @column flagged UInt64 LLM calls flagged as injection attempts
-- @column flagged_rate Float64 flagged / llm_calls
-- @column max_score Float64 highest injection score seen on an LLM call
-- @column blocked UInt64 guardrail checks that blocked a request for injection
SELECT
    ServiceName AS service,
    countIf(SpanType = 'llm') AS llm_calls,
    countIf(SpanType = 'llm' AND InjectionFlagged = 1) AS flagged,
    flagged / llm_calls AS flagged_rate,
    toFloat64(maxIf(InjectionScore, SpanType = 'llm')) AS max_score,
    countIf(SpanType = 'guardrail' AND GuardrailDecision = 'block' AND has(GuardrailCategories, 'injection')) AS blocked
FROM llm_spans
WHERE SpanType IN ('llm', 'guardrail')
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
GROUP BY service
ORDER BY service
