-- Guardrail checks per guardrail and stage (input | output | retrieval) over a time range: how often
-- each one triggered (any decision but pass) and how often it flagged, redacted or blocked.
-- No model filter: guardrail spans carry no requested model.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column guardrail String llmscope.guardrail.name
-- @column stage String llmscope.guardrail.stage
-- @column checks UInt64 guardrail spans
-- @column triggered UInt64 checks with llmscope.guardrail.triggered = true
-- @column trigger_rate Float64 triggered / checks
-- @column flagged UInt64 checks with decision flag
-- @column redacted UInt64 checks with decision redact
-- @column blocked UInt64 checks with decision block
-- @column block_rate Float64 blocked / checks
SELECT
    GuardrailName AS guardrail,
    GuardrailStage AS stage,
    count() AS checks,
    countIf(GuardrailTriggered = 1) AS triggered,
    triggered / checks AS trigger_rate,
    countIf(GuardrailDecision = 'flag') AS flagged,
    countIf(GuardrailDecision = 'redact') AS redacted,
    countIf(GuardrailDecision = 'block') AS blocked,
    blocked / checks AS block_rate
FROM llm_spans
WHERE SpanType = 'guardrail'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY guardrail, stage
ORDER BY guardrail, stage
