-- Prompt-injection attempts per service over a time range: LLM calls whose input the injection
-- processor flagged (InjectionFlagged), their highest score, and requests an input guardrail
-- blocked for injection (those never reached the model, so they are counted from guardrail spans).
-- The model filter narrows the LLM-call columns only: guardrail spans carry no requested model, so
-- `blocked` counts the service's blocks whatever the model.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only LLM calls of this requested model ('' means all models; blocks are not narrowed)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column service String the service name
-- @column llm_calls UInt64 LLM calls checked by the injection processor
-- @column flagged UInt64 LLM calls flagged as injection attempts
-- @column flagged_rate Float64 flagged / llm_calls (NaN, null in JSON, without LLM calls)
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
  AND ({model:String} = '' OR SpanType = 'guardrail' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY service
ORDER BY service
