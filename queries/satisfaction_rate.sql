-- User satisfaction from feedback scores (llm_scores named user_feedback by default: the name
-- recordFeedback() and POST /v1/feedback use unless told otherwise) per prompt and version over a
-- time range. A response is positive when its value is >= 0.5, or, for label-only feedback (no
-- value), when the label is thumbs_up / positive / good.
-- Each feedback row is counted for the LLM call it rates, resolved here rather than when it was
-- stored (feedback often arrives before the trace's spans): the call with the feedback's span id,
-- else the trace's latest LLM call, else the dimensions stored with the feedback. Rated calls are
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
    calls AS (
        SELECT TraceId, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, Timestamp
        FROM llm_spans
        WHERE SpanType = 'llm'
          AND Timestamp >= {from:DateTime64(3)} - INTERVAL 1 DAY
          AND Timestamp < {to:DateTime64(3)}
          AND TraceId IN (SELECT TraceId FROM feedback)
    ),
    latest AS (
        SELECT
            TraceId,
            argMax(ServiceName, Timestamp) AS ServiceName,
            argMax(RequestModel, Timestamp) AS RequestModel,
            argMax(PromptName, Timestamp) AS PromptName,
            argMax(PromptVersion, Timestamp) AS PromptVersion
        FROM calls
        GROUP BY TraceId
    ),
    rated AS (
        SELECT
            multiIf(c.SpanId != '', c.ServiceName, l.TraceId != '', l.ServiceName, f.ServiceName) AS ServiceName,
            multiIf(c.SpanId != '', c.RequestModel, l.TraceId != '', l.RequestModel, f.RequestModel) AS RequestModel,
            multiIf(c.SpanId != '', c.PromptName, l.TraceId != '', l.PromptName, f.PromptName) AS PromptName,
            multiIf(c.SpanId != '', c.PromptVersion, l.TraceId != '', l.PromptVersion, f.PromptVersion) AS PromptVersion,
            if(isNull(f.ScoreValue), f.ScoreLabel IN ('thumbs_up', 'positive', 'good'), f.ScoreValue >= 0.5) AS is_positive
        FROM feedback AS f
        LEFT JOIN calls AS c ON f.TraceId = c.TraceId AND f.SpanId = c.SpanId
        LEFT JOIN latest AS l ON f.TraceId = l.TraceId
    )
SELECT
    toString(PromptName) AS prompt_name,
    toString(PromptVersion) AS prompt_version,
    count() AS responses,
    countIf(is_positive) AS positive,
    positive / responses AS satisfaction_rate
FROM rated
WHERE ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY prompt_name, prompt_version
ORDER BY prompt_name, prompt_version
