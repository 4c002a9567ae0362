import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { GRAFANA_DATASOURCE_UID } from "@llmscope/queries/alerts";

/** The Grafana ClickHouse plugin every datasource, target and alert query names. */
export const CLICKHOUSE_PLUGIN_ID = "grafana-clickhouse-datasource";

/** The provisioned ClickHouse datasource: the same uid the alert-rule export uses. */
export const DATASOURCE: dashboard.DataSourceRef = { type: CLICKHOUSE_PLUGIN_ID, uid: GRAFANA_DATASOURCE_UID };
/** The database the collector writes (LLMSCOPE_CLICKHOUSE_DATABASE's default). */
export const DATABASE = "llmscope";
