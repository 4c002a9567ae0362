import type { SeriesKey } from "../stats/live-stats";
import { sketchMedian, type QuantileSketch } from "./sketch";
import { ksPValue, ksStatistic, psi, twoProportionTest } from "./statistics";

/** One series in one window: numeric metrics as sketches, rates as events over trials. */
export interface WindowSummary {
  key: SeriesKey;
  numeric: Record<string, QuantileSketch>;
  rates: Record<string, { events: number; trials: number }>;
}

export interface DriftThresholds {
  psiWarn: number;
  psiAlert: number;
  /** A numeric metric is flagged only when the KS test is significant (p < ksAlpha); then PSI sets the level, and D ≥ ksMinStatistic alone is a warn. */
  ksAlpha: number;
  ksMinStatistic: number;
  /** |z| of the two-proportion test for warn / alert (two-sided p ≈ 5e-4 / 7e-6: many series × metrics × windows are tested). */
  zWarn: number;
  zAlert: number;
  /** A rate must move by at least this fraction of the baseline rate to count (large samples make tiny moves significant). */
  rateMinRelativeChange: number;
  /** Fewer samples than this in either window → status "insufficient". */
  numericMinSamples: number;
  rateMinSamples: number;
}

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = {
  psiWarn: 0.1,
  psiAlert: 0.25,
  ksAlpha: 0.001,
  ksMinStatistic: 0.1,
  zWarn: 3.5,
  zAlert: 4.5,
  rateMinRelativeChange: 0.25,
  numericMinSamples: 100,
  rateMinSamples: 200,
};

export type DriftStatus = "ok" | "warn" | "alert" | "insufficient";

export interface DriftResult extends SeriesKey {
  metric: string;
  kind: "numeric" | "rate";
  baselineCount: number;
  currentCount: number;
  /** Median (numeric) or rate (rate metrics) in each window; null when a window is empty. */
  baselineValue: number | null;
  currentValue: number | null;
  psi: number | null;
  ks: number | null;
  /** KS p-value (numeric) or two-proportion p-value (rates). */
  pValue: number | null;
  zScore: number | null;
  status: DriftStatus;
}

const keyId = (k: SeriesKey) => JSON.stringify([k.service, k.model, k.operation, k.promptVersion]);

/**
 * Compares each series' current window with its baseline. A metric absent from both windows is
 * skipped; present in one only, it is compared against an empty window (status "insufficient").
 */
export function compareWindows(
  baseline: readonly WindowSummary[],
  current: readonly WindowSummary[],
  t: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS,
): DriftResult[] {
  const base = new Map(baseline.map((b) => [keyId(b.key), b]));
  const results: DriftResult[] = [];
  for (const cur of current) {
    const b = base.get(keyId(cur.key));
    for (const metric of Object.keys(cur.numeric)) {
      const c = cur.numeric[metric]!;
      const bs = b?.numeric[metric] ?? { count: 0, quantiles: [] };
      if (c.count === 0 && bs.count === 0) continue;
      results.push({ ...cur.key, metric, kind: "numeric", ...compareNumeric(bs, c, t) });
    }
    for (const metric of Object.keys(cur.rates)) {
      const c = cur.rates[metric]!;
      const bs = b?.rates[metric] ?? { events: 0, trials: 0 };
      if (c.trials === 0 && bs.trials === 0) continue;
      results.push({ ...cur.key, metric, kind: "rate", ...compareRate(bs, c, t) });
    }
  }
  return results;
}

type Compared = Omit<DriftResult, keyof SeriesKey | "metric" | "kind">;

function compareNumeric(b: QuantileSketch, c: QuantileSketch, t: DriftThresholds): Compared {
  const base = { baselineCount: b.count, currentCount: c.count, baselineValue: sketchMedian(b), currentValue: sketchMedian(c), zScore: null };
  if (b.count < t.numericMinSamples || c.count < t.numericMinSamples) return { ...base, psi: null, ks: null, pValue: null, status: "insufficient" };
  const p = psi(b, c);
  const d = ksStatistic(b, c);
  const pValue = ksPValue(d, b.count, c.count);
  // PSI sizes the change; the KS test says whether it is more than sampling noise (PSI alone is
  // biased upward on small windows: ≈ (bins − 1)(1/n + 1/m) for identical distributions).
  const significant = pValue < t.ksAlpha;
  const level: DriftStatus = p >= t.psiAlert ? "alert" : p >= t.psiWarn || d >= t.ksMinStatistic ? "warn" : "ok";
  const status: DriftStatus = significant ? level : "ok";
  return { ...base, psi: p, ks: d, pValue, status };
}

function compareRate(b: { events: number; trials: number }, c: { events: number; trials: number }, t: DriftThresholds): Compared {
  const rate = (x: { events: number; trials: number }) => (x.trials > 0 ? x.events / x.trials : null);
  const base = { baselineCount: b.trials, currentCount: c.trials, baselineValue: rate(b), currentValue: rate(c), psi: null, ks: null };
  if (b.trials < t.rateMinSamples || c.trials < t.rateMinSamples) return { ...base, pValue: null, zScore: null, status: "insufficient" };
  const { z, pValue } = twoProportionTest(b.events, b.trials, c.events, c.trials);
  const p1 = b.events / b.trials;
  const p2 = c.events / c.trials;
  const bigEnough = p1 === 0 ? p2 > 0 : Math.abs(p2 - p1) / p1 >= t.rateMinRelativeChange;
  const status: DriftStatus = !bigEnough ? "ok" : Math.abs(z) >= t.zAlert ? "alert" : Math.abs(z) >= t.zWarn ? "warn" : "ok";
  return { ...base, pValue, zScore: z, status };
}
