/** Grafana unit ids used by the dashboards. */
export const UNIT = {
  ms: "ms",
  usd: "currencyUSD",
  /** Grafana's custom count unit: scaled like `short` (1.2K, 3.4M) with " tokens" appended. */
  tokens: "count:tokens",
  /** A 0–1 ratio shown as a percentage (queries return rates as ratios). */
  ratio: "percentunit",
  /** A value already in percent (0–100). */
  percent: "percent",
  count: "short",
  reqps: "reqps",
} as const;

/**
 * The unit a result column's name implies. Query columns are named after their unit (`*_ms`,
 * `*_usd` / `cost_per_*`, `*_tokens`, `*_rate` / `share`, `*_pct`), so table panels get their
 * units from the query itself and cannot drift from it; undefined when the name says nothing.
 */
export function unitOfColumn(name: string): string | undefined {
  if (/_ms$/.test(name)) return UNIT.ms;
  if (/_usd$|^cost_per_/.test(name)) return UNIT.usd;
  if (/_tokens$/.test(name)) return UNIT.tokens;
  if (/_rate$|^share$/.test(name)) return UNIT.ratio;
  if (/_pct$/.test(name)) return UNIT.percent;
  return undefined;
}
