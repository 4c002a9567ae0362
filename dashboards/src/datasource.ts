import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { GRAFANA_DATASOURCE_UID } from "@llmscope/queries/alerts";
import { CLICKHOUSE_PLUGIN_ID } from "./clickhouse-query";

/** The provisioned ClickHouse datasource: the same uid the alert-rule export uses. */
export const DATASOURCE: dashboard.DataSourceRef = { type: CLICKHOUSE_PLUGIN_ID, uid: GRAFANA_DATASOURCE_UID };
/** The database the collector writes (LLMSCOPE_CLICKHOUSE_DATABASE's default). */
export const DATABASE = "llmscope";
