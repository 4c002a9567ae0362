-- The LLM calls of the range under the standard filters (README.md, Filters): a FROM and WHERE
-- clause to continue with more conditions. The including query declares from, to, service, model
-- and prompt_name.
FROM llm_spans
WHERE SpanType = 'llm'
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
