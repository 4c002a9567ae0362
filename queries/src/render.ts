/**
 * One .sql source, two forms.
 *
 * A query file is ClickHouse SQL with typed placeholders (`{name:Type}`) plus two of the Grafana
 * ClickHouse plugin's macros, written exactly as the plugin spells them:
 *   $__timeFilter(col)    the dashboard/CLI time range on `col`
 *   $__timeInterval(col)  `col` truncated to the time-series bucket
 *
 * plain   (CLI, API, alerts; values bound by ClickHouse)
 *   $__timeFilter(col)    → col >= {from:DateTime64(3)} AND col < {to:DateTime64(3)}
 *   $__timeInterval(col)  → toStartOfInterval(toDateTime(col), toIntervalSecond({bucket_seconds:UInt32}))
 *   placeholders stay as they are.
 *
 * grafana (dashboards; the plugin expands its macros, Grafana interpolates the variables)
 *   macros stay as they are;
 *   {from:DateTime64(3)} → $__fromTime, {to:DateTime64(3)} → $__toTime, {bucket_seconds:UInt32} → $__interval_s;
 *   {name:String}        → ${name:sqlstring} (a dashboard variable; its "All" option must use the
 *                          custom all value '' — two single quotes — which Grafana inserts unformatted,
 *                          so `x = ''` reads as "all", exactly like the plain form's default '');
 *   {name:<number type>} → ${name};
 *   {name:DateTime…}     → parseDateTime64BestEffortOrZero(${name:sqlstring}, 3) (empty → epoch, the
 *                          same "not set" value as the plain form's default).
 */

export type QueryForm = "plain" | "grafana";

const TIME_FILTER = /\$__timeFilter\(\s*([A-Za-z_][\w.]*)\s*\)/g;
const TIME_INTERVAL = /\$__timeInterval\(\s*([A-Za-z_][\w.]*)\s*\)/g;
const PLACEHOLDER = /\{([A-Za-z_]\w*):([^}]+)\}/g;

/** The macros a source may use, with the parameters each one implies (name → type). */
export const MACRO_PARAMS: Record<string, Record<string, string>> = {
  $__timeFilter: { from: "DateTime64(3)", to: "DateTime64(3)" },
  $__timeInterval: { bucket_seconds: "UInt32" },
};

/** Expands the Grafana macros into bound placeholders: the form ClickHouse runs for the CLI and API. */
export function toPlainSql(source: string): string {
  return source
    .replace(TIME_FILTER, (_m, col: string) => `${col} >= {from:DateTime64(3)} AND ${col} < {to:DateTime64(3)}`)
    .replace(TIME_INTERVAL, (_m, col: string) => `toStartOfInterval(toDateTime(${col}), toIntervalSecond({bucket_seconds:UInt32}))`);
}

function toGrafanaSql(source: string): string {
  return source.replace(PLACEHOLDER, (_m, name: string, type: string) => {
    if (name === "from" && type === "DateTime64(3)") return "$__fromTime";
    if (name === "to" && type === "DateTime64(3)") return "$__toTime";
    if (name === "bucket_seconds" && type === "UInt32") return "$__interval_s";
    if (/^(U?Int\d+|Float\d+|Decimal.*)$/.test(type)) return `\${${name}}`;
    if (type.startsWith("DateTime")) return `parseDateTime64BestEffortOrZero(\${${name}:sqlstring}, 3)`;
    return `\${${name}:sqlstring}`;
  });
}

/** The query's SQL in one of its two forms (see the file comment for the convention). */
export function renderQuery(query: { source: string }, form: QueryForm): string {
  if (form === "plain") return toPlainSql(query.source);
  if (form === "grafana") return toGrafanaSql(query.source);
  throw new Error(`renderQuery: form must be "plain" or "grafana", got ${JSON.stringify(form)}`);
}
