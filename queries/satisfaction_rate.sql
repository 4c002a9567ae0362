-- User satisfaction from feedback scores (llm_scores named user_feedback by default: the name
-- recordFeedback() and POST /v1/feedback use unless told otherwise) per prompt and version over a
-- time range. A response is positive when its value is >= 0.5, or, for label-only feedback (no
-- value), when the label is thumbs_up / positive / good.
-- Each feedback row is counted for the LLM call it rates, by the dimensions stored with it: the
-- collector stores that call's dimensions with the feedback, at once when the call is already
-- stored, else as soon as it is (the LLM call with the feedback's span id, else the trace's latest
-- LLM call). Feedback whose trace has no stored LLM call counts under an empty prompt.
-- @param from DateTime64(3) start of the range (of the feedback's time), inclusive
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
    countIf(is_positive) AS positive,
    positive / responses AS satisfaction_rate
FROM (
    SELECT
        PromptName,
        PromptVersion,
        -- @include fragments/feedback_positive.sql
    FROM llm_scores
    WHERE Name = {feedback_name:String}
      AND $__timeFilter(Timestamp)
      -- @include fragments/filters.sql
)
GROUP BY prompt_name, prompt_version
ORDER BY prompt_name, prompt_version
