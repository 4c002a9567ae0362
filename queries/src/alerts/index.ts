/**
 * Alert rules over the named queries: the YAML model (shipped defaults merged with a user file) and
 * its export as Grafana alert-rule provisioning. The collector evaluates the rules; the dashboards
 * provision them in Grafana.
 */
export {
  AlertRuleError,
  compare,
  declaredLabelColumns,
  DEFAULT_RULES_FILE,
  loadRules,
  parseDuration,
  parseRules,
  type AlertRule,
  type Comparison,
  type RuleSource,
  type TargetConfig,
} from "./rules";
export { alertSql, CLICKHOUSE_PLUGIN_VERSION, GRAFANA_DATASOURCE_UID, toGrafanaProvisioning, type GrafanaExportOptions } from "./grafana";
