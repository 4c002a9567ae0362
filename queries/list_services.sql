-- Services that wrote GenAI spans (any span type) in a time range, one per row, sorted: the values of
-- the dashboards' Service drop-down (a Grafana query variable reads the first column). The empty
-- name is left out: '' is the queries' "all" value.
-- @param from DateTime64(3) start of the range, inclusive
-- @param to DateTime64(3) end of the range, exclusive
-- @column service String service.name
SELECT DISTINCT ServiceName AS service
FROM llm_spans
WHERE $__timeFilter(Timestamp)
  AND ServiceName != ''
ORDER BY service
