import { renderQuery } from "../render";
import { stringify } from "yaml";
import { AlertRuleError, declaredLabelColumns, type AlertRule, type Comparison } from "./rules";

/** The uid of the ClickHouse datasource Grafana is provisioned with (dashboards use the same). */
export const GRAFANA_DATASOURCE_UID = "llmscope-clickhouse";
/**
 * The grafana-clickhouse-datasource version docker-compose installs. Every query (alert rules here,
 * dashboard targets in dashboards/) records it: the plugin's migration takes a query without it for
 * a v3 one and rewrites it when opened in the editor.
 */
export const CLICKHOUSE_PLUGIN_VERSION = "4.20.0";

export interface GrafanaExportOptions {
  /** Where Grafana's contact point posts (e.g. a webhook of your own, or Alertmanager). */
  webhookUrl: string;
  folder?: string;
  group?: string;
}

/** Threshold evaluator types; gte/lte need Grafana 12 (pkg/expr/threshold.go). */
const OP_TYPE: Record<Comparison, string> = { ">": "gt", "<": "lt", ">=": "gte", "<=": "lte" };
const CONTACT_POINT = "llmscope-webhook";
/**
 * How the ClickHouse plugin reads the query. `format` is what its backend uses (sqlutil
 * FormatQueryOption; 1 = table: the rows become one frame as they are, no long-to-wide
 * conversion); `queryType` is the editor's matching result kind (the plugin's QueryType is
 * table | logs | timeSeries | traces; there is no "sql", that is `editorType`).
 */
const FORMAT_TABLE = 1;
const QUERY_TYPE_TABLE = "table";

/**
 * The same rules as Grafana alert-rule provisioning (apiVersion 1): one group, each rule a
 * ClickHouse query (A) → reduce last (B) → threshold (C), plus a webhook contact point and a
 * notification policy routing every llmscope alert to it.
 *
 * Grafana evaluates a table frame as one number per row only when it has exactly one numeric
 * column and otherwise only string columns (pkg/expr/converter.go: isNumberTable /
 * extractNumberSet): the strings become the row's labels. A second numeric column (or a Date,
 * Bool, …) makes it reject the frame as "not a wide series". So each rule's query is wrapped to
 * return its label columns as String and its value column as Float64, nothing else, and rows whose
 * value is NULL or not finite are dropped, as the collector's evaluator skips them: one series per
 * label set, the same instances the collector alerts on.
 *
 * Grafana's plugin cannot bind parameters, so the export renders each query's Grafana form
 * (`{from}`/`{to}` become `$__fromTime`/`$__toTime` and the rule's relative range becomes the
 * query's time range) and writes the rule's other parameter values as SQL literals. This file is
 * provisioning for Grafana, never SQL the collector runs.
 */
export function toGrafanaProvisioning(rules: readonly AlertRule[], options: GrafanaExportOptions): string {
  const folder = options.folder ?? "llmscope";
  const interval = Math.min(...rules.map((r) => r.intervalMs), 60_000);
  const doc = {
    apiVersion: 1,
    groups: [
      {
        orgId: 1,
        name: options.group ?? "llmscope",
        folder,
        interval: `${Math.round(interval / 1000)}s`,
        rules: rules.map((r) => grafanaRule(r)),
      },
    ],
    contactPoints: [
      {
        orgId: 1,
        name: CONTACT_POINT,
        receivers: [{ uid: CONTACT_POINT, type: "webhook", settings: { url: options.webhookUrl, httpMethod: "POST" }, disableResolveMessage: false }],
      },
    ],
    policies: [
      {
        orgId: 1,
        receiver: CONTACT_POINT,
        group_by: ["grafana_folder", "alertname"],
        routes: [{ receiver: CONTACT_POINT, object_matchers: [["grafana_folder", "=", folder]] }],
      },
    ],
  };
  return stringify(doc, { lineWidth: 0 });
}

