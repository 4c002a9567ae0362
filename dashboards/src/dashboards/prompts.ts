import type { DashboardSpec } from "../spec";

export const prompts: DashboardSpec = {
  uid: "llmscope-prompts",
  title: "LLM prompt experiments",
  description: "Pick a prompt and two versions or variants: latency, cost, quality, feedback and guardrail rate side by side, with significance.",
  file: "llm-prompt-experiments.json",
  tags: ["llmscope"],
  variables: ["service", "model", "prompt_name", "arm", "a", "b"],
  panels: [
    {
      kind: "query",
      title: "A/B comparison",
      description: "Each metric for A and B, the difference B - A, the test statistic and p-value; significant marks p < 0.05.",
      viz: "table",
      query: "prompt_ab",
      w: 24,
      h: 10,
    },
    {
      kind: "query",
      title: "Latency by prompt version",
      description: "Exact latency percentiles per prompt@version.",
      viz: "table",
      query: "latency_by_dimension",
      bind: { dimension: "prompt_version" },
      w: 12,
      h: 8,
    },
    {
      kind: "query",
      title: "Cost by prompt version",
      description: "Spend and cost per request per prompt version.",
      viz: "table",
      query: "spend_by_prompt_version",
      w: 12,
      h: 8,
    },
    {
      kind: "query",
      title: "Satisfaction by prompt version",
      description: "Positive user feedback per prompt and version.",
      viz: "table",
      query: "satisfaction_rate",
      w: 24,
      h: 8,
    },
  ],
};
