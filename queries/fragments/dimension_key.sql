-- The select-list entry `key` of the queries grouped by a chosen dimension: the value of that
-- dimension for an llm_spans row ("<prompt name>@<version>" for prompt_version). The including query
-- declares dimension and refuses values outside model, operation, provider, service, prompt_version.
multiIf(
    {dimension:String} = 'model', RequestModel,
    {dimension:String} = 'operation', Operation,
    {dimension:String} = 'provider', Provider,
    {dimension:String} = 'service', ServiceName,
    concat(PromptName, '@', PromptVersion)
) AS key,
