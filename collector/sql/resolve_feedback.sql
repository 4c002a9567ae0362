-- The resolved copies still to write: feedback stored without its call's dimensions (POST
-- /v1/feedback before the trace's spans were stored), with the dimensions of the call it rates by
-- the one rule every query relies on: the LLM call with the feedback's span id, else the trace's
-- latest LLM call. The resolver inserts each row on its own under a deduplication token made from
-- the feedback's identity (trace, span id, name, time), so two collectors that both read a feedback
-- here store one copy; delete_resolved_feedback.sql then removes the row without dimensions.
-- Feedback that already has its resolved copy is skipped (a pass cut short between the inserts and
-- the delete leaves both rows, and the next pass only deletes). Feedback whose trace has no stored
-- LLM call is not returned: it stays as it is, counted under an empty prompt. Only feedback of the
-- last {max_age_hours} hours is looked at, and calls from a day before the oldest of it: the rated
-- call is stored within seconds or minutes of its feedback. At most {batch} rows, oldest first, so
-- the rows one pass writes stay far inside the table's deduplication window.
WITH
    pending AS (
        SELECT Timestamp, TraceId, SpanId, UserId, Name, ScoreValue, ScoreLabel, Explanation, Source
        FROM llm_scores
        WHERE Source = 'human'
          AND ServiceName = ''
          AND TraceId != ''
          AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32})
          AND (TraceId, SpanId, Name, Timestamp) NOT IN (
              SELECT TraceId, SpanId, Name, Timestamp
              FROM llm_scores
              WHERE Source = 'human'
                AND ServiceName != ''
                AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32})
          )
    ),
    -- Per trace, its LLM calls in time order. A call without a service would look unresolved again.
    traces AS (
        SELECT
            TraceId,
            arraySort(c -> c.1, groupArray((Timestamp, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, PromptVariant, UserId))) AS calls
        FROM llm_spans
        WHERE SpanType = 'llm'
          AND ServiceName != ''
          AND Timestamp >= now64(9) - toIntervalHour({max_age_hours:UInt32}) - INTERVAL 1 DAY
          AND TraceId IN (SELECT TraceId FROM pending)
        GROUP BY TraceId
    )
SELECT
    toUnixTimestamp64Nano(f.Timestamp) AS TimestampNs, f.TraceId AS TraceId, f.SpanId AS SpanId,
    toString(call.3) AS ServiceName, toString(call.4) AS RequestModel, toString(call.5) AS PromptName, toString(call.6) AS PromptVersion,
    toString(call.7) AS PromptVariant, if(f.UserId = '', call.8, f.UserId) AS UserId,
    toString(f.Name) AS Name, f.ScoreValue AS ScoreValue, toString(f.ScoreLabel) AS ScoreLabel, f.Explanation AS Explanation, toString(f.Source) AS Source
FROM pending AS f
INNER JOIN traces AS t ON f.TraceId = t.TraceId
ARRAY JOIN [t.calls[if(arrayFirstIndex(c -> c.2 = f.SpanId, t.calls) AS by_span > 0, by_span, length(t.calls))]] AS call
ORDER BY f.Timestamp, f.TraceId, f.SpanId, f.Name
LIMIT {batch:UInt32}
