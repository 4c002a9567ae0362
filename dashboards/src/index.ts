export { buildDashboard, OVERVIEW_UID, OTEL_SERVICE_DASHBOARD_UID, OTEL_TRACES_EXPLORER_UID } from "./build";
export { DASHBOARDS } from "./catalog";
export {
  ClickHouseFormat,
  ClickHouseQueryBuilder,
  ClickHouseTraceIdQueryBuilder,
  CLICKHOUSE_PLUGIN_ID,
  type ClickHouseQuery,
  type ClickHouseQueryType,
} from "./clickhouse-query";
export { DATABASE, DATASOURCE } from "./datasource";
export { DASHBOARDS_DIR, generatedFiles } from "./generate";
export { panelSql } from "./panel-sql";
export { UNIT, unitOfColumn } from "./units";
export { ALL_OPTION, ALL_VALUE } from "./variables";
export { alertingYaml, CLICKHOUSE_PLUGIN_VERSION, dashboardProviderYaml, datasourceYaml, FOLDER, GRAFANA_DASHBOARDS_PATH } from "./provisioning";
export type { DashboardSpec, PanelSpec, QueryPanelSpec, TracePanelSpec, VariableName } from "./spec";
