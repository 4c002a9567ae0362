import type { QuantileDigest } from "../stats/digest";

/** Quantile levels a sketch keeps: 0, 0.01, …, 1. The same levels are asked of ClickHouse (quantilesTDigest). */
export const SKETCH_LEVELS: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * A distribution summarized by its quantiles at SKETCH_LEVELS (a piecewise-linear CDF with 100
 * equal-mass steps) and its sample count. Built from a ClickHouse quantilesTDigest array (baselines
 * computed in SQL) or from an in-process t-digest; PSI and KS are computed on it.
 */
export interface QuantileSketch {
  count: number;
  quantiles: readonly number[];
}

export function sketchFromDigest(digest: QuantileDigest): QuantileSketch {
  return { count: digest.size, quantiles: digest.size === 0 ? [] : SKETCH_LEVELS.map((q) => digest.quantile(q)!) };
}

export function sketchFromQuantiles(count: number, quantiles: readonly number[]): QuantileSketch {
  if (count > 0 && quantiles.length !== SKETCH_LEVELS.length) {
    throw new Error(`a sketch needs ${SKETCH_LEVELS.length} quantiles, got ${quantiles.length}`);
  }
  // Quantile arrays are monotone in theory; enforce it so the CDF is well defined.
  const q: number[] = [];
  for (const v of quantiles) q.push(q.length === 0 ? v : Math.max(q[q.length - 1]!, v));
  return { count, quantiles: count > 0 ? q : [] };
}

/** F(x): fraction of the distribution ≤ x, linear between quantile points, right-continuous at ties. */
export function sketchCdf(sketch: QuantileSketch, x: number): number {
  const q = sketch.quantiles;
  const n = q.length;
  if (n === 0) return 0;
  if (x < q[0]!) return 0;
  if (x >= q[n - 1]!) return 1;
  // Last index with q[i] ≤ x (binary search).
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const p0 = SKETCH_LEVELS[lo]!;
  const p1 = SKETCH_LEVELS[hi]!;
  const q0 = q[lo]!;
  const q1 = q[hi]!;
  return q1 === q0 ? p0 : p0 + ((x - q0) / (q1 - q0)) * (p1 - p0);
}

export function sketchMedian(sketch: QuantileSketch): number | null {
  return sketch.quantiles.length === 0 ? null : sketch.quantiles[50]!;
}
