/**
 * The ClickHouse plugin backend's macro expansion (grafana/clickhouse-datasource pkg/macros/macros.go),
 * argument parsing as sqlds does: what Grafana's ClickHouse datasource sends to the server for a
 * panel or an alert rule query. Shared by the tests that run generated SQL on chDB
 * (test/dashboards-sql.test.ts, collector/src/analytics/alerts/grafana.test.ts).
 */
export function expandMacros(sql: string, range: { fromMs: number; toMs: number }, intervalS: number): string {
  const fromS = Math.floor(range.fromMs / 1000);
  const toS = Math.floor(range.toMs / 1000);
  const date = (ms: number) => `toDate('${new Date(ms).toISOString().slice(0, 10)}')`;
  const seconds = Math.max(intervalS, 1);
  const macros: Record<string, (args: string[]) => string> = {
    fromTime: () => `toDateTime(${fromS})`,
    toTime: () => `toDateTime(${toS})`,
    fromTime_ms: () => `fromUnixTimestamp64Milli(${range.fromMs})`,
    toTime_ms: () => `fromUnixTimestamp64Milli(${range.toMs})`,
    timeFilter: ([c]) => `${c} >= toDateTime(${fromS}) AND ${c} <= toDateTime(${toS})`,
    timeFilter_ms: ([c]) => `${c} >= fromUnixTimestamp64Milli(${range.fromMs}) AND ${c} <= fromUnixTimestamp64Milli(${range.toMs})`,
    dateFilter: ([c]) => `${c} >= ${date(range.fromMs)} AND ${c} <= ${date(range.toMs)}`,
    dateTimeFilter: ([d, t]) =>
      `(${d} >= ${date(range.fromMs)} AND ${d} <= ${date(range.toMs)}) AND (${t} >= toDateTime(${fromS}) AND ${t} <= toDateTime(${toS}))`,
    timeInterval: ([c]) => `toStartOfInterval(toDateTime(${c}), INTERVAL ${seconds} second)`,
    timeInterval_ms: ([c]) => `toStartOfInterval(toDateTime64(${c}, 3), INTERVAL ${seconds * 1000} millisecond)`,
    interval_s: () => String(seconds),
  };
  macros.dt = macros.dateTimeFilter!;
  let out = "";
  let i = 0;
  const name = /^\$__(\w+)/;
  while (i < sql.length) {
    const m = name.exec(sql.slice(i));
    if (!m) {
      out += sql[i++];
      continue;
    }
    const fn = macros[m[1]!];
    if (!fn) throw new Error(`the plugin has no macro $__${m[1]}`);
    i += m[0].length;
    const args: string[] = [];
    if (sql[i] === "(") {
      let depth = 0;
      let arg = "";
      for (i++; i < sql.length; i++) {
        const ch = sql[i]!;
        if (ch === "(") depth++;
        if (ch === ")" && depth-- === 0) break;
        if (ch === "," && depth === 0) {
          args.push(arg.trim());
          arg = "";
        } else arg += ch;
      }
      args.push(arg.trim());
      i++;
    }
    out += fn(args);
  }
  return out;
}
