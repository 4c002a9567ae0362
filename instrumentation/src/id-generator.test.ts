import { isValidSpanId, isValidTraceId } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { PooledIdGenerator } from "./id-generator";

describe("PooledIdGenerator", () => {
  it("gives valid, distinct W3C ids across many pool refills", () => {
    const ids = new PooledIdGenerator();
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const traceId = ids.generateTraceId();
      const spanId = ids.generateSpanId();
      expect(isValidTraceId(traceId) && /^[0-9a-f]{32}$/.test(traceId)).toBe(true);
      expect(isValidSpanId(spanId) && /^[0-9a-f]{16}$/.test(spanId)).toBe(true);
      seen.add(traceId).add(spanId);
    }
    expect(seen.size).toBe(40_000);
  });

  it("uses every hex digit about equally often (chi-square over 960,000 digits)", () => {
    const ids = new PooledIdGenerator();
    const counts = new Array<number>(16).fill(0);
    let digits = 0;
    for (let i = 0; i < 20_000; i++) {
      for (const c of ids.generateTraceId() + ids.generateSpanId()) {
        counts[parseInt(c, 16)]!++;
        digits++;
      }
    }
    const expected = digits / 16;
    const chiSquare = counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 15 degrees of freedom: 37.7 is the 0.999 quantile.
    expect(chiSquare).toBeLessThan(37.7);
  });

  it("draws again instead of returning an all-zero id", () => {
    let refills = 0;
    // The first pool is all zeros, the next ones count upwards.
    const ids = new PooledIdGenerator((pool) => {
      refills++;
      for (let i = 0; i < pool.length; i++) pool[i] = refills === 1 ? 0 : (i + 1) & 0xff;
      return pool;
    });
    expect(ids.generateSpanId()).toBe("0102030405060708");
    expect(ids.generateTraceId()).toBe("090a0b0c0d0e0f101112131415161718");
    expect(refills).toBe(2);
  });
});
