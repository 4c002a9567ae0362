import * as barchart from "@grafana/grafana-foundation-sdk/barchart";
import * as bargauge from "@grafana/grafana-foundation-sdk/bargauge";
import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as common from "@grafana/grafana-foundation-sdk/common";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as table from "@grafana/grafana-foundation-sdk/table";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { loadQuery } from "@llmscope/queries";
import { ClickHouseFormat, ClickHouseQueryBuilder, ClickHouseTraceIdQueryBuilder, type ClickHouseQueryType } from "./clickhouse-query";
import { DATASOURCE } from "./datasource";
import { panelSql } from "./panel-sql";
import { rollupMinInterval } from "./rollup-interval";
import type { DashboardSpec, QueryPanelSpec, TracePanelSpec, Viz } from "./spec";
import { TRACE_ID_EXPRESSION, traceIdBuilderOptions, traceIdSql } from "./trace-query";
import { unitOfColumn } from "./units";
import { variableBuilders } from "./variables";

/** The overview's uid: trace links from every dashboard open traces in its trace view. */
export const OVERVIEW_UID = "llmscope-overview";
/** The plugin's bundled OpenTelemetry dashboards (import them from the datasource's Dashboards tab). */
export const OTEL_TRACES_EXPLORER_UID = "otel-traces-explorer";
export const OTEL_SERVICE_DASHBOARD_UID = "otel-service-dashboard";

const QUERY_TYPE: Record<Viz, ClickHouseQueryType> = {
  timeseries: "timeseries",
  stat: "table",
  table: "table",
  barchart: "table",
  bargauge: "table",
};

const GRID_WIDTH = 24;

/** Turns a dashboard spec into Grafana dashboard JSON (schema v1) through the foundation SDK. */
export function buildDashboard(spec: DashboardSpec): dashboard.Dashboard {
  const variables = new Set<string>(spec.variables);
  const builder = new dashboard.DashboardBuilder(spec.title)
    .uid(spec.uid)
    .description(spec.description)
    .tags(spec.tags)
    .editable()
    .timezone("utc")
    .time({ from: "now-24h", to: "now" })
    .refresh("1m")
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .variables(variableBuilders(spec.variables))
    .link(
      new dashboard.DashboardLinkBuilder("llmscope")
        .type(dashboard.DashboardLinkType.Dashboards)
        .tags(["llmscope"])
        .asDropdown(true)
        .includeVars(true)
        .keepTime(true),
    );
  if (spec.otelLinks) {
    builder.link(otelLink("OpenTelemetry Traces Explorer", OTEL_TRACES_EXPLORER_UID)).link(otelLink("OTel Service Dashboard", OTEL_SERVICE_DASHBOARD_UID));
  }
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let id = 1;
  for (const panel of spec.panels) {
    if (panel.kind === "row") {
      if (x > 0) y += rowHeight;
      builder.withRow(new dashboard.RowBuilder(panel.title).id(id++).gridPos({ x: 0, y, w: GRID_WIDTH, h: 1 }));
      x = 0;
      y += 1;
      rowHeight = 0;
      continue;
    }
    if (x + panel.w > GRID_WIDTH) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const gridPos = { x, y, w: panel.w, h: panel.h };
    builder.withPanel(panel.kind === "trace" ? tracePanel(panel, id++, gridPos) : queryPanel(panel, id++, gridPos, variables));
    x += panel.w;
    rowHeight = Math.max(rowHeight, panel.h);
  }
  return builder.build();
}

function otelLink(title: string, uid: string): dashboard.DashboardLinkBuilder {
  return new dashboard.DashboardLinkBuilder(title)
    .type(dashboard.DashboardLinkType.Link)
    .url(`/d/${uid}?var-datasource=${DATASOURCE.uid}`)
    .icon("external link")
    .tooltip("ClickHouse plugin dashboard over otel_traces (import it once from Connections → Data sources → llmscope ClickHouse → Dashboards)")
    .keepTime(true);
}

type PanelBuilderLike = cog.Builder<dashboard.Panel> & {
  title(t: string): unknown;
  description(d: string): unknown;
  datasource(d: dashboard.DataSourceRef): unknown;
  gridPos(g: dashboard.GridPos): unknown;
  id(id: number): unknown;
  withTarget(t: cog.Builder<cog.Dataquery>): unknown;
  unit(u: string): unknown;
  overrideByName(name: string, properties: dashboard.DynamicConfigValue[]): unknown;
  withTransformation(t: dashboard.DataTransformerConfig): unknown;
  timeFrom(t: string): unknown;
  interval(i: string): unknown;
};

