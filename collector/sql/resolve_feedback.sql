-- Gives feedback stored without its call's dimensions (POST /v1/feedback before the trace's spans
-- were stored) the dimensions of the call it rates, by the one rule every query relies on: the LLM
-- call with the feedback's span id, else the trace's latest LLM call. Each such row is written again
-- with the call's dimensions; delete_resolved_feedback.sql then removes the row without them.
-- Feedback that already has its resolved copy is skipped (a run cut short between the two
-- statements, by a crash or kill -9, leaves both rows, and the next run only deletes), so each
-- feedback ends with exactly one row. Feedback whose trace has no stored LLM call stays as it is,
-- counted under an empty prompt. Only feedback of the last {max_age_hours} hours is looked at, and
-- calls from a day before the oldest of it: the rated call is stored within seconds or minutes of
-- its feedback.
INSERT INTO llm_scores (Timestamp, TraceId, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, PromptVariant, UserId, Name, ScoreValue,
    ScoreLabel, Explanation, Source)
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
    f.Timestamp, f.TraceId, f.SpanId, call.3, call.4, call.5, call.6, call.7, if(f.UserId = '', call.8, f.UserId),
    f.Name, f.ScoreValue, f.ScoreLabel, f.Explanation, f.Source
FROM pending AS f
INNER JOIN traces AS t ON f.TraceId = t.TraceId
ARRAY JOIN [t.calls[if(arrayFirstIndex(c -> c.2 = f.SpanId, t.calls) AS by_span > 0, by_span, length(t.calls))]] AS call
