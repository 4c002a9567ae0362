-- Evaluation scores (llm_scores: heuristics, LLM judges, human feedback) per score name as a time
-- series: count and mean/min/max of the numeric values. Scores with only a label (ScoreValue NULL)
-- are counted in evaluations but not averaged.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only scores of this service ('' means all services)
-- @param name String = '' only this score name ('' means all names)
-- @column t DateTime start of the bucket
-- @column name String the evaluation name (gen_ai.evaluation.name)
-- @column evaluations UInt64 scores recorded
-- @column valued UInt64 scores with a numeric value
-- @column avg_score Float64 mean numeric value
-- @column min_score Float64 lowest numeric value
-- @column max_score Float64 highest numeric value
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
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({name:String} = '' OR Name = {name:String})
GROUP BY t, name
ORDER BY t, name
