-- User satisfaction from feedback scores (llm_scores named user_feedback by default) per prompt and
-- version over a time range. A response is positive when its value is >= 0.5, or, for label-only
-- feedback (no value), when the label is thumbs_up / positive / good.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only scores of this service ('' means all services)
-- @param model String = '' only scores of calls to this requested model ('' means all models)
-- @param prompt_name String = '' only scores of calls made with this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param feedback_name String = 'user_feedback' the evaluation name that carries user feedback
-- @column prompt_name String gen_ai.prompt.name of the rated call
-- @column prompt_version String gen_ai.prompt.version of the rated call
-- @column responses UInt64 feedback scores
-- @column positive UInt64 positive feedback
-- @column satisfaction_rate Float64 positive / responses
SELECT
    PromptName AS prompt_name,
    PromptVersion AS prompt_version,
    count() AS responses,
    countIf(if(isNull(ScoreValue), ScoreLabel IN ('thumbs_up', 'positive', 'good'), ScoreValue >= 0.5)) AS positive,
    positive / responses AS satisfaction_rate
FROM llm_scores
WHERE Name = {feedback_name:String}
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY prompt_name, prompt_version
ORDER BY prompt_name, prompt_version
