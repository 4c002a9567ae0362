import type { DashboardSpec } from "../spec";
import { UNIT } from "../units";

export const overview: DashboardSpec = {
  uid: "llmscope-overview",
  title: "LLM overview",
  description: "Traffic, errors, latency, tokens, spend, safety and drift of every LLM call, with recent traces and a trace view.",
  file: "llm-overview.json",
  tags: ["llmscope"],
  variables: ["service", "model", "prompt_name", "budget_usd", "trace_id"],
  otelLinks: true,
  panels: [
    { kind: "row", title: "Traffic and latency" },
    { kind: "query", title: "Requests/s", description: "LLM calls per second.", viz: "timeseries", query: "throughput_timeseries", fields: ["requests_per_s"], unit: UNIT.reqps, w: 8, h: 8 },
    { kind: "query", title: "Error rate", description: "Share of LLM calls that ended with status Error.", viz: "timeseries", query: "throughput_timeseries", fields: ["error_rate"], unit: UNIT.ratio, w: 8, h: 8 },
    { kind: "query", title: "Latency p50 / p95 / p99", description: "LLM call latency (t-digest per bucket).", viz: "timeseries", query: "latency_timeseries", fields: ["p50_ms", "p95_ms", "p99_ms"], unit: UNIT.ms, w: 8, h: 8 },
    { kind: "query", title: "Latency by model", description: "Exact p50/p95/p99 latency per model over the range.", viz: "table", query: "latency_by_dimension", bind: { dimension: "model" }, w: 12, h: 8 },
    { kind: "query", title: "Time to first chunk by model", description: "Exact TTFT percentiles of streamed calls per model.", viz: "table", query: "ttft_percentiles", bind: { dimension: "model" }, w: 12, h: 8 },
    { kind: "query", title: "TTFT p50 / p95", description: "Time to first chunk of streamed calls (t-digest per bucket).", viz: "timeseries", query: "latency_timeseries", fields: ["ttft_p50_ms", "ttft_p95_ms"], unit: UNIT.ms, w: 12, h: 8 },
    { kind: "query", title: "Tokens by model", description: "Input and output tokens per model over the range.", viz: "table", query: "token_usage", fields: ["model", "calls", "input_tokens", "output_tokens", "cache_read_tokens", "reasoning_tokens"], w: 12, h: 8 },
    { kind: "query", title: "Tokens over time", description: "Input (cached included) and output (reasoning included) tokens per bucket, all models.", viz: "timeseries", query: "token_timeseries", bind: { by_model: 0 }, fields: ["input_tokens", "output_tokens"], unit: UNIT.tokens, w: 24, h: 8 },
    { kind: "row", title: "Spend and safety" },
    { kind: "query", title: "Spend today", description: "Spend of priced calls since UTC midnight.", viz: "stat", query: "spend_total", fields: ["cost_usd"], unit: UNIT.usd, timeFrom: "now/d", w: 4, h: 6 },
    { kind: "query", title: "Month to date", description: "Spend of priced calls this month and the month-end projection at the current rate.", viz: "stat", query: "budget_burn", fields: ["spend_usd", "projected_usd"], unit: UNIT.usd, w: 8, h: 6 },
    { kind: "query", title: "Guardrail trigger rate", description: "Checks and trigger rate per guardrail and stage.", viz: "table", query: "guardrail_trigger_rate", w: 12, h: 6 },
    { kind: "query", title: "PII incidents", description: "Spans and traces in which PII was found, per type.", viz: "table", query: "pii_incidents", w: 12, h: 7 },
    { kind: "query", title: "Injection attempts", description: "LLM calls flagged as prompt injection, and requests blocked for it, per service.", viz: "table", query: "injection_attempts", w: 12, h: 7 },
    { kind: "row", title: "Drift" },
    { kind: "query", title: "Drift status", description: "Latest drift comparison of each series and metric (collector drift monitor: PSI / KS for distributions, z-test for rates), alerts first.", viz: "table", query: "drift_status", w: 24, h: 9 },
    { kind: "row", title: "Traces" },
    { kind: "query", title: "Recent traces", description: "Newest traces; click a TraceId to open it in the trace view below.", viz: "table", query: "recent_traces", traceLinks: true, w: 24, h: 10 },
    { kind: "trace", title: "Trace view", description: "Every span of the trace in the Trace ID variable, read from otel_traces (its time window looked up in otel_traces_trace_id_ts first).", w: 24, h: 14 },
  ],
};
