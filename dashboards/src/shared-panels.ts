import type { QueryPanelSpec } from "./spec";
import { UNIT } from "./units";

/**
 * Input and output tokens per bucket: split by model on the cost dashboard, summed over all models
 * on the overview. One definition, so both read the same query with the same fields and unit.
 */
export function tokensOverTimePanel(byModel: boolean): QueryPanelSpec {
  return {
    kind: "query",
    title: byModel ? "Tokens over time by model" : "Tokens over time",
    description: `Input (cached included) and output (reasoning included) tokens per bucket${byModel ? " and model" : ", all models"}.`,
    viz: "timeseries",
    query: "token_timeseries",
    bind: { by_model: byModel ? 1 : 0 },
    fields: ["input_tokens", "output_tokens"],
    unit: UNIT.tokens,
    w: 24,
    h: 8,
  };
}
