import { describe, expect, it } from "vitest";
import { DISTRIBUTIONS, exactQuantile, measure } from "./accuracy";
import { QuantileDigest } from "./digest";

describe("t-digest accuracy against exact sorted-array percentiles", () => {
  for (const distribution of DISTRIBUTIONS) {
    for (const digests of [1, 60]) {
      it(`${distribution}, 20k samples, ${digests} digest(s): p99 within 1 %, p50/p95 within 1 %`, () => {
        for (const seed of [1, 2, 3]) {
          const row = measure(distribution, 20_000, digests, seed);
          expect(row.errorPct.p99, `seed ${seed}`).toBeLessThanOrEqual(1);
          expect(row.errorPct.p95, `seed ${seed}`).toBeLessThanOrEqual(1);
          expect(row.errorPct.p50, `seed ${seed}`).toBeLessThanOrEqual(1);
        }
      });
    }
  }

  it("is exact on few samples and on a single repeated value", () => {
    const d = QuantileDigest.of([5, 1, 3, 2, 4]);
    expect(d.quantile(0)).toBe(1);
    expect(d.quantile(1)).toBe(5);
    const same = QuantileDigest.of(Array.from({ length: 10_000 }, () => 250));
    expect(same.quantile(0.99)).toBe(250);
    expect(exactQuantile([1, 2, 3, 4], 0.5)).toBe(2);
  });
});