function grafanaRule(rule: AlertRule) {
  const { rawSql: querySql, rangeSeconds } = grafanaSql(rule);
  const rawSql = alertSql(querySql, exportedLabelColumns(rule), rule.valueColumn);
  return {
    uid: `llmscope-${rule.name.replace(/[^A-Za-z0-9_-]/g, "-")}`.slice(0, 40),
    title: rule.name,
    condition: "C",
    data: [
      {
        refId: "A",
        relativeTimeRange: { from: rangeSeconds, to: 0 },
        datasourceUid: GRAFANA_DATASOURCE_UID,
        model: {
          refId: "A",
          datasource: { type: "grafana-clickhouse-datasource", uid: GRAFANA_DATASOURCE_UID },
          rawSql,
          format: FORMAT_TABLE,
          queryType: QUERY_TYPE_TABLE,
          editorType: "sql",
          pluginVersion: CLICKHOUSE_PLUGIN_VERSION,
        },
      },
      {
        refId: "B",
        datasourceUid: "__expr__",
        model: { refId: "B", type: "reduce", expression: "A", reducer: "last", datasource: { type: "__expr__", uid: "__expr__" } },
      },
      {
        refId: "C",
        datasourceUid: "__expr__",
        model: {
          refId: "C",
          type: "threshold",
          expression: "B",
          conditions: [{ evaluator: { type: OP_TYPE[rule.condition.op], params: [rule.condition.threshold] } }],
          datasource: { type: "__expr__", uid: "__expr__" },
        },
      },
    ],
    noDataState: "OK",
    execErrState: "Error",
    for: `${Math.round(rule.forMs / 1000)}s`,
    labels: { ...rule.labels, severity: rule.severity },
    annotations: grafanaAnnotations(rule.annotations),
    isPaused: false,
  };
}

/** The rule's label columns; inline SQL must name them (Grafana cannot tell labels from stray columns). */
function exportedLabelColumns(rule: AlertRule): string[] {
  const columns = declaredLabelColumns(rule);
  if (columns === undefined) {
    throw new AlertRuleError(
      `alert rule "${rule.name}": set "labelColumns" (the result columns that identify an alert instance, [] for none) to export its inline SQL to Grafana`,
    );
  }
  return columns.filter((c) => c !== rule.valueColumn);
}

/** The query as Grafana alerting needs it: the label columns as String, the value as Float64, finite values only. */
export function alertSql(sql: string, labelColumns: readonly string[], valueColumn: string): string {
  const inner = sql.trim().replace(/;\s*$/, "");
  const value = ident(valueColumn);
  // Labels: plain String (toString keeps LowCardinality; a NULL label is "", as the evaluator reads it).
  const select = [...labelColumns.map((c) => `CAST(ifNull(toString(${ident(c)}), '') AS String) AS ${ident(c)}`), `assumeNotNull(llmscope_value) AS ${value}`];
  return [`SELECT ${select.join(", ")}`, `FROM (SELECT *, toFloat64(${value}) AS llmscope_value FROM (`, inner, `))`, `WHERE isFinite(llmscope_value)`].join(
    "\n",
  );
}

/** A ClickHouse identifier in backquotes. */
function ident(name: string): string {
  return "`" + name.replace(/\\/g, "\\\\").replace(/`/g, "\\`") + "`";
}

const UNIT_S: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

function grafanaSql(rule: AlertRule): { rawSql: string; rangeSeconds: number } {
  if (rule.source.kind === "inline") {
    return { rawSql: withLiterals(rule.source.sql, rule.source.params), rangeSeconds: 600 };
  }
  const { query, params } = rule.source;
  const merged: Record<string, string> = {};
  for (const p of query.params) if (p.default !== undefined) merged[p.name] = p.default;
  Object.assign(merged, params);
  const from = /^now-(\d+)([smhd])$/.exec(merged.from ?? "");
  const rangeSeconds = from ? Number(from[1]) * UNIT_S[from[2]!]! : 600;
  let sql = renderQuery(query, "grafana");
  // Dashboard variables do not exist in alert rules: the rule's own values go in as literals.
  for (const p of query.params) {
    if (p.name === "from" || p.name === "to" || p.name === "bucket_seconds") continue;
    const v = merged[p.name] ?? "";
    const literal = /^(U?Int\d+|Float\d+|Decimal.*)$/.test(p.type) ? String(Number(v)) : sqlString(v);
    sql = sql.split(`\${${p.name}:sqlstring}`).join(literal).split(`\${${p.name}}`).join(literal);
  }
  return { rawSql: stripHeader(sql), rangeSeconds };
}

/** Replaces `{name:Type}` placeholders of inline SQL with literals of the rule's values. */
function withLiterals(sql: string, params: Record<string, string | number>): string {
  return sql.replace(/\{([A-Za-z_]\w*):([^}]+)\}/g, (whole, name: string, type: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return /^(U?Int\d+|Float\d+|Decimal.*)$/.test(type) ? String(Number(v)) : sqlString(String(v));
  });
}

function sqlString(v: string): string {
  return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function stripHeader(sql: string): string {
  return sql.replace(/^(\s*--[^\n]*\n)+/, "").trim();
}

/**
 * Grafana's templates know $value and $labels but not the collector's {{ $row.column }} (the query
 * sent to Grafana returns only labels and the value): those become "?" rather than a template error.
 */
function grafanaAnnotations(annotations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).map(([k, v]) => [k, v.replace(/\{\{\s*\$row\.[A-Za-z_]\w*\s*\}\}/g, "?")]));
}
