import { sketchCdf, type QuantileSketch } from "./sketch";

/** Floor for empty bins so PSI stays finite (a common convention: 1e-4). */
const PSI_EPSILON = 1e-4;

/**
 * Population Stability Index of `current` against `baseline`: bins at the baseline's deciles,
 * PSI = Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ) over bin fractions (e: baseline, a: current). Tied deciles
 * (discrete data) collapse into one bin.
 */
export function psi(baseline: QuantileSketch, current: QuantileSketch, bins = 10): number {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = baseline.quantiles[Math.round((i * (baseline.quantiles.length - 1)) / bins)]!;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  let total = 0;
  let prevE = 0;
  let prevA = 0;
  for (const edge of [...edges, Infinity]) {
    const cumE = edge === Infinity ? 1 : sketchCdf(baseline, edge);
    const cumA = edge === Infinity ? 1 : sketchCdf(current, edge);
    const e = Math.max(cumE - prevE, PSI_EPSILON);
    const a = Math.max(cumA - prevA, PSI_EPSILON);
    total += (a - e) * Math.log(a / e);
    prevE = cumE;
    prevA = cumA;
  }
  return total;
}

/** Two-sample Kolmogorov–Smirnov statistic D = sup |F₁ − F₂|, evaluated at every quantile point of both sketches. */
export function ksStatistic(a: QuantileSketch, b: QuantileSketch): number {
  let d = 0;
  for (const x of [...a.quantiles, ...b.quantiles]) d = Math.max(d, Math.abs(sketchCdf(a, x) - sketchCdf(b, x)));
  return d;
}

/** Asymptotic p-value of a two-sample KS statistic (Kolmogorov distribution, Stephens' small-sample correction). */
export function ksPValue(d: number, n: number, m: number): number {
  const ne = (n * m) / (n + m);
  const sq = Math.sqrt(ne);
  const lambda = (sq + 0.12 + 0.11 / sq) * d;
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

export interface ProportionTest {
  z: number;
  pValue: number;
}

/** Two-proportion z-test (pooled), two-sided; z > 0 when the current rate is higher. */
export function twoProportionTest(baseEvents: number, baseTrials: number, curEvents: number, curTrials: number): ProportionTest {
  const p1 = baseEvents / baseTrials;
  const p2 = curEvents / curTrials;
  const pooled = (baseEvents + curEvents) / (baseTrials + curTrials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / baseTrials + 1 / curTrials));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (p2 - p1) / se;
  return { z, pValue: erfc(Math.abs(z) / Math.SQRT2) };
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
