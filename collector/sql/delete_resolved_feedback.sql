-- Removes the copy without dimensions of each feedback that resolve_feedback.sql has written again
-- with its call's dimensions (same trace, span id, name and time). A lightweight delete: the rows
-- are hidden at once and dropped at the next merge.
DELETE FROM llm_scores
WHERE Source = 'human'
  AND ServiceName = ''
  AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32})
  AND (TraceId, SpanId, Name, Timestamp) IN (
      SELECT TraceId, SpanId, Name, Timestamp
      FROM llm_scores
      WHERE Source = 'human'
        AND ServiceName != ''
        AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32})
  )
