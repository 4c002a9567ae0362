import { mulberry32 } from "@llmscope/detectors/internals";
import { QuantileDigest } from "./digest";

/** The distributions the digest is measured on (docs/statistics.md). */
export type Distribution = "uniform" | "log-normal" | "bimodal" | "whole-ms";

/** Deterministic PRNG (mulberry32) so measurements and tests are reproducible. */
export const seededRandom: (seed: number) => () => number = mulberry32;

export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Latency-like samples in milliseconds. */
export function sample(dist: Distribution, n: number, random: () => number): number[] {
  const draw: Record<Distribution, () => number> = {
    uniform: () => 100 + 900 * random(),
    "log-normal": () => Math.exp(6 + 0.8 * normal(random)),
    bimodal: () => (random() < 0.7 ? 300 + 30 * normal(random) : 2500 + 250 * normal(random)),
    "whole-ms": () => Math.max(1, Math.round(Math.exp(5 + 0.5 * normal(random)))),
  };
  return Array.from({ length: n }, draw[dist]);
}

/** Exact quantile of sorted values: nearest rank, the smallest value with at least q of the samples ≤ it. */
export function exactQuantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export interface AccuracyRow {
  distribution: Distribution;
  samples: number;
  /** 1: one digest; 60: per-minute digests merged on read, as the 1 h window does. */
  digests: number;
  /** Relative error |digest − exact| / exact, in percent, per quantile. */
  errorPct: Record<"p50" | "p95" | "p99" | "p999", number>;
}

const QS = { p50: 0.5, p95: 0.95, p99: 0.99, p999: 0.999 } as const;

/** Measures one case: `samples` values split evenly into `digests` digests, merged, against exact quantiles. */
export function measure(distribution: Distribution, samples: number, digests: number, seed: number): AccuracyRow {
  const values = sample(distribution, samples, seededRandom(seed));
  const per = Math.ceil(samples / digests);
  const parts: QuantileDigest[] = [];
  for (let i = 0; i < samples; i += per) parts.push(QuantileDigest.of(values.slice(i, i + per)));
  const merged = parts.length === 1 ? parts[0]! : QuantileDigest.merged(parts);
  const sorted = [...values].sort((a, b) => a - b);
  const errorPct = {} as AccuracyRow["errorPct"];
  for (const [name, q] of Object.entries(QS) as [keyof typeof QS, number][]) {
    const exact = exactQuantile(sorted, q);
    errorPct[name] = (Math.abs(merged.quantile(q)! - exact) / exact) * 100;
  }
  return { distribution, samples, digests, errorPct };
}

export const DISTRIBUTIONS: readonly Distribution[] = ["uniform", "log-normal", "bimodal", "whole-ms"];

/** The table in docs/statistics.md: worst relative error over `seeds` runs per case. */
export function accuracyTable(sizes: readonly number[] = [10_000, 100_000], digestCounts: readonly number[] = [1, 60], seeds = 5): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const distribution of DISTRIBUTIONS) {
    for (const samples of sizes) {
      for (const digests of digestCounts) {
        const runs = Array.from({ length: seeds }, (_, s) => measure(distribution, samples, digests, 1000 + s));
        const worst = (k: keyof AccuracyRow["errorPct"]) => Math.max(...runs.map((r) => r.errorPct[k]));
        rows.push({ distribution, samples, digests, errorPct: { p50: worst("p50"), p95: worst("p95"), p99: worst("p99"), p999: worst("p999") } });
      }
    }
  }
  return rows;
}

export function formatAccuracyTable(rows: readonly AccuracyRow[]): string {
  const pct = (v: number) => v.toFixed(3);
  return [
    "| distribution | samples | digests merged | p50 err % | p95 err % | p99 err % | p99.9 err % |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.distribution} | ${r.samples} | ${r.digests} | ${pct(r.errorPct.p50)} | ${pct(r.errorPct.p95)} | ${pct(r.errorPct.p99)} | ${pct(r.errorPct.p999)} |`,
    ),
  ].join("\n");
}

// `node collector/dist/analytics/stats/accuracy.js` prints the table for docs/statistics.md.
if (require.main === module) process.stdout.write(formatAccuracyTable(accuracyTable()) + "\n");
