import type { LlmSpanRow } from "../../store/rows";
import { QuantileDigest } from "./digest";

const NS_PER_MS = 1e6;

/** One minute of one series: sketches for durations, sums and counts for everything else. */
export class MinuteBucket {
  calls = 0;
  errors = 0;
  inputTokens = 0;
  outputTokens = 0;
  costUsd = 0;
  unpricedCalls = 0;
  guardrailChecks = 0;
  guardrailTriggered = 0;
  readonly latencyMs = new QuantileDigest();
  readonly ttftMs = new QuantileDigest();

  constructor(readonly minute: number) {}

  add(row: LlmSpanRow): void {
    if (row.SpanType === "guardrail") {
      this.guardrailChecks++;
      if (row.GuardrailTriggered) this.guardrailTriggered++;
      return;
    }
    if (row.SpanType !== "llm") return;
    this.calls++;
    if (row.StatusCode === "Error") this.errors++;
    this.latencyMs.push(Number(row.DurationNs) / NS_PER_MS);
    const ttft = Number(row.TimeToFirstChunkNs);
    if (ttft > 0) this.ttftMs.push(ttft / NS_PER_MS);
    this.inputTokens += row.InputTokens;
    this.outputTokens += row.OutputTokens;
    if (row.CostUsd !== undefined && row.CostUnpriced !== 1) this.costUsd += Number(row.CostUsd);
    else this.unpricedCalls++;
  }
}

export interface Percentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** A series' statistics over one sliding window. */
export interface WindowStats {
  window: string;
  /** Seconds the window covers so far (less than its length right after the series appeared). */
  seconds: number;
  calls: number;
  requestsPerSecond: number;
  latencyMs: Percentiles;
  ttftMs: Percentiles;
  inputTokens: { total: number; perCall: number | null };
  outputTokens: { total: number; perCall: number | null };
  spendUsd: number;
  spendUsdPerHour: number;
  /** LLM calls without a price: not in spendUsd. */
  unpricedCalls: number;
  /** Errors / calls, null without calls. */
  errorRate: number | null;
  guardrailChecks: number;
  /** Triggered guardrail checks / checks, null without checks. */
  guardrailRate: number | null;
}

function percentiles(d: QuantileDigest): Percentiles {
  return { p50: d.quantile(0.5), p95: d.quantile(0.95), p99: d.quantile(0.99) };
}

/** Merges the buckets of one window (read side: per-minute sketches merged on demand). */
export function summarize(window: string, seconds: number, buckets: readonly MinuteBucket[]): WindowStats {
  const latency = QuantileDigest.merged(buckets.map((b) => b.latencyMs));
  const ttft = QuantileDigest.merged(buckets.map((b) => b.ttftMs));
  const sum = (f: (b: MinuteBucket) => number) => buckets.reduce((acc, b) => acc + f(b), 0);
  const calls = sum((b) => b.calls);
  const input = sum((b) => b.inputTokens);
  const output = sum((b) => b.outputTokens);
  const spend = sum((b) => b.costUsd);
  const checks = sum((b) => b.guardrailChecks);
  return {
    window,
    seconds,
    calls,
    requestsPerSecond: seconds > 0 ? calls / seconds : 0,
    latencyMs: percentiles(latency),
    ttftMs: percentiles(ttft),
    inputTokens: { total: input, perCall: calls > 0 ? input / calls : null },
    outputTokens: { total: output, perCall: calls > 0 ? output / calls : null },
    spendUsd: spend,
    spendUsdPerHour: seconds > 0 ? (spend / seconds) * 3600 : 0,
    unpricedCalls: sum((b) => b.unpricedCalls),
    errorRate: calls > 0 ? sum((b) => b.errors) / calls : null,
    guardrailChecks: checks,
    guardrailRate: checks > 0 ? sum((b) => b.guardrailTriggered) / checks : null,
  };
}
