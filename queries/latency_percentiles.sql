-- Latency of LLM calls per model and operation over a time range: call count and exact p50/p95/p99.
-- Exact quantiles (quantileExact) so the numbers can be checked against the stored durations;
-- quantileExact(q) is the value at index floor(q * n) of the sorted durations (clamped to n - 1).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only calls of this requested model ('' means all models)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column model String the requested model (gen_ai.request.model)
-- @column operation String gen_ai.operation.name (chat, embeddings, ...)
-- @column calls UInt64 number of LLM calls
-- @column p50_ms Float64 median latency in milliseconds
-- @column p95_ms Float64 95th percentile latency in milliseconds
-- @column p99_ms Float64 99th percentile latency in milliseconds
SELECT
    RequestModel AS model,
    Operation AS operation,
    count() AS calls,
    quantileExact(0.50)(DurationNs) / 1e6 AS p50_ms,
    quantileExact(0.95)(DurationNs) / 1e6 AS p95_ms,
    quantileExact(0.99)(DurationNs) / 1e6 AS p99_ms
-- @include fragments/llm_calls.sql
GROUP BY model, operation
ORDER BY model, operation
