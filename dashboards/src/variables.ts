import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import type { VariableName } from "./spec";

/**
 * Dashboard variables. Each is named after the query parameter it feeds, so a query's Grafana form
 * (`${service:sqlstring}`) reads it directly. Filters are text boxes whose empty value means "all":
 * `${service:sqlstring}` of an empty box is `''`, the queries' "all" value. (Drop-downs need queries
 * that list services, models and prompts; queries/ has none yet.)
 */
interface VariableDef {
  build(): cog.Builder<dashboard.VariableModel>;
}

function textbox(name: string, label: string, description: string, value: string): VariableDef {
  return {
    build: () =>
      new dashboard.TextBoxVariableBuilder(name)
        .label(label)
        .description(description)
        .defaultValue(value)
        .current({ selected: true, text: value, value }),
  };
}

const VARIABLES: Record<VariableName, VariableDef> = {
  service: textbox("service", "Service", "service.name to show; empty: all services", ""),
  model: textbox("model", "Model", "requested model to show; empty: all models", ""),
  prompt_name: textbox("prompt_name", "Prompt", "gen_ai.prompt.name to show; empty: all prompts (the A/B panels need one)", ""),
  budget_usd: textbox("budget_usd", "Monthly budget (USD)", "budget for the month's burn and projection; 0: no budget", "3000"),
  arm: {
    build: () =>
      new dashboard.CustomVariableBuilder("arm")
        .label("Compare by")
        .description("what A and B are: prompt versions or variants")
        .values("version,variant")
        .current({ selected: true, text: "version", value: "version" }),
  },
  a: textbox("a", "A (baseline)", "baseline prompt version or variant", "1"),
  b: textbox("b", "B (candidate)", "candidate prompt version or variant", "2"),
  trace_id: textbox("trace_id", "Trace ID", "trace to open in the trace view (click a TraceId in a table)", ""),
};

export function variableBuilders(names: readonly VariableName[]): cog.Builder<dashboard.VariableModel>[] {
  return names.map((n) => VARIABLES[n].build());
}
