import type { Store } from "../../store/store";
import type { WindowSummary } from "./compare";
import { SKETCH_LEVELS, sketchFromQuantiles } from "./sketch";

/** Which past window a current window is compared with. */
export type BaselineMode = "previous_24h" | "same_hour_7d";

export interface TimeWindow {
  fromMs: number;
  toMs: number;
}

/**
 * The time filter of a baseline: previous_24h is the 24 h before the current window;
 * same_hour_7d is the same clock window on each of the 7 previous days (one range, filtered by
 * time of day with `phase`/`width`).
 */
export function baselineFilter(mode: BaselineMode, current: TimeWindow): { from: number; to: number; phase: number; width: number } {
  const width = Math.round((current.toMs - current.fromMs) / 1000);
  if (mode === "previous_24h") return { from: current.fromMs - 86_400_000, to: current.fromMs, phase: 0, width: 86_400 };
  return { from: current.fromMs - 7 * 86_400_000, to: current.fromMs, phase: Math.floor(current.fromMs / 1000), width };
}

const LEVELS = SKETCH_LEVELS.map((l) => l.toFixed(2)).join(", ");

/** Optional enrichment columns: PII and injection rates are computed when llm_spans has them. */
export interface OptionalColumns {
  pii: boolean;
  injection: boolean;
  scores: boolean;
}

export async function detectOptionalColumns(store: Store): Promise<OptionalColumns> {
  const rows = await store.query<{ table: string; name: string }>(
    "SELECT table, name FROM system.columns WHERE database = currentDatabase() AND ((table = 'llm_spans' AND name IN ('PiiCount', 'InjectionFlagged')) OR (table = 'llm_scores' AND name = 'ScoreValue'))",
  );
  const has = (table: string, name: string) => rows.some((r) => r.table === table && r.name === name);
  return { pii: has("llm_spans", "PiiCount"), injection: has("llm_spans", "InjectionFlagged"), scores: has("llm_scores", "ScoreValue") };
}

const TIME_FILTER = `Timestamp >= {from:DateTime64(3)} AND Timestamp < {to:DateTime64(3)}
  AND positiveModulo(toUnixTimestamp(Timestamp) - {phase:Int64}, 86400) < {width:UInt32}`;

function spansSql(cols: OptionalColumns): string {
  const q = (expr: string, cond: string) => `quantilesTDigestIf(${LEVELS})(${expr}, ${cond})`;
  return `SELECT ServiceName AS service, RequestModel AS model, Operation AS operation, PromptVersion AS prompt_version,
  countIf(SpanType = 'llm') AS calls,
  ${q("DurationNs / 1e6", "SpanType = 'llm'")} AS latency_ms,
  ${q("toFloat64(InputTokens)", "SpanType = 'llm'")} AS input_tokens,
  ${q("toFloat64(OutputTokens)", "SpanType = 'llm'")} AS output_tokens,
  countIf(SpanType = 'llm' AND CostUnpriced = 0) AS priced_calls,
  ${q("toFloat64(CostUsd)", "SpanType = 'llm' AND CostUnpriced = 0")} AS cost_usd,
  countIf(SpanType = 'llm' AND StatusCode = 'Error') AS errors,
  countIf(SpanType = 'guardrail') AS guardrail_checks,
  countIf(SpanType = 'guardrail' AND GuardrailTriggered = 1) AS guardrail_triggered,
  ${cols.pii ? "countIf(SpanType = 'llm' AND PiiCount > 0)" : "0"} AS pii_calls,
  ${cols.injection ? "countIf(SpanType = 'llm' AND InjectionFlagged = 1)" : "0"} AS injection_calls
FROM llm_spans
WHERE SpanType IN ('llm', 'guardrail') AND ${TIME_FILTER}
GROUP BY service, model, operation, prompt_version`;
}

const SCORES_SQL = `SELECT ServiceName AS service, RequestModel AS model, PromptVersion AS prompt_version, Name AS name,
  count() AS n, quantilesTDigest(${LEVELS})(assumeNotNull(ScoreValue)) AS q
FROM llm_scores
WHERE ScoreValue IS NOT NULL AND ${TIME_FILTER}
GROUP BY service, model, prompt_version, name`;

interface SpansRow {
  service: string;
  model: string;
  operation: string;
  prompt_version: string;
  calls: string | number;
  latency_ms: number[];
  input_tokens: number[];
  output_tokens: number[];
  priced_calls: string | number;
  cost_usd: number[];
  errors: string | number;
  guardrail_checks: string | number;
  guardrail_triggered: string | number;
  pii_calls: string | number;
  injection_calls: string | number;
}

interface ScoresRow {
  service: string;
  model: string;
  prompt_version: string;
  name: string;
  n: string | number;
  q: number[];
}

/**
 * Summaries of every series in one window, computed in ClickHouse: quantilesTDigest sketches for
 * latency, tokens and cost per call, counts for rates. Quality scores (llm_scores has no
 * operation) form series with operation "" and metrics "score:<name>".
 */
export async function queryWindow(
  store: Store,
  cols: OptionalColumns,
  filter: { from: number; to: number; phase: number; width: number },
): Promise<WindowSummary[]> {
  const params = { from: new Date(filter.from), to: new Date(filter.to), phase: filter.phase, width: filter.width };
  const out: WindowSummary[] = [];
  for (const r of await store.query<SpansRow>(spansSql(cols), params)) {
    const calls = Number(r.calls);
    const rates: WindowSummary["rates"] = {
      error_rate: { events: Number(r.errors), trials: calls },
      guardrail_rate: { events: Number(r.guardrail_triggered), trials: Number(r.guardrail_checks) },
    };
    if (cols.pii) rates.pii_rate = { events: Number(r.pii_calls), trials: calls };
    if (cols.injection) rates.injection_rate = { events: Number(r.injection_calls), trials: calls };
    out.push({
      key: { service: r.service, model: r.model, operation: r.operation, promptVersion: r.prompt_version },
      numeric: {
        latency_ms: sketchFromQuantiles(calls, r.latency_ms),
        input_tokens: sketchFromQuantiles(calls, r.input_tokens),
        output_tokens: sketchFromQuantiles(calls, r.output_tokens),
        cost_usd: sketchFromQuantiles(Number(r.priced_calls), r.cost_usd),
      },
      rates,
    });
  }
  if (cols.scores) {
    const byKey = new Map<string, WindowSummary>();
    for (const r of await store.query<ScoresRow>(SCORES_SQL, params)) {
      const id = JSON.stringify([r.service, r.model, r.prompt_version]);
      let s = byKey.get(id);
      if (!s) byKey.set(id, (s = { key: { service: r.service, model: r.model, operation: "", promptVersion: r.prompt_version }, numeric: {}, rates: {} }));
      s.numeric[`score:${r.name}`] = sketchFromQuantiles(Number(r.n), r.q);
    }
    out.push(...byKey.values());
  }
  return out;
}
