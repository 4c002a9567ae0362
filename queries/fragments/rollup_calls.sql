-- The per-minute rollup rows of the range under the standard filters (README.md, Filters): a FROM
-- and WHERE clause. The including query declares from, to, service, model and prompt_name.
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
