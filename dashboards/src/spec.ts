import type { PanelBindings } from "./panel-sql";

/**
 * What a dashboard is made of, as data: the generator (build.ts) turns it into Grafana JSON through
 * the foundation SDK, and the tests read the same specs to know which named query each panel runs.
 */
export type Viz = "timeseries" | "stat" | "table" | "barchart" | "bargauge";

export interface QueryPanelSpec {
  kind: "query";
  title: string;
  description: string;
  viz: Viz;
  /** The named query in queries/ whose Grafana form is the panel's SQL. */
  query: string;
  /** Panel-level parameter values (SQL literals); dashboard variables and defaults cover the rest. */
  bind?: PanelBindings;
  /** Result columns the panel shows (time columns are always kept); all when absent. */
  fields?: string[];
  /** Unit of every field, and per-field units that override it. */
  unit?: string;
  units?: Record<string, string>;
  /** Relative time override, e.g. "now/d" (today so far). */
  timeFrom?: string;
  /** Bar charts: the column on the x axis. */
  xField?: string;
  /** Tables listing traces: TraceId becomes a link that opens the trace in the overview's trace view. */
  traceLinks?: boolean;
  w: number;
  h: number;
}

/** A trace view of the trace in the `trace_id` variable (the plugin builder's trace-ID query). */
export interface TracePanelSpec {
  kind: "trace";
  title: string;
  description: string;
  w: number;
  h: number;
}

export interface RowSpec {
  kind: "row";
  title: string;
}

export type PanelSpec = QueryPanelSpec | TracePanelSpec | RowSpec;

export type VariableName = "service" | "model" | "prompt_name" | "budget_usd" | "arm" | "a" | "b" | "trace_id";

export interface DashboardSpec {
  uid: string;
  title: string;
  description: string;
  /** File name under dashboards/generated/. */
  file: string;
  tags: string[];
  variables: VariableName[];
  /** Links to the plugin's bundled OpenTelemetry dashboards. */
  otelLinks?: boolean;
  panels: PanelSpec[];
}
