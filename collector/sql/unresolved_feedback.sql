-- Feedback within the look-back still stored without its call's dimensions: what the resolver
-- reports as waiting (its trace has no stored LLM call yet, or a pass has not reached it).
SELECT count() AS n
FROM llm_scores
WHERE Source = 'human'
  AND ServiceName = ''
  AND TraceId != ''
  AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32})
