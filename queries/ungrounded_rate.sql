-- Hallucination / ungrounded-answer rate per model over a time range, from groundedness scores in
-- llm_scores. An answer is ungrounded when its value is below the threshold, or, for label-only
-- scores, when the label is ungrounded / fail / hallucination.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only scores of this service ('' means all services)
-- @param model String = '' only scores of calls to this requested model ('' means all models)
-- @param prompt_name String = '' only scores of calls made with this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param score_name String = 'groundedness' the evaluation name that scores grounding
-- @param threshold Float64 = 0.25 [0..1] values below this count as ungrounded
-- @column model String the requested model of the scored call
-- @column evaluated UInt64 scored answers
-- @column ungrounded UInt64 answers judged ungrounded
-- @column ungrounded_rate Float64 ungrounded / evaluated
SELECT
    RequestModel AS model,
    count() AS evaluated,
    countIf(if(isNull(ScoreValue), ScoreLabel IN ('ungrounded', 'fail', 'hallucination'), ScoreValue < {threshold:Float64})) AS ungrounded,
    ungrounded / evaluated AS ungrounded_rate
FROM llm_scores
WHERE Name = {score_name:String}
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
GROUP BY model
ORDER BY model
