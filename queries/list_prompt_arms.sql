-- The versions (or variants) of one prompt that LLM calls used in a time range, optionally in one
-- service, one per row: the values of the prompt experiments' A and B drop-downs (prompt_ab's arms).
-- arm = 'variant' lists llmscope.prompt.variant, anything else gen_ai.prompt.version, as in prompt_ab.
-- Read from llm_spans (the rollup llm_calls_1m has no variant column), LLM calls only, as prompt_ab's
-- calls; the empty value (calls without one) is left out. prompt_name '' lists nothing: an A/B
-- comparison is of one prompt.
-- Order: numeric-looking values ('3', '1.10', 'v2': an optional v, then dot-separated digits) first,
-- by their numbers part by part (1 < 1.9 < 1.10 < 2 < v3 < 10), then every other value by its text.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only calls of this service ('' means all services)
-- @param prompt_name String the prompt (gen_ai.prompt.name)
-- @param arm String = 'version' {version|variant} what to list: version (gen_ai.prompt.version) | variant (llmscope.prompt.variant)
-- @column arm_value String a version or variant of the prompt
SELECT if({arm:String} = 'variant', PromptVariant, PromptVersion) AS arm_value
FROM llm_spans
WHERE SpanType = 'llm'
  AND PromptName = {prompt_name:String}
  AND arm_value != ''
  AND $__timeFilter(Timestamp)
  AND ({service:String} = '' OR ServiceName = {service:String})
GROUP BY arm_value
ORDER BY
    NOT match(arm_value, '^[vV]?[0-9]+([.][0-9]+)*$'),
    if(match(arm_value, '^[vV]?[0-9]+([.][0-9]+)*$'), arrayMap(x -> toFloat64(x), extractAll(arm_value, '[0-9]+')), []),
    arm_value
