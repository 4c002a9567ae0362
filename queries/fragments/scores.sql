-- The scores named score_name in the range under the standard filters (README.md, Filters): a FROM
-- and WHERE clause. The including query declares score_name, from, to, service, model and prompt_name.
FROM llm_scores
WHERE Name = {score_name:String}
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
  AND ({model:String} = '' OR RequestModel = {model:String})
  AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
