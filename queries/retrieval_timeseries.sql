-- Retrieval (RAG) latency as a time series per data source: retrievals, exact p50/p95 latency
-- (quantileExact: index floor(q * n) of the sorted durations, clamped to n - 1) and the share of
-- empty retrievals in each bucket. data_source is a label: one series per data source.
-- No model filter: retrieval spans carry no requested model (prompt_name works: the prompt context
-- is copied onto the spans in its scope, retrievals included).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param bucket_seconds UInt32 = 3600 [1..31536000] width of one time bucket in seconds (Grafana: $__interval_s)
-- @param service String = '' only spans of this service ('' means all services)
-- @param prompt_name String = '' only retrievals of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param data_source String = '' only this data source ('' means all)
-- @column t DateTime start of the bucket
-- @column data_source String gen_ai.data_source.id
-- @column retrievals UInt64 retrieval spans in the bucket
-- @column p50_ms Float64 median retrieval latency in milliseconds
-- @column p95_ms Float64 95th percentile retrieval latency in milliseconds
-- @column empty_rate Float64 retrievals that returned no document / retrievals
SELECT
    $__timeInterval(Timestamp) AS t,
    DataSourceId AS data_source,
    count() AS retrievals,
    quantileExact(0.50)(DurationNs) / 1e6 AS p50_ms,
    quantileExact(0.95)(DurationNs) / 1e6 AS p95_ms,
    countIf(DocumentsCount = 0) / retrievals AS empty_rate
FROM llm_spans
WHERE SpanType = 'retrieval'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
  AND ({data_source:String} = '' OR DataSourceId = {data_source:String})
GROUP BY t, data_source
ORDER BY t, data_source
