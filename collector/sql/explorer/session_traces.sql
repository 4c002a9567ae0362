-- The traces of one session in start order: GenAI spans (llm_spans) carrying the session id, grouped
-- by trace, with the root span's name and the whole trace's extent from otel_traces, and the mean of
-- each evaluation (llm_scores) per trace.
-- @param session String the session id
-- @param from DateTime64(3) = now-30d start of the range, inclusive
-- @param to DateTime64(3) = now end of the range, exclusive
-- @param limit UInt32 = 500 at most this many traces
-- @column TraceId String the trace id
-- @column start_us Int64 earliest span start, microseconds since the epoch
-- @column root_span String name of the root span
-- @column duration_ms Float64 whole trace: latest span end minus earliest span start, milliseconds
-- @column llm_calls UInt64 LLM calls
-- @column tokens UInt64 input plus output tokens
-- @column cost_usd Float64 spend of the priced LLM calls, USD
-- @column status String Error when any span failed, else Ok
-- @column user_id String user id
-- @column score_names Array(String) evaluations of the trace
-- @column score_means Array(Float64) mean value of each evaluation, same order
WITH
    genai AS (
        SELECT
            TraceId,
-- @include shared/trace_call_totals.sql
            anyIf(UserId, UserId != '') AS user_id
        FROM llm_spans
        WHERE SessionId = {session:String}
          AND Timestamp >= {from:DateTime64(3)} AND Timestamp < {to:DateTime64(3)}
        GROUP BY TraceId
    ),
    extent AS (
        SELECT
            TraceId,
            min(toUnixTimestamp64Nano(Timestamp)) AS start_ns,
            max(toUnixTimestamp64Nano(Timestamp) + toInt64(Duration)) AS end_ns,
            argMin(toString(SpanName), (ParentSpanId != '', Timestamp)) AS root_span,
            countIf(StatusCode = 'Error') AS errors
        FROM otel_traces
        WHERE Timestamp >= {from:DateTime64(3)} - INTERVAL 1 HOUR
          AND TraceId IN (SELECT TraceId FROM genai)
        GROUP BY TraceId
    ),
    scores AS (
        SELECT TraceId, groupArray(name) AS score_names, groupArray(mean) AS score_means
        FROM (
            SELECT TraceId, toString(Name) AS name, avg(ScoreValue) AS mean
            FROM llm_scores
            WHERE TraceId IN (SELECT TraceId FROM genai) AND ScoreValue IS NOT NULL
            GROUP BY TraceId, name
            ORDER BY name
        )
        GROUP BY TraceId
    )
SELECT
    genai.TraceId AS TraceId,
    intDiv(extent.start_ns, 1000) AS start_us,
    extent.root_span AS root_span,
    (extent.end_ns - extent.start_ns) / 1e6 AS duration_ms,
    genai.llm_calls AS llm_calls,
    genai.tokens AS tokens,
    genai.cost_usd AS cost_usd,
    if(extent.errors > 0, 'Error', 'Ok') AS status,
    genai.user_id AS user_id,
    scores.score_names AS score_names,
    scores.score_means AS score_means
FROM genai
INNER JOIN extent ON extent.TraceId = genai.TraceId
LEFT JOIN scores ON scores.TraceId = genai.TraceId
ORDER BY start_us, TraceId
LIMIT {limit:UInt32}