function queryPanel(spec: QueryPanelSpec, id: number, gridPos: dashboard.GridPos, variables: ReadonlySet<string>): cog.Builder<dashboard.Panel> {
  const query = loadQuery(spec.query);
  const columns = new Set(query.columns.map((c) => c.name));
  for (const f of [...(spec.fields ?? []), ...Object.keys(spec.units ?? {}), ...(spec.xField ? [spec.xField] : [])]) {
    if (!columns.has(f)) throw new Error(`panel "${spec.title}": column "${f}" is not a column of query "${spec.query}" (${[...columns].join(", ")})`);
  }
  const panel = vizBuilder(spec) as PanelBuilderLike;
  const filters = query.params.map((p) => p.name).filter((p) => variables.has(p) && spec.bind?.[p] === undefined);
  const description = `${spec.description}\n\nSQL: queries/${spec.query}.sql${filters.length ? ` · filtered by ${filters.map((f) => `$${f}`).join(", ")}` : ""}`;
  panel.id(id);
  panel.title(spec.title);
  panel.description(description);
  panel.datasource(DATASOURCE);
  panel.gridPos(gridPos);
  const sql = panelSql(spec.query, spec.bind ?? {}, variables);
  const target = new ClickHouseQueryBuilder(DATASOURCE, sql).queryType(QUERY_TYPE[spec.viz]);
  // A time series without label (String) columns is already wide: read it as a table, so the backend
  // does not pivot it (its long-to-wide step cannot take helper columns such as arrays).
  if (spec.viz === "timeseries" && !query.columns.some((c) => /String/.test(c.type))) target.format(ClickHouseFormat.Table);
  panel.withTarget(target);
  const minInterval = rollupMinInterval(sql);
  if (minInterval !== undefined) panel.interval(minInterval);
  if (spec.unit) panel.unit(spec.unit);
  for (const [field, unit] of Object.entries(
    fieldUnits(
      spec,
      query.columns.map((c) => c.name),
    ),
  ))
    panel.overrideByName(field, [{ id: "unit", value: unit }]);
  if (spec.timeFrom) panel.timeFrom(spec.timeFrom);
  if (spec.fields) {
    const keep = [...query.columns.filter((c) => /^(Date|DateTime)/.test(c.type)).map((c) => c.name), ...spec.fields];
    // Time-series frames come back wide (one field per label set, e.g. "avg_score groundedness"), so match the prefix.
    panel.withTransformation({ id: "filterFieldsByName", options: { include: { pattern: `^(${keep.map(escapeRegExp).join("|")})(\\s.*)?$` } } });
  }
  if (spec.traceLinks) {
    panel.overrideByName("TraceId", [
      { id: "links", value: [{ title: "Open trace ${__value.raw}", url: `/d/${OVERVIEW_UID}?var-trace_id=\${__value.raw}&\${__url_time_range}` }] },
    ]);
  }
  return panel;
}

/**
 * Per-field units: the spec's own, plus, in tables (whose columns mix units), the unit each shown
 * column's name implies (unitOfColumn). Other panels have one unit for all their fields (spec.unit).
 */
function fieldUnits(spec: QueryPanelSpec, columns: readonly string[]): Record<string, string> {
  const units: Record<string, string> = {};
  if (spec.viz === "table") {
    for (const c of spec.fields ?? columns) {
      const unit = unitOfColumn(c);
      if (unit !== undefined && unit !== spec.unit) units[c] = unit;
    }
  }
  return { ...units, ...spec.units };
}

function vizBuilder(spec: QueryPanelSpec): cog.Builder<dashboard.Panel> {
  switch (spec.viz) {
    case "timeseries":
      return new timeseries.PanelBuilder().lineWidth(1).fillOpacity(10).showPoints(common.VisibilityMode.Never).spanNulls(true);
    case "stat": {
      const fields = spec.fields ? `/^(${spec.fields.map(escapeRegExp).join("|")})$/` : "";
      return new stat.PanelBuilder()
        .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(["lastNotNull"]).fields(fields).values(false))
        .graphMode(common.BigValueGraphMode.None)
        .colorMode(common.BigValueColorMode.Value);
    }
    case "table":
      return new table.PanelBuilder().filterable(true);
    case "barchart": {
      const b = new barchart.PanelBuilder().showValue(common.VisibilityMode.Auto);
      return spec.xField ? b.xField(spec.xField) : b;
    }
    case "bargauge":
      return new bargauge.PanelBuilder()
        .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(["lastNotNull"]).values(true))
        .orientation(common.VizOrientation.Horizontal);
  }
}

/** The trace view: the trace in `$trace_id`, with the SQL the plugin's builder writes for it (trace-query.ts). */
function tracePanel(spec: TracePanelSpec, id: number, gridPos: dashboard.GridPos): cog.Builder<dashboard.Panel> {
  const options = traceIdBuilderOptions("${trace_id}");
  return new dashboard.PanelBuilder()
    .type("traces")
    .id(id)
    .title(spec.title)
    .description(spec.description)
    .datasource(DATASOURCE)
    .gridPos(gridPos)
    .withTarget(new ClickHouseTraceIdQueryBuilder(DATASOURCE, options, traceIdSql(options, TRACE_ID_EXPRESSION)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
