import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";

/**
 * A typed dataquery for the `grafana-clickhouse-datasource` plugin (v4), which the foundation SDK
 * does not ship. The model mirrors the plugin's own types (src/types/sql.ts, queryBuilder.ts):
 *   editorType  "sql" (rawSql is sent as is) | "builder" (the plugin generates the SQL from builderOptions)
 *   format      the backend's sqlutil.FormatQueryOption: 0 time series, 1 table, 2 logs, 3 trace
 *   queryType   the editor's result kind: "table" | "logs" | "timeseries" | "traces"
 */
export const CLICKHOUSE_PLUGIN_ID = "grafana-clickhouse-datasource";

export enum ClickHouseFormat {
  TimeSeries = 0,
  Table = 1,
  Logs = 2,
  Trace = 3,
}

export type ClickHouseQueryType = "table" | "logs" | "timeseries" | "traces";

/** Column hints the plugin's trace builder understands (ColumnHint in queryBuilder.ts). */
export type TraceColumnHint =
  | "time"
  | "trace_id"
  | "trace_span_id"
  | "trace_parent_span_id"
  | "trace_service_name"
  | "trace_operation_name"
  | "trace_duration_time"
  | "trace_tags"
  | "trace_service_tags"
  | "trace_status_code"
  | "trace_status_message"
  | "trace_kind";

export interface TraceBuilderOptions {
  database: string;
  table: string;
  queryType: "traces";
  columns: { name: string; hint: TraceColumnHint }[];
  filters: never[];
  meta: {
    /** true: trace-ID mode (one trace in the trace view); false: trace search. */
    isTraceIdMode: true;
    traceId: string;
    traceDurationUnit: "seconds" | "milliseconds" | "microseconds" | "nanoseconds";
    otelEnabled: boolean;
    otelVersion: string;
  };
}

interface ClickHouseQueryBase {
  refId: string;
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
  builderOptions: TraceBuilderOptions;
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
 * Builds a trace-ID-mode query (editorType "builder", queryType "traces"): the plugin generates
 * the trace SQL itself from these options and the datasource's traces settings, so a trace view
 * panel needs no hand-written SQL.
 */
export class ClickHouseTraceIdQueryBuilder implements cog.Builder<cog.Dataquery> {
  constructor(
    private readonly datasource: dashboard.DataSourceRef,
    private readonly options: { database: string; table: string; traceId: string; columns: TraceBuilderOptions["columns"] },
  ) {}

  build(): ClickHouseBuilderQuery {
    return {
      refId: "A",
      datasource: this.datasource,
      editorType: "builder",
      rawSql: "",
      format: ClickHouseFormat.Trace,
      queryType: "traces",
      builderOptions: {
        database: this.options.database,
        table: this.options.table,
        queryType: "traces",
        columns: this.options.columns,
        filters: [],
        meta: { isTraceIdMode: true, traceId: this.options.traceId, traceDurationUnit: "nanoseconds", otelEnabled: true, otelVersion: "latest" },
      },
      _implementsDataqueryVariant() {},
    };
  }
}
