import type { DashboardSpec } from "../spec";

export const quality: DashboardSpec = {
  uid: "llmscope-quality",
  title: "LLM quality & safety",
  description: "Guardrails, prompt injection, PII, evaluation scores, user satisfaction and refusals.",
  file: "llm-quality-safety.json",
  tags: ["llmscope"],
  variables: ["service", "model", "prompt_name"],
  panels: [
    { kind: "row", title: "Safety" },
    { kind: "query", title: "Guardrail triggers by guardrail and stage", description: "Checks, triggers and decisions per guardrail and stage.", viz: "table", query: "guardrail_trigger_rate", w: 12, h: 8 },
    { kind: "query", title: "Injection attempts", description: "Flagged LLM calls and blocked requests per service.", viz: "table", query: "injection_attempts", w: 12, h: 8 },
    { kind: "query", title: "PII by type", description: "Spans with PII per type.", viz: "barchart", query: "pii_incidents", fields: ["pii_type", "spans", "traces"], xField: "pii_type", w: 8, h: 8 },
    { kind: "query", title: "Blocked requests", description: "Requests a guardrail blocked, newest first; click a TraceId to open the trace.", viz: "table", query: "blocked_requests", traceLinks: true, w: 16, h: 8 },
    { kind: "row", title: "Quality" },
    { kind: "query", title: "Quality scores over time", description: "Mean value per evaluation name (heuristics, judge, feedback).", viz: "timeseries", query: "quality_scores_timeseries", fields: ["avg_score"], unit: "none", w: 12, h: 8 },
    { kind: "query", title: "Satisfaction rate", description: "Positive user feedback per prompt and version.", viz: "table", query: "satisfaction_rate", w: 12, h: 8 },
    { kind: "query", title: "Refusal rate", description: "Answers that were refusals, per model.", viz: "table", query: "refusal_rate", w: 12, h: 7 },
    { kind: "query", title: "Ungrounded answers", description: "Answers with groundedness below 0.25, per model.", viz: "table", query: "ungrounded_rate", w: 12, h: 7 },
  ],
};
