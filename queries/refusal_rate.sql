-- Refusal ("I don't know" / "I can't help with that") rate per model over a time range, from the
-- refusal scores in llm_scores: value >= 0.5, or label refusal for label-only scores.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only scores of this service ('' means all services)
-- @param model String = '' only scores of calls to this requested model ('' means all models)
-- @param prompt_name String = '' only scores of calls made with this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param score_name String = 'refusal' the evaluation name that marks refusals
-- @column model String the requested model of the scored call
-- @column evaluated UInt64 scored answers
-- @column refusals UInt64 answers that were refusals
-- @column refusal_rate Float64 refusals / evaluated
SELECT
    RequestModel AS model,
    count() AS evaluated,
    countIf(if(isNull(ScoreValue), ScoreLabel = 'refusal', ScoreValue >= 0.5)) AS refusals,
    refusals / evaluated AS refusal_rate
FROM llm_scores
WHERE Name = {score_name:String}
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
GROUP BY model
ORDER BY model
