/**
 * The trace view's query: the SQL the ClickHouse plugin's query builder writes for one trace
 * (trace-ID mode), for our otel_traces schema.
 *
 * The plugin only turns builder options into SQL inside its query editor; at run time it sends the
 * saved rawSql as it is (grafana/clickhouse-datasource v4.20.0: CHDatasource.applyTemplateVariables,
 * and the Go backend never reads builderOptions). So a provisioned trace panel must carry that SQL.
 * traceIdSql writes it the way the plugin's generateTraceIdQuery (src/data/sqlGenerator.ts) does for
 * the options below: Map attribute columns, unflattened Events/Links nested columns, and the
 * `<table>_trace_id_ts` lookup table narrowing the time range scanned.
 */
import { DATABASE } from "./datasource";

/** Column hints of the plugin (ColumnHint in src/types/queryBuilder.ts) the trace query uses. */
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
  | "trace_kind"
  | "trace_status_message"
  | "trace_state";

export interface TraceIdBuilderOptions {
  database: string;
  table: string;
  queryType: "traces";
  columns: { name: string; hint: TraceColumnHint }[];
  filters: never[];
  orderBy: never[];
  meta: {
    minimized: true;
    isTraceIdMode: true;
    /** What the editor regenerates the SQL from: the dashboard variable, unquoted as the plugin quotes it. */
    traceId: string;
    traceDurationUnit: "nanoseconds";
    otelEnabled: true;
    otelVersion: "latest";
    traceEventsColumnPrefix: string;
    traceLinksColumnPrefix: string;
    flattenNested: false;
    tagsAreJSON: false;
    hasTraceTimestampTable: true;
    traceTimestampTableSuffix: string;
  };
}

/** The suffix of the trace-id → time-window table (the plugin's and the OTel exporter's convention). */
export const TRACE_TIMESTAMP_TABLE_SUFFIX = "_trace_id_ts";
export const TRACE_TABLE = "otel_traces";

/** The OTel column map of the plugin's src/otel.ts: each otel_traces column and the hint the plugin gives it. */
const OTEL_TRACE_COLUMNS: Readonly<Record<string, TraceColumnHint>> = {
  Timestamp: "time",
  TraceId: "trace_id",
  SpanId: "trace_span_id",
  ParentSpanId: "trace_parent_span_id",
  ServiceName: "trace_service_name",
  SpanName: "trace_operation_name",
  Duration: "trace_duration_time",
  SpanAttributes: "trace_tags",
  ResourceAttributes: "trace_service_tags",
  StatusCode: "trace_status_code",
  SpanKind: "trace_kind",
  StatusMessage: "trace_status_message",
  TraceState: "trace_state",
};

/**
 * The builder options the plugin itself makes for a trace-ID query with the datasource's traces
 * settings (otelEnabled, otelVersion "latest", nanoseconds): the OTel column map of its src/otel.ts.
 */
export function traceIdBuilderOptions(traceIdVariable: string): TraceIdBuilderOptions {
  return {
    database: DATABASE,
    table: TRACE_TABLE,
    queryType: "traces",
    columns: Object.entries(OTEL_TRACE_COLUMNS).map(([name, hint]) => ({ name, hint })),
    filters: [],
    orderBy: [],
    meta: {
      minimized: true,
      isTraceIdMode: true,
      traceId: traceIdVariable,
      traceDurationUnit: "nanoseconds",
      otelEnabled: true,
      otelVersion: "latest",
      traceEventsColumnPrefix: "Events",
      traceLinksColumnPrefix: "Links",
      flattenNested: false,
      tagsAreJSON: false,
      hasTraceTimestampTable: true,
      traceTimestampTableSuffix: TRACE_TIMESTAMP_TABLE_SUFFIX,
    },
  };
}

/**
 * The trace-ID SQL for these options. `traceIdExpression` is the SQL expression of the trace id; the
 * plugin writes `'<meta.traceId>'`, pasting the id between quotes.
 */
export function traceIdSql(options: TraceIdBuilderOptions, traceIdExpression: string): string {
  const column = (hint: TraceColumnHint): string => {
    const c = options.columns.find((x) => x.hint === hint);
    if (c === undefined) throw new Error(`trace query: no column with hint ${hint}`);
    return quoteIdentifier(c.name);
  };
  const attributePairs = (expr: string, spaced: boolean) => `arrayMap(key -> map('key', key, 'value',${spaced ? " " : ""}${expr}[key]), mapKeys(${expr}))`;
  const events = quoteIdentifier(options.meta.traceEventsColumnPrefix);
  const links = quoteIdentifier(options.meta.traceLinksColumnPrefix);
  const time = column("time");
  const select = [
    `${column("trace_id")} as traceID`,
    `${column("trace_span_id")} as spanID`,
    `${column("trace_parent_span_id")} as parentSpanID`,
    `${column("trace_service_name")} as serviceName`,
    `${column("trace_operation_name")} as operationName`,
    // The trace panel reads start and duration in milliseconds.
    `multiply(toUnixTimestamp64Nano(${time}), 0.000001) as startTime`,
    `multiply(${column("trace_duration_time")}, 0.000001) as duration`,
    `${attributePairs(column("trace_tags"), false)} as tags`,
    `${attributePairs(column("trace_service_tags"), false)} as serviceTags`,
    `if(${column("trace_status_code")} IN ('Error', 'STATUS_CODE_ERROR'), 2, 0) as statusCode`,
    `arrayMap((name, timestamp, attributes) -> tuple(name, toString(toUnixTimestamp64Milli(timestamp)), ${attributePairs("attributes", true)})::Tuple(name String, timestamp String, fields Array(Map(String, String))), ${events}.Name, ${events}.Timestamp, ${events}.Attributes) AS logs`,
    `arrayMap((traceID, spanID, attributes) -> tuple(traceID, spanID, ${attributePairs("attributes", true)})::Tuple(traceID String, spanID String, tags Array(Map(String, String))), ${links}.TraceId, ${links}.SpanId, ${links}.Attributes) AS references`,
    `${column("trace_kind")} as kind`,
    `${column("trace_status_message")} as statusMessage`,
    `${column("trace_state")} as traceState`,
  ];
  const lookup = `${quoteIdentifier(options.database)}.${quoteIdentifier(options.table + options.meta.traceTimestampTableSuffix)}`;
  return [
    "WITH",
    `${traceIdExpression} as trace_id,`,
    `(SELECT min(Start) FROM ${lookup} WHERE TraceId = trace_id) as trace_start,`,
    `(SELECT max(End) + 1 FROM ${lookup} WHERE TraceId = trace_id) as trace_end`,
    "SELECT",
    select.join(", "),
    "FROM",
    `${quoteIdentifier(options.database)}.${quoteIdentifier(options.table)}`,
    "WHERE",
    "traceID = trace_id",
    "AND",
    `${time} >= trace_start`,
    "AND",
    `${time} <= trace_end`,
  ].join(" ");
}

/** The plugin's identifier quoting: double quotes, inner ones doubled. */
function quoteIdentifier(id: string): string {
  return `"${id.replace(/"/g, '""')}"`;
}

/**
 * The trace id as the trace panel sends it: the `trace_id` text box percent-encoded by Grafana
 * (`:percentencode` leaves only letters, digits and `-_.~%`, so nothing typed can end the string)
 * and decoded by ClickHouse. The plugin's own form, `'${trace_id}'`, would let a quote or a
 * backslash typed in the box end the literal.
 */
export const TRACE_ID_EXPRESSION = "decodeURLComponent('${trace_id:percentencode}')";
