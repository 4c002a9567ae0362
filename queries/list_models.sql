-- Requested models of LLM calls in a time range, optionally of one service, one per row, sorted: the
-- values of the dashboards' Model drop-down. Read from the per-minute rollup llm_calls_1m (tiny next
-- to llm_spans; the range resolves to whole minutes). The empty model is left out: '' means "all".
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @param service String = '' only models this service called ('' means all services)
-- @column model String gen_ai.request.model
SELECT DISTINCT RequestModel AS model
FROM llm_calls_1m
WHERE $__timeFilter(Minute)
  AND RequestModel != ''
  AND ({service:String} = '' OR ServiceName = {service:String})
ORDER BY model
