import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NativeValueError, nativeTable } from "./native-format";

/**
 * The fixed-width values of a one-column block against an independent BigInt computation: the
 * encoder computes timestamps and 64-bit integers in doubles, and a wrong carry would store a
 * plausible but wrong value without any error.
 */

/** The last 8 bytes per row of a one-column block: the column's values, as the block ends with them. */
function int64Values(type: string, values: unknown[], signed: boolean): bigint[] {
  const block = nativeTable([{ name: "v", type }])!.encode(values.map((v) => ({ v })));
  const body = block.subarray(block.length - 8 * values.length);
  return values.map((_, i) => (signed ? body.readBigInt64LE(8 * i) : body.readBigUInt64LE(8 * i)));
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** Seconds of ten digits and a fraction of 0–9 digits, the string and its nanoseconds. */
const timestamp = fc
  .tuple(fc.bigInt({ min: 1_000_000_000n, max: 9_999_999_999n }), fc.integer({ min: 0, max: 9 }), fc.bigInt({ min: 0n, max: 999_999_999n }))
  .map(([seconds, width, nanos]) => {
    const fraction = width === 0 ? "" : nanos.toString().padStart(9, "0").slice(0, width);
    const text = width === 0 ? seconds.toString() : `${seconds}.${fraction}`;
    return { text, nanos: seconds * 1_000_000_000n + BigInt(fraction.padEnd(9, "0")) };
  });

describe("Native encoder: fixed-width values against BigInt", () => {
  it("DateTime64(9) from 'seconds.nanoseconds' is the exact nanosecond count, and beyond Int64 is refused", () => {
    fc.assert(
      fc.property(fc.array(timestamp, { minLength: 1, maxLength: 20 }), (stamps) => {
        const inRange = stamps.every((s) => s.nanos <= INT64_MAX);
        const run = () =>
          int64Values(
            "DateTime64(9)",
            stamps.map((s) => s.text),
            true,
          );
        if (inRange) expect(run()).toEqual(stamps.map((s) => s.nanos));
        else expect(run).toThrow(NativeValueError);
      }),
      { numRuns: 500 },
    );
  });

  it("edge timestamps: the Int64 boundary, carries across 2^32, and malformed text", () => {
    const exact = ["9223372036.854775807", "9223372036", "4294967296", "4294967295.999999999", "1000000000.000000001", "1700000000.5"];
    expect(int64Values("DateTime64(9)", exact, true)).toEqual(
      exact.map((t) => BigInt(t.split(".")[0]!) * 1_000_000_000n + BigInt((t.split(".")[1] ?? "").padEnd(9, "0"))),
    );
    for (const bad of ["9223372036.854775808", "1700000000.", "170000000", "1700000000.1234567890", "17000000x0", " 1700000000", "", 1_700_000_000, null])
      expect(() => int64Values("DateTime64(9)", [bad], true), String(bad)).toThrow(NativeValueError);
  });

  it("UInt64 and Int64 from numbers, short and long digit strings and BigInts are exact, and out of range is refused", () => {
    const asInput = fc.oneof(
      fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
      fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }),
      fc.bigInt({ min: -999_999_999_999_999n, max: 999_999_999_999_999n }),
      fc.integer({ min: -5, max: 5 }).map(BigInt),
    );
    const form = fc.constantFrom("number", "string", "bigint", "padded");
    fc.assert(
      fc.property(fc.array(fc.tuple(asInput, form), { minLength: 1, maxLength: 20 }), fc.boolean(), (items, signed) => {
        const values = items.map(([n, f]) =>
          f === "bigint" ? n : f === "number" && Number.isSafeInteger(Number(n)) ? Number(n) : f === "padded" && n >= 0n ? `00${n}` : n.toString(),
        );
        const expected = items.map(([n]) => n);
        const fits = expected.every((n) => (signed ? n >= INT64_MIN && n <= INT64_MAX : n >= 0n && n <= UINT64_MAX));
        const run = () => int64Values(signed ? "Int64" : "UInt64", values, signed);
        if (fits) expect(run()).toEqual(expected);
        else expect(run).toThrow(NativeValueError);
      }),
      { numRuns: 500 },
    );
    for (const bad of [1.5, "1e3", "1.5", "+5", "1 2", "-", "--1", "", "12a", Number.MAX_SAFE_INTEGER + 1, true])
      expect(() => int64Values("UInt64", [bad], false), String(bad)).toThrow(NativeValueError);
  });
});
