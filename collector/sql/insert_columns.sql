-- The columns an insert writes (it names them, so their order does not matter), with their DEFAULT expressions (a row without the
-- field stores the default). Computed columns (MATERIALIZED, ALIAS, EPHEMERAL) take no values.
-- {{database}} and {{table}} are identifiers checked by the store before they are substituted
-- (ClickHouse servers as old as 18.16 have no bound parameters).
SELECT name, type, default_kind, default_expression
FROM system.columns
WHERE database = {{database}} AND table = '{{table}}' AND default_kind IN ('', 'DEFAULT')
