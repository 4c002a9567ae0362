/**
 * What the Grafana browser app sends to `/api/ds/query` for a panel of a generated dashboard: the
 * dashboard variables interpolated the way Grafana does, the panel's minimum interval applied, the
 * target otherwise as saved. The plugin's backend then expands its macros and runs the SQL, so a
 * query sent this way exercises the same path as opening the dashboard.
 */

import type { Json } from "./json";

export interface TimeRange {
  fromMs: number;
  toMs: number;
}

/** The value picked for each variable; "$__all" picks "All" (the variable's custom all value). */
export type VariableValues = Readonly<Record<string, string>>;

export const ALL = "$__all";

/** Grafana's `:percentencode`: encodeURIComponent that also encodes ! ' ( ) *. */
export function encodeURIComponentStrict(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Grafana's interpolation of `${name}` and `${name:format}` for single-value variables: "All" inserts
 * the custom all value as it is (unformatted); `sqlstring` quotes and doubles single quotes;
 * `percentencode` percent-encodes. A variable without a value, or a format this stack does not use,
 * is an error rather than a silent empty string.
 */
export function interpolateVariables(sql: string, templating: readonly Json[], values: VariableValues): string {
  const byName = new Map(templating.map((v) => [v.name as string, v]));
  return sql.replace(/\$\{(\w+)(?::(\w+))?\}/g, (_m, name: string, format: string | undefined) => {
    const def = byName.get(name);
    if (def === undefined) throw new Error(`$${name} is not a variable of the dashboard`);
    const value = values[name] ?? defaultValue(def);
    if (value === undefined) throw new Error(`$${name} has no value: pass one`);
    if (value === ALL) {
      if (!def.includeAll || typeof def.allValue !== "string") throw new Error(`$${name} has no "All" option with a custom all value`);
      return def.allValue;
    }
    switch (format) {
      case undefined:
        return value;
      case "sqlstring":
        return `'${value.replaceAll("'", "''")}'`;
      case "percentencode":
        return encodeURIComponentStrict(value);
      default:
        throw new Error(`$${name}: format :${format} is not one the dashboards use`);
    }
  });
}

function defaultValue(def: Json): string | undefined {
  const v = def.current?.value;
  return typeof v === "string" ? v : undefined;
}

/** Milliseconds of a Grafana interval such as "1m", "30s" or "1h". */
function intervalMs(interval: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(interval);
  if (!m) throw new Error(`panel interval ${JSON.stringify(interval)} is not <n><ms|s|m|h|d>`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "ms" | "s" | "m" | "h" | "d"];
  return Number(m[1]) * unit;
}

/**
 * The query interval Grafana gives a panel: the range over the data points the panel can show, but
 * never below the panel's minimum interval (`interval`).
 */
export function panelIntervalMs(panel: Json, range: TimeRange, maxDataPoints: number): number {
  const auto = Math.max(1, Math.ceil((range.toMs - range.fromMs) / maxDataPoints));
  return panel.interval ? Math.max(auto, intervalMs(panel.interval)) : auto;
}

/** The `/api/ds/query` body for one panel of a dashboard. */
export function dsQueryBody(dashboard: Json, panelTitle: string, range: TimeRange, values: VariableValues, maxDataPoints = 1000): Json {
  const panel = (dashboard.panels as Json[]).find((p) => p.title === panelTitle);
  if (panel === undefined) throw new Error(`${dashboard.uid}: no panel titled "${panelTitle}"`);
  const interval = panelIntervalMs(panel, range, maxDataPoints);
  return {
    queries: (panel.targets as Json[]).map((t) => ({
      ...t,
      rawSql: interpolateVariables(t.rawSql, dashboard.templating.list, values),
      intervalMs: interval,
      maxDataPoints,
    })),
    from: String(range.fromMs),
    to: String(range.toMs),
  };
}

/** The rows of a `/api/ds/query` answer for one refId (data frames are column-major). */
export function frameRows(response: Json, refId = "A"): Record<string, unknown>[] {
  const result = response?.results?.[refId];
  if (result === undefined) throw new Error(`no result for ${refId} in the answer`);
  if (result.error) throw new Error(`${refId}: ${result.error}`);
  const rows: Record<string, unknown>[] = [];
  for (const frame of result.frames ?? []) {
    const names: string[] = (frame.schema?.fields ?? []).map((f: Json) => f.name);
    const columns: unknown[][] = frame.data?.values ?? [];
    const length = Math.max(0, ...columns.map((c) => c.length));
    for (let i = 0; i < length; i++) rows.push(Object.fromEntries(names.map((n, j) => [n, columns[j]?.[i]])));
  }
  return rows;
}
