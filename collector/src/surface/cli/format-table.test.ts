import { describe, expect, it } from "vitest";
import { columnDecimals, formatUsd } from "./format-number";
import { formatTable } from "./format-table";

describe("numbers for people", () => {
  it("never prints a non-zero cost as zero: three significant digits below a cent", () => {
    expect(formatUsd(0.0000165)).toBe("$0.0000165");
    expect(formatUsd(0.0045)).toBe("$0.00450");
    expect(formatUsd(12.345)).toBe("$12.35");
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(Number.NaN)).toBe("n/a");
    expect(formatUsd(null)).toBe("n/a");
  });

  it("gives a column the decimals its smallest fraction needs (at least 3, at most 9)", () => {
    expect(columnDecimals([1.5, 0.0000165])).toBe(7);
    expect(columnDecimals([1.25, 3])).toBe(3);
    expect(columnDecimals([1, 2])).toBe(0);
    expect(columnDecimals([1e-12])).toBe(9);
  });

  it("aligns a column's decimal points and keeps small values readable", () => {
    const text = formatTable(
      ["model", "calls", "cost_usd"],
      [
        { model: "gpt-4o", calls: 12, cost_usd: 1.5 },
        { model: "gpt-4o-mini", calls: 3, cost_usd: 0.0000165 },
        { model: "free", calls: 1, cost_usd: 0 },
      ],
    );
    const lines = text.split("\n");
    expect(lines[2]).toMatch(/gpt-4o\s+12\s+1\.5000000$/);
    expect(lines[3]).toMatch(/gpt-4o-mini\s+3\s+0\.0000165$/);
    expect(lines[4]).toMatch(/free\s+1\s+0\.0000000$/);
    const points = lines.slice(2).map((l) => l.lastIndexOf("."));
    expect(new Set(points).size).toBe(1);
  });
});
