import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { CLICKHOUSE_PLUGIN_VERSION } from "@llmscope/queries/alerts";
import type { TraceIdBuilderOptions } from "./trace-query";

/**
 * A typed dataquery for the `grafana-clickhouse-datasource` plugin (v4), which the foundation SDK
 * does not ship. The model mirrors the plugin's own types (src/types/sql.ts, queryBuilder.ts):
 *   pluginVersion  the plugin version the query was written for; without it (or below 4.0.0) the
 *                  plugin's src/data/migration.ts takes the query for a v3 one and rewrites it
 *   editorType     "sql" | "builder" (the editor shows builderOptions; either way rawSql is what runs)
 *   format         the backend's sqlutil.FormatQueryOption: 0 time series, 1 table, 2 logs, 3 trace
 *   queryType      the editor's result kind: "table" | "logs" | "timeseries" | "traces"
 */
export { CLICKHOUSE_PLUGIN_ID } from "./datasource";
/** The plugin version docker-compose installs (GF_PLUGINS_PREINSTALL_SYNC); every target, alert rule and the datasource record it. */
export { CLICKHOUSE_PLUGIN_VERSION } from "@llmscope/queries/alerts";

export enum ClickHouseFormat {
  TimeSeries = 0,
  Table = 1,
  Logs = 2,
  Trace = 3,
}

export type ClickHouseQueryType = "table" | "logs" | "timeseries" | "traces";

interface ClickHouseQueryBase {
  refId: string;
  pluginVersion: string;
  datasource: dashboard.DataSourceRef;
  rawSql: string;
  format: ClickHouseFormat;
  queryType: ClickHouseQueryType;
}

export interface ClickHouseSqlQuery extends ClickHouseQueryBase, cog.Dataquery {
  editorType: "sql";
}

export interface ClickHouseBuilderQuery extends ClickHouseQueryBase, cog.Dataquery {
  editorType: "builder";
  builderOptions: TraceIdBuilderOptions;
}

export type ClickHouseQuery = ClickHouseSqlQuery | ClickHouseBuilderQuery;

/** The format each query type is read with (the plugin pairs them the same way in its editor). */
const FORMAT_OF: Record<ClickHouseQueryType, ClickHouseFormat> = {
  timeseries: ClickHouseFormat.TimeSeries,
  table: ClickHouseFormat.Table,
  logs: ClickHouseFormat.Logs,
  traces: ClickHouseFormat.Trace,
};

/** Builds a raw-SQL query (editorType "sql"). */
export class ClickHouseQueryBuilder implements cog.Builder<cog.Dataquery> {
  private readonly query: ClickHouseSqlQuery;

  constructor(datasource: dashboard.DataSourceRef, rawSql: string) {
    if (rawSql.trim() === "") throw new Error("ClickHouseQueryBuilder: rawSql is empty (expected the SQL of a named query)");
    this.query = {
      refId: "A",
      pluginVersion: CLICKHOUSE_PLUGIN_VERSION,
      datasource,
      editorType: "sql",
      rawSql,
      format: ClickHouseFormat.Table,
      queryType: "table",
      _implementsDataqueryVariant() {},
    };
  }

  refId(refId: string): this {
    this.query.refId = refId;
    return this;
  }

  /** Sets queryType and the format that goes with it. */
  queryType(queryType: ClickHouseQueryType): this {
    this.query.queryType = queryType;
    this.query.format = FORMAT_OF[queryType];
    return this;
  }

  /** Overrides the format queryType implies (e.g. a time series already wide is read as a table). */
  format(format: ClickHouseFormat): this {
    this.query.format = format;
    return this;
  }

  build(): ClickHouseSqlQuery {
    return { ...this.query };
  }
}

/**
 * Builds a trace-ID query (editorType "builder", queryType "traces", format trace): the builder
 * options the plugin's editor shows, and the SQL its generator writes for them, which is what runs.
 */
export class ClickHouseTraceIdQueryBuilder implements cog.Builder<cog.Dataquery> {
  constructor(
    private readonly datasource: dashboard.DataSourceRef,
    private readonly options: TraceIdBuilderOptions,
    private readonly rawSql: string,
  ) {
    if (rawSql.trim() === "") throw new Error("ClickHouseTraceIdQueryBuilder: rawSql is empty (the plugin runs the saved SQL, never the builder options)");
  }

  build(): ClickHouseBuilderQuery {
    return {
      refId: "A",
      pluginVersion: CLICKHOUSE_PLUGIN_VERSION,
      datasource: this.datasource,
      editorType: "builder",
      rawSql: this.rawSql,
      format: ClickHouseFormat.Trace,
      queryType: "traces",
      builderOptions: this.options,
      _implementsDataqueryVariant() {},
    };
  }
}
