-- PII found by the collector's redaction processor (llm_spans.PiiTypes), per PII type over a time
-- range: spans and traces affected and occurrences. A span with two types counts once for each.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only spans of this service ('' means all services)
-- @param model String = '' only LLM calls of this requested model ('' means all spans, whatever their type)
-- @param prompt_name String = '' only spans of this prompt (gen_ai.prompt.name; '' means all prompts)
-- @column pii_type String the PII type (email, phone, credit_card, ...)
-- @column spans UInt64 spans in which this type was found
-- @column traces UInt64 distinct traces with such a span
-- @column services UInt64 distinct services affected
SELECT
    pii_type,
    count() AS spans,
    uniqExact(TraceId) AS traces,
    uniqExact(ServiceName) AS services
FROM llm_spans
ARRAY JOIN PiiTypes AS pii_type
WHERE PiiCount > 0
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
GROUP BY pii_type
ORDER BY spans DESC, pii_type
