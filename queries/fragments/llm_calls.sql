-- The LLM calls of the range under the standard filters (README.md, Filters): a FROM and WHERE
-- clause to continue with more conditions. The including query declares from, to, service, model
-- and prompt_name.
FROM llm_spans
WHERE SpanType = 'llm'
  AND $__timeFilter(Timestamp)
  -- @include fragments/filters.sql
