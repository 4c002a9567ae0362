import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { DATASOURCE } from "./datasource";
import { panelSql } from "./panel-sql";
import type { VariableName } from "./spec";

/**
 * Dashboard variables. Each is named after the query parameter it feeds, so a query's Grafana form
 * (`${service:sqlstring}`) reads it directly.
 *
 * service, model and prompt_name are drop-downs filled by the list_* queries of queries/ (the
 * ClickHouse plugin gives a query variable the values of the result's first column), refreshed when
 * the time range changes; models and prompts follow $service. Their "All" option must reach the SQL
 * as the queries' "all" value '' (two single quotes), so it is a custom all value: Grafana inserts a
 * custom all value as it is, unformatted even by `${service:sqlstring}` (scenes' CustomAllValue).
 * An empty allValue would not do: Grafana then inserts every option, quoted and comma-separated.
 *
 * The prompt experiments' a and b are drop-downs of the same kind without "All": the versions or
 * variants ($arm) of $prompt_name (armOf below).
 */
export const ALL_VALUE = "''";
/** Grafana's value and text of the "All" option. */
export const ALL_OPTION = { text: "All", value: "$__all" } as const;

interface VariableDef {
  /** `variables`: the dashboard's variable names (a list query may be filtered by earlier ones). */
  build(variables: ReadonlySet<string>): cog.Builder<dashboard.VariableModel>;
}

function textbox(name: string, label: string, description: string, value: string): VariableDef {
  return {
    build: () =>
      new dashboard.TextBoxVariableBuilder(name).label(label).description(description).defaultValue(value).current({ selected: true, text: value, value }),
  };
}

/** A single-value drop-down of a list query's values (the query sorts; its order is kept). */
function listQueryVariable(name: string, label: string, description: string, query: string, variables: ReadonlySet<string>): dashboard.QueryVariableBuilder {
  return new dashboard.QueryVariableBuilder(name)
    .label(label)
    .description(description)
    .datasource(DATASOURCE)
    .query(panelSql(query, {}, variables))
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.Disabled)
    .multi(false);
}

/** A filter drop-down: "All" (the custom all value '') by default. */
function listOf(name: string, label: string, description: string, query: string): VariableDef {
  return {
    build: (variables) =>
      listQueryVariable(name, label, description, query, variables)
        .includeAll(true)
        .allValue(ALL_VALUE)
        .current({ selected: true, ...ALL_OPTION }),
  };
}

/**
 * A prompt experiment arm: one version or variant of $prompt_name (list_prompt_arms, by $arm), no "All"
 * (prompt_ab compares two single arms). Grafana refreshes it when $prompt_name or $arm changes. No
 * current value: neither Grafana's schema nor the foundation SDK can name "the first" or "the second"
 * option as a default (a query variable stores a fixed current value, and a saved value the new list
 * lacks is replaced by the first option), so Grafana selects the first option for A and for B until
 * the user picks B.
 */
function armOf(name: string, label: string, description: string): VariableDef {
  return { build: (variables) => listQueryVariable(name, label, description, "list_prompt_arms", variables).includeAll(false) };
}

const VARIABLES: Record<VariableName, VariableDef> = {
  service: listOf("service", "Service", "service.name to show (queries/list_services.sql)", "list_services"),
  model: listOf("model", "Model", "requested model to show, among those $service called (queries/list_models.sql)", "list_models"),
  prompt_name: listOf(
    "prompt_name",
    "Prompt",
    "gen_ai.prompt.name to show, among those of $service; the A/B panels need one (queries/list_prompts.sql)",
    "list_prompts",
  ),
  budget_usd: textbox("budget_usd", "Monthly budget (USD)", "budget for the month's burn and projection; 0: no budget", "3000"),
  arm: {
    build: () =>
      new dashboard.CustomVariableBuilder("arm")
        .label("Compare by")
        .description("what A and B are: prompt versions or variants")
        .values("version,variant")
        .current({ selected: true, text: "version", value: "version" }),
  },
  a: armOf("a", "A (baseline)", "baseline version or variant ($arm) of $prompt_name, among those its calls used (queries/list_prompt_arms.sql)"),
  b: armOf("b", "B (candidate)", "candidate version or variant ($arm) of $prompt_name, among those its calls used (queries/list_prompt_arms.sql)"),
  trace_id: textbox("trace_id", "Trace ID", "trace to open in the trace view (click a TraceId in a table)", ""),
};

export function variableBuilders(names: readonly VariableName[]): cog.Builder<dashboard.VariableModel>[] {
  const variables = new Set<string>(names);
  return names.map((n) => VARIABLES[n].build(variables));
}
