-- Distribution of retrieval relevance scores (llmscope.retrieval.score.mean of non-empty
-- retrievals) in ten buckets of width 0.1 over [0, 1]; a score of exactly 1 falls in the last one,
-- scores outside [0, 1] in the nearest end bucket.
-- No model filter: retrieval spans carry no requested model.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @param data_source String = '' only this data source ('' means all)
-- @column bucket_low Float64 lower edge of the bucket (inclusive)
-- @column bucket_high Float64 upper edge of the bucket (exclusive, except 1.0)
-- @column retrievals UInt64 retrievals whose score falls in the bucket
-- @column share Float64 retrievals / all scored retrievals in the range
SELECT
    bucket / 10 AS bucket_low,
    (bucket + 1) / 10 AS bucket_high,
    count() AS retrievals,
    retrievals / sum(retrievals) OVER () AS share
FROM llm_spans
WHERE SpanType = 'retrieval'
  AND DocumentsCount > 0
  AND RetrievalScoreMean IS NOT NULL
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
  AND ({data_source:String} = '' OR DataSourceId = {data_source:String})
GROUP BY least(greatest(toInt32(floor(assumeNotNull(RetrievalScoreMean) * 10)), 0), 9) AS bucket
ORDER BY bucket_low
