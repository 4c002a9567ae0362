-- User satisfaction from feedback scores (llm_scores named user_feedback by default: the name
-- recordFeedback() and POST /v1/feedback use unless told otherwise) per prompt and version over a
-- time range. A response is positive when its value is >= 0.5, or, for label-only feedback (no
-- value), when the label is thumbs_up / positive / good.
-- Each feedback row is counted for the LLM call it rates. The collector stores that call's
-- dimensions with the feedback when the call is already stored; feedback stored without them
-- (it often arrives before the trace's spans) is resolved here: the LLM call with the feedback's
-- span id, else the trace's latest LLM call, else it counts under an empty prompt. Rated calls are
-- looked up from one day before `from` (an answer rated up to a day later is still found).
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
WITH
    feedback AS (
        SELECT TraceId, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, ScoreValue, ScoreLabel
        FROM llm_scores
        WHERE Name = {feedback_name:String}
          AND $__timeFilter(Timestamp)
    ),
    -- One scan of the LLM calls of the traces whose feedback was stored unresolved: per trace, its
    -- calls in time order.
    traces AS (
        SELECT
            TraceId,
            arraySort(c -> c.6, groupArray((SpanId, toString(ServiceName), toString(RequestModel), toString(PromptName), toString(PromptVersion), Timestamp))) AS calls
        FROM llm_spans
        WHERE SpanType = 'llm'
          AND Timestamp >= {from:DateTime64(3)} - INTERVAL 1 DAY
          AND Timestamp < {to:DateTime64(3)}
          AND TraceId IN (SELECT TraceId FROM feedback WHERE ServiceName = '')
        GROUP BY TraceId
    ),
    rated AS (
        SELECT
            -- Unresolved feedback: the call with its span id, else the trace's latest call (0: none).
            if(f.ServiceName != '', 0, if(arrayFirstIndex(c -> c.1 = f.SpanId, t.calls) > 0, arrayFirstIndex(c -> c.1 = f.SpanId, t.calls), length(t.calls))) AS pick,
            if(pick > 0, t.calls[pick].2, toString(f.ServiceName)) AS ServiceName,
            if(pick > 0, t.calls[pick].3, toString(f.RequestModel)) AS RequestModel,
            if(pick > 0, t.calls[pick].4, toString(f.PromptName)) AS PromptName,
            if(pick > 0, t.calls[pick].5, toString(f.PromptVersion)) AS PromptVersion,
            if(isNull(f.ScoreValue), f.ScoreLabel IN ('thumbs_up', 'positive', 'good'), f.ScoreValue >= 0.5) AS is_positive
        FROM feedback AS f
        LEFT JOIN traces AS t ON f.TraceId = t.TraceId
    )
SELECT
    PromptName AS prompt_name,
    PromptVersion AS prompt_version,
    count() AS responses,
    countIf(is_positive) AS positive,
    positive / responses AS satisfaction_rate
FROM rated
WHERE ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY prompt_name, prompt_version
ORDER BY prompt_name, prompt_version
