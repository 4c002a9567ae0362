-- Requests a guardrail blocked, newest first: when, which trace (TraceId links to the trace view),
-- which guardrail at which stage, why (categories, score) and for whom.
-- No model filter: guardrail spans carry no requested model.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param limit UInt32 = 100 [1..10000] how many blocked requests to return
-- @column time DateTime64(3) when the guardrail ran
-- @column TraceId String the trace id
-- @column service String the service name
-- @column guardrail String llmscope.guardrail.name
-- @column stage String llmscope.guardrail.stage
-- @column categories Array(String) llmscope.guardrail.categories
-- @column score Nullable(Float64) llmscope.guardrail.score
-- @column user String user.id ('' when unknown)
SELECT
    toDateTime64(Timestamp, 3) AS time,
    TraceId,
    ServiceName AS service,
    GuardrailName AS guardrail,
    GuardrailStage AS stage,
    CAST(GuardrailCategories, 'Array(String)') AS categories,
    GuardrailScore AS score,
    UserId AS user
FROM llm_spans
WHERE SpanType = 'guardrail'
  AND GuardrailDecision = 'block'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
ORDER BY Timestamp DESC, TraceId
LIMIT {limit:UInt32}
