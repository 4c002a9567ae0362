-- The evaluations of one trace (llm_scores): heuristic quality scores, judge verdicts and user
-- feedback (Source human), oldest first.
-- @param trace_id String the trace id, 32 lowercase hex characters
-- @column SpanId String evaluated span ('' for feedback on the whole trace)
-- @column time_us Int64 when the score was recorded, microseconds since the epoch
-- @column name String evaluation name (groundedness, user_feedback, ...)
-- @column value Nullable(Float64) score, usually 0–1 (NULL for a label only)
-- @column label String label (thumbs_up, refusal, ...)
-- @column explanation String explanation or the user's comment
-- @column source String heuristic, judge or human
-- @column user_id String user who gave the feedback
SELECT
    SpanId,
    toUnixTimestamp64Micro(Timestamp) AS time_us,
    toString(Name) AS name,
    ScoreValue AS value,
    toString(ScoreLabel) AS label,
    Explanation AS explanation,
    toString(Source) AS source,
    UserId AS user_id
FROM llm_scores
WHERE TraceId = {trace_id:String}
ORDER BY Timestamp, Name
