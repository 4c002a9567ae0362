import type { DashboardSpec } from "../spec";
import { UNIT } from "../units";

export const cost: DashboardSpec = {
  uid: "llmscope-cost",
  title: "LLM cost",
  description: "Spend by day, and over time by model, provider, user and prompt version; cost per request; budget burn; tokens; calls without a price.",
  file: "llm-cost.json",
  tags: ["llmscope"],
  variables: ["service", "model", "prompt_name", "budget_usd"],
  panels: [
    { kind: "query", title: "Spend", description: "Spend of priced calls over the range.", viz: "stat", query: "spend_total", fields: ["cost_usd"], unit: UNIT.usd, w: 4, h: 6 },
    { kind: "query", title: "Cost per request", description: "Spend / priced calls.", viz: "stat", query: "spend_total", fields: ["cost_per_request"], unit: UNIT.usd, w: 4, h: 6 },
    { kind: "query", title: "Unpriced calls", description: "Calls whose model has no price: not in any spend figure, never counted as free.", viz: "stat", query: "spend_total", fields: ["unpriced_calls"], unit: UNIT.count, w: 4, h: 6 },
    { kind: "query", title: "Budget burn", description: "This month's spend and projection as a share of the monthly budget.", viz: "stat", query: "budget_burn", fields: ["spent_pct", "projected_pct"], unit: UNIT.percent, w: 6, h: 6 },
    { kind: "query", title: "Month-end projection", description: "Spend projected at month end at the current daily rate.", viz: "stat", query: "budget_burn", fields: ["projected_usd", "daily_rate_usd"], unit: UNIT.usd, w: 6, h: 6 },
    { kind: "query", title: "Spend per day", description: "Spend of priced calls per UTC day.", viz: "timeseries", query: "spend_per_day", fields: ["cost_usd"], unit: UNIT.usd, w: 12, h: 8 },
    { kind: "query", title: "Unpriced calls per day", description: "Calls without a price per UTC day.", viz: "timeseries", query: "spend_per_day", fields: ["unpriced_calls"], unit: UNIT.count, w: 12, h: 8 },
    { kind: "query", title: "Spend over time by model", description: "Spend of priced calls per bucket and model.", viz: "timeseries", query: "spend_timeseries", bind: { dimension: "model" }, fields: ["cost_usd"], unit: UNIT.usd, w: 12, h: 8 },
    { kind: "query", title: "Spend over time by provider", description: "Spend of priced calls per bucket and provider.", viz: "timeseries", query: "spend_timeseries", bind: { dimension: "provider" }, fields: ["cost_usd"], unit: UNIT.usd, w: 12, h: 8 },
    { kind: "query", title: "Spend over time by user", description: "Spend of priced calls per bucket for the 10 biggest spenders over the range; the others summed as (other), calls without a user id as an empty name.", viz: "timeseries", query: "spend_timeseries", bind: { dimension: "user", top: 10 }, fields: ["cost_usd"], unit: UNIT.usd, w: 12, h: 8 },
    { kind: "query", title: "Spend over time by prompt version", description: "Spend of priced calls per bucket and prompt@version.", viz: "timeseries", query: "spend_timeseries", bind: { dimension: "prompt_version" }, fields: ["cost_usd"], unit: UNIT.usd, w: 12, h: 8 },
    { kind: "query", title: "Spend by model", description: "Calls, tokens and spend per model.", viz: "table", query: "spend_by_model", w: 12, h: 8 },
    { kind: "query", title: "Spend by prompt version", description: "Spend and cost per request per prompt and version.", viz: "table", query: "spend_by_prompt_version", w: 12, h: 8 },
    { kind: "query", title: "Top users by spend", description: "Biggest spenders (user.id).", viz: "table", query: "spend_by_user", w: 12, h: 8 },
    { kind: "query", title: "Tokens by model", description: "Token totals and per-request averages per model.", viz: "table", query: "token_usage", w: 12, h: 8 },
    { kind: "query", title: "Tokens over time by model", description: "Input (cached included) and output (reasoning included) tokens per bucket and model.", viz: "timeseries", query: "token_timeseries", bind: { by_model: 1 }, fields: ["input_tokens", "output_tokens"], unit: UNIT.tokens, w: 24, h: 8 },
  ],
};
