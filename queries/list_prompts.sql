-- Prompt names of LLM calls in a time range, optionally of one service, one per row, sorted: the
-- values of the dashboards' Prompt drop-down. Read from the per-minute rollup llm_calls_1m (the range
-- resolves to whole minutes), so a prompt is listed once one of its LLM calls was recorded. Calls
-- made outside any prompt context (empty name) are left out: '' means "all".
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only prompts of this service ('' means all services)
-- @column prompt_name String gen_ai.prompt.name
SELECT DISTINCT PromptName AS prompt_name
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  AND PromptName != ''
  AND ({service:String} = '' OR ServiceName = {service:String})
ORDER BY prompt_name
