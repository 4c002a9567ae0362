-- The latency part of llm_calls_1m_mv's SELECT, with its source and grouping: t-digest states
-- of milliseconds; TTFT over the streamed calls that reported a first chunk.
    quantilesTDigestState(0.5, 0.95, 0.99)(DurationNs / 1e6) AS DurationMs,
    quantilesTDigestStateIf(0.5, 0.95, 0.99)(TimeToFirstChunkNs / 1e6, IsStream = 1 AND TimeToFirstChunkNs > 0) AS TimeToFirstChunkMs
FROM llm_spans
WHERE SpanType = 'llm'
GROUP BY Minute, ServiceName, RequestModel, Operation, Provider, PromptName, PromptVersion
