import { describe, expect, it } from "vitest";
import { normal, seededRandom } from "../stats/accuracy";
import { QuantileDigest } from "../stats/digest";
import { compareWindows, DEFAULT_DRIFT_THRESHOLDS, type WindowSummary } from "./compare";
import { sketchCdf, sketchFromDigest, sketchFromQuantiles, SKETCH_LEVELS } from "./sketch";
import { ksPValue, psi, twoProportionTest } from "./statistics";

const KEY = { service: "bot", model: "gpt-4o", operation: "chat", promptVersion: "v1" };

interface StreamShape {
  latencyMean: number;
  guardrailRate: number;
}

const STATIONARY: StreamShape = { latencyMean: 800, guardrailRate: 0.05 };

/** One window of synthetic traffic: `n` LLM calls and `n` guardrail checks. */
function window(random: () => number, n: number, shape: StreamShape): WindowSummary {
  const latency = new QuantileDigest();
  const input = new QuantileDigest();
  const output = new QuantileDigest();
  const cost = new QuantileDigest();
  let triggered = 0;
  let errors = 0;
  for (let i = 0; i < n; i++) {
    latency.push(Math.max(1, shape.latencyMean + 0.25 * shape.latencyMean * normal(random)));
    const inTok = Math.max(1, Math.round(500 + 120 * normal(random)));
    const outTok = Math.max(1, Math.round(200 + 50 * normal(random)));
    input.push(inTok);
    output.push(outTok);
    cost.push(inTok * 2.5e-6 + outTok * 1e-5);
    if (random() < shape.guardrailRate) triggered++;
    if (random() < 0.01) errors++;
  }
  return {
    key: KEY,
    numeric: {
      latency_ms: sketchFromDigest(latency),
      input_tokens: sketchFromDigest(input),
      output_tokens: sketchFromDigest(output),
      cost_usd: sketchFromDigest(cost),
    },
    rates: { guardrail_rate: { events: triggered, trials: n }, error_rate: { events: errors, trials: n } },
  };
}

/** A baseline the way the monitor builds one: 24 hourly windows' worth of traffic in one summary. */
function baseline(random: () => number, shape: StreamShape): WindowSummary {
  return window(random, 24 * 2000, shape);
}

describe("drift on synthetic streams", () => {
  it("stationary traffic raises no alert over 50 windows", () => {
    const random = seededRandom(7);
    const base = baseline(random, STATIONARY);
    const statuses = new Map<string, number>();
    let maxPsi = 0;
    for (let w = 0; w < 50; w++) {
      for (const r of compareWindows([base], [window(random, 2000, STATIONARY)])) {
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.psi !== null) maxPsi = Math.max(maxPsi, r.psi);
      }
    }
    // No alert at all; a warn is a p < 5e-4 event per comparison, so at most a stray one in 300.
    expect(statuses.get("alert") ?? 0).toBe(0);
    expect(statuses.get("warn") ?? 0).toBeLessThanOrEqual(1);
    expect(statuses.get("ok")! + (statuses.get("warn") ?? 0)).toBe(50 * 6);
    expect(maxPsi).toBeLessThan(DEFAULT_DRIFT_THRESHOLDS.psiWarn / 2);
  });

  it("small stationary windows raise nothing either (PSI's small-sample bias is gated by the KS test)", () => {
    const random = seededRandom(12);
    const base = baseline(random, STATIONARY);
    const flagged = [];
    for (let w = 0; w < 50; w++)
      flagged.push(...compareWindows([base], [window(random, 150, STATIONARY)]).filter((r) => r.kind === "numeric" && r.status !== "ok"));
    expect(flagged).toEqual([]);
  });

  it("a 20 % latency mean shift alerts within one window, on latency only", () => {
    const random = seededRandom(8);
    const results = compareWindows([baseline(random, STATIONARY)], [window(random, 2000, { ...STATIONARY, latencyMean: 960 })]);
    const latency = results.find((r) => r.metric === "latency_ms")!;
    expect(latency.status).toBe("alert");
    expect(latency.psi).toBeGreaterThan(DEFAULT_DRIFT_THRESHOLDS.psiAlert);
    expect(latency.ks).toBeGreaterThan(0.2);
    expect(latency.currentValue! / latency.baselineValue!).toBeCloseTo(1.2, 1);
    expect(results.filter((r) => r.status !== "ok").map((r) => r.metric)).toEqual(["latency_ms"]);
  });

  it("a doubled guardrail rate alerts within one window", () => {
    const random = seededRandom(9);
    const results = compareWindows([baseline(random, STATIONARY)], [window(random, 2000, { ...STATIONARY, guardrailRate: 0.1 })]);
    const rate = results.find((r) => r.metric === "guardrail_rate")!;
    expect(rate).toMatchObject({ kind: "rate", status: "alert" });
    expect(rate.zScore).toBeGreaterThan(DEFAULT_DRIFT_THRESHOLDS.zAlert);
    expect(results.filter((r) => r.status !== "ok").map((r) => r.metric)).toEqual(["guardrail_rate"]);
  });

  it("reports too few samples as insufficient instead of guessing", () => {
    const random = seededRandom(10);
    const results = compareWindows([baseline(random, STATIONARY)], [window(random, 50, { latencyMean: 2000, guardrailRate: 0.5 })]);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(["insufficient"]));
    expect(results.find((r) => r.metric === "latency_ms")).toMatchObject({ currentCount: 50, psi: null });
  });

  it("compares a series missing from the baseline against an empty window", () => {
    const random = seededRandom(11);
    const results = compareWindows([], [window(random, 500, STATIONARY)]);
    expect(results.every((r) => r.status === "insufficient" && r.baselineCount === 0 && r.baselineValue === null)).toBe(true);
  });
});

describe("drift statistics", () => {
  it("sketch CDF is linear between quantile points and right-continuous on ties", () => {
    const uniform = sketchFromQuantiles(
      1000,
      SKETCH_LEVELS.map((l) => l * 100),
    );
    expect(sketchCdf(uniform, 25)).toBeCloseTo(0.25, 10);
    expect(sketchCdf(uniform, -1)).toBe(0);
    expect(sketchCdf(uniform, 100)).toBe(1);
    const tied = sketchFromQuantiles(
      10,
      SKETCH_LEVELS.map((l) => (l < 0.5 ? 1 : 2)),
    );
    expect(sketchCdf(tied, 1)).toBeCloseTo(0.49, 10);
    expect(() => sketchFromQuantiles(10, [1, 2])).toThrow(/needs 101 quantiles, got 2/);
  });

  it("PSI is 0 for identical sketches and grows with the shift", () => {
    const s = (shift: number) =>
      sketchFromQuantiles(
        1000,
        SKETCH_LEVELS.map((l) => l * 100 + shift),
      );
    expect(psi(s(0), s(0))).toBeCloseTo(0, 10);
    expect(psi(s(0), s(10))).toBeGreaterThan(0.1);
    expect(psi(s(0), s(30))).toBeGreaterThan(psi(s(0), s(10)));
  });

  it("KS p-value and two-proportion test match textbook values", () => {
    // Critical D at alpha 0.05 for n = m = 1000 is 1.358 * sqrt(2/1000) ≈ 0.0607.
    expect(ksPValue(0.0607, 1000, 1000)).toBeCloseTo(0.05, 2);
    const t = twoProportionTest(50, 1000, 100, 1000);
    expect(t.z).toBeCloseTo(4.2, 1);
    expect(t.pValue).toBeLessThan(1e-4);
    expect(twoProportionTest(0, 100, 0, 100)).toEqual({ z: 0, pValue: 1 });
  });
});
