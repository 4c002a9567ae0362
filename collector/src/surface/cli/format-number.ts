/**
 * Numbers for people: a non-zero amount never prints as 0 (a $0.0000165 call is not free), and a
 * column's numbers share one number of decimals so their points line up.
 */

/** Significant digits kept for amounts below 1 (and below the shared column precision). */
const SIGNIFICANT = 3;
/** Costs are stored with 9 decimals: more would print digits that do not exist. */
const MAX_DECIMALS = 9;

/** Decimals that show `v` with at least SIGNIFICANT significant digits (at least `min`, at most 9). */
export function decimalsFor(v: number, min: number): number {
  if (v === 0 || !Number.isFinite(v) || Number.isInteger(v)) return min;
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  return Math.min(MAX_DECIMALS, Math.max(min, SIGNIFICANT - 1 - magnitude));
}

/** The decimals one column needs: enough for its smallest non-integer value, at least `min`. */
export function columnDecimals(values: readonly unknown[], min = 3): number {
  const fractional = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v));
  if (fractional.length === 0) return 0;
  return Math.max(...fractional.map((v) => decimalsFor(v, min)));
}

/** USD: cents for amounts from one cent, else three significant digits ($0.0000165); n/a when not a number. */
export function formatUsd(v: unknown): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return "n/a";
  return `$${v.toFixed(decimalsFor(v, 2))}`;
}
