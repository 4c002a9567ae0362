-- Retrieval (RAG) per data source over a time range: latency (exact p50/p95), documents returned,
-- empty retrievals (no document) and the mean relevance score of non-empty retrievals.
-- No model filter: retrieval spans carry no requested model (prompt_name works: the prompt
-- context is copied onto the spans in its scope, retrievals included).
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column data_source String gen_ai.data_source.id
-- @column retrievals UInt64 retrieval spans
-- @column p50_ms Float64 median retrieval latency in milliseconds
-- @column p95_ms Float64 95th percentile retrieval latency in milliseconds
-- @column avg_documents Float64 documents returned per retrieval
-- @column empty UInt64 retrievals that returned no document
-- @column empty_rate Float64 empty / retrievals
-- @column avg_score Nullable(Float64) mean of llmscope.retrieval.score.mean over non-empty retrievals (NULL without one)
SELECT
    DataSourceId AS data_source,
    count() AS retrievals,
    quantileExact(0.50)(DurationNs) / 1e6 AS p50_ms,
    quantileExact(0.95)(DurationNs) / 1e6 AS p95_ms,
    avg(DocumentsCount) AS avg_documents,
    countIf(DocumentsCount = 0) AS empty,
    empty / retrievals AS empty_rate,
    avgIf(RetrievalScoreMean, DocumentsCount > 0) AS avg_score
FROM llm_spans
WHERE SpanType = 'retrieval'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
GROUP BY data_source
ORDER BY data_source
