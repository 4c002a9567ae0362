import { columnDecimals } from "./format-number";

/**
 * Rows as an aligned text table. Numbers are right-aligned; a column with fractions prints all its
 * numbers with the same decimals (at least 3, more when a small value needs them to show three
 * significant digits), so a non-zero value never reads as 0 and decimal points line up.
 */
export function formatTable(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return "(no rows)";
  const decimals = columns.map((c) => columnDecimals(rows.map((r) => r[c])));
  const cell = (v: unknown, i: number) =>
    typeof v === "number" && Number.isFinite(v) && decimals[i]! > 0 ? v.toFixed(decimals[i]) : v === null || v === undefined ? "" : String(v);
  const cells = rows.map((r) => columns.map((c, i) => cell(r[c], i)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const numeric = columns.map((c) => rows.every((r) => typeof r[c] === "number" || r[c] === null));
  const line = (values: string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line([...columns]), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
