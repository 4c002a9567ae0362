-- Evaluation scores (llm_scores: heuristics, LLM judges, human feedback) per score name as a time
-- series: count and mean/min/max of the numeric values. Scores with only a label (ScoreValue NULL)
-- are counted in evaluations but not averaged.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only scores of this service ('' means all services)
-- @param model String = '' only scores of calls to this requested model ('' means all models)
-- @param prompt_name String = '' only scores of calls made with this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param name String = '' only this score name ('' means all names)
-- @column t DateTime start of the bucket
-- @column name String the evaluation name (gen_ai.evaluation.name)
-- @column evaluations UInt64 scores recorded
-- @column valued UInt64 scores with a numeric value
-- @column avg_score Nullable(Float64) mean numeric value (NULL when the bucket has label-only scores only)
-- @column min_score Nullable(Float64) lowest numeric value (NULL likewise)
-- @column max_score Nullable(Float64) highest numeric value (NULL likewise)
SELECT
    $__timeInterval(Timestamp) AS t,
    Name AS name,
    count() AS evaluations,
    count(ScoreValue) AS valued,
    avg(ScoreValue) AS avg_score,
    min(ScoreValue) AS min_score,
    max(ScoreValue) AS max_score
FROM llm_scores
WHERE $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
  AND ({name:String} = '' OR Name = {name:String})
GROUP BY t, name
ORDER BY t, name
