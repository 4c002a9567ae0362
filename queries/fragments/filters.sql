-- The standard filters (README.md, Filters): conditions to AND onto a WHERE clause, each '' meaning
-- all. The including query declares service, model and prompt_name.
AND ({service:String} = '' OR ServiceName = {service:String})
AND ({model:String} = '' OR RequestModel = {model:String})
AND ({prompt_name:String} = '' OR PromptName = {prompt_name:String})
