import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectPii, PII_TYPES, type PiiFinding, type PiiType } from "./index";

/**
 * Accuracy on the generated evaluation set (collector/eval/pii.jsonl, built by
 * collector/eval/generate.mjs), and on the hold-out set written after tuning. A finding is a true positive when a labelled value of the same type
 * overlaps it (each label counts once); exact-boundary agreement is reported separately.
 * Targets from issue 4: micro-F1 ≥ 0.95; CREDIT_CARD, SSN and IBAN precision ≥ 0.98.
 */
interface Row {
  id: string;
  lang: string;
  kind: string;
  text: string;
  pii: PiiFinding[];
}

const load = (file: string) =>
  readFileSync(join(__dirname, "../../../eval", file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);

type Counts = { tp: number; fp: number; fn: number; exact: number };

function evaluate(rows: readonly Row[]): { perType: Record<PiiType, Counts>; errors: string[] } {
  const perType = Object.fromEntries(PII_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, exact: 0 }])) as Record<PiiType, Counts>;
  const errors: string[] = [];
  for (const row of rows) {
    const found = detectPii(row.text);
    const matched = new Set<number>();
    for (const f of found) {
      const i = row.pii.findIndex((l, j) => !matched.has(j) && l.type === f.type && l.start < f.end && f.start < l.end);
      if (i === -1) {
        perType[f.type].fp++;
        errors.push(`${row.id} FP ${f.type} ${JSON.stringify(row.text.slice(f.start, f.end))}`);
        continue;
      }
      matched.add(i);
      perType[f.type].tp++;
      if (row.pii[i]!.start === f.start && row.pii[i]!.end === f.end) perType[f.type].exact++;
    }
    row.pii.forEach((l, j) => {
      if (matched.has(j)) return;
      perType[l.type].fn++;
      errors.push(`${row.id} FN ${l.type} ${JSON.stringify(row.text.slice(l.start, l.end))}`);
    });
  }
  return { perType, errors };
}

const prf = (c: Counts) => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

describe.each(["pii.jsonl", "pii-holdout.jsonl", "pii-formats.jsonl"])("PII detector accuracy on collector/eval/%s", (file) => {
  const rows = load(file);
  const { perType, errors } = evaluate(rows);
  const total = Object.values(perType).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, exact: a.exact + c.exact }), { tp: 0, fp: 0, fn: 0, exact: 0 });

  it("prints the per-type table", () => {
    const line = (name: string, c: Counts) => {
      const m = prf(c);
      return `| ${name} | ${c.tp + c.fn} | ${c.tp} | ${c.fp} | ${c.fn} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.f1.toFixed(3)} | ${c.tp === 0 ? "-" : (c.exact / c.tp).toFixed(3)} |`;
    };
    console.log(
      [`texts: ${rows.length}`, "| type | labelled | TP | FP | FN | precision | recall | F1 | exact bounds |", "|---|---|---|---|---|---|---|---|---|", ...PII_TYPES.map((t) => line(t, perType[t])), line("micro", total), ...errors].join("\n"),
    );
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it("meets the targets", () => {
    expect(prf(total).f1).toBeGreaterThanOrEqual(0.95);
    for (const t of ["CREDIT_CARD", "SSN", "IBAN"] as const) expect(prf(perType[t]).precision, t).toBeGreaterThanOrEqual(0.98);
  });
});
