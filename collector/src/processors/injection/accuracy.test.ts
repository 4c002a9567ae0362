import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreInjection } from "./index";

/**
 * Accuracy at the default threshold 0.5 on the sets in collector/eval/: injection.jsonl (built by
 * generate.mjs, tuned on), injection-holdout.jsonl (a development set since its first measurement) and
 * injection-holdout2.jsonl and injection-holdout3.jsonl (generate-holdout2/3.mjs: each written blind
 * by another author and committed before the detector was tuned; holdout2 has since been tuned on). Targets from issue 4: F1 ≥ 0.90; false-positive rate ≤ 5%
 * on benign look-alikes. docs/enrichment-accuracy.md has the tables.
 */
interface Row {
  id: string;
  lang: string;
  kind: string;
  text: string;
  label: "attack" | "benign";
}

const load = (file: string) =>
  readFileSync(join(__dirname, "../../../eval", file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);

describe.each(["injection.jsonl", "injection-holdout.jsonl", "injection-holdout2.jsonl", "injection-holdout3.jsonl"])("injection detector accuracy on collector/eval/%s", (file) => {
  const rows = load(file);
  const results = rows.map((row) => ({ row, flagged: scoreInjection(row.text).flagged }));
  const tp = results.filter((r) => r.row.label === "attack" && r.flagged).length;
  const fn = results.filter((r) => r.row.label === "attack" && !r.flagged).length;
  const fp = results.filter((r) => r.row.label === "benign" && r.flagged).length;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const lookalikes = results.filter((r) => r.row.kind === "benign_lookalike");
  const lookalikeFpr = lookalikes.filter((r) => r.flagged).length / lookalikes.length;
  const benign = results.filter((r) => r.row.label === "benign");
  const fpr = benign.filter((r) => r.flagged).length / benign.length;

  it("prints the table by kind", () => {
    const kinds = [...new Set(rows.map((r) => r.kind))].sort();
    const lines = kinds.map((kind) => {
      const of = results.filter((r) => r.row.kind === kind);
      const flagged = of.filter((r) => r.flagged).length;
      return `| ${kind} | ${of[0]!.row.label} | ${of.length} | ${flagged} | ${(flagged / of.length).toFixed(3)} |`;
    });
    // Misses of a blind set stay unprinted: reading them would make it a development set.
    const misses = file === "injection-holdout3.jsonl" ? [] : results.filter((r) => (r.row.label === "attack") !== r.flagged).map((r) => `${r.row.id} ${r.row.label} ${r.row.kind} ${JSON.stringify(r.row.text.slice(0, 100))}`);
    console.log(
      [
        `texts ${rows.length}: TP ${tp} FP ${fp} FN ${fn} · precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} · FPR benign ${fpr.toFixed(3)} · FPR look-alikes ${lookalikeFpr.toFixed(3)}`,
        "| kind | label | texts | flagged | flagged rate |",
        "|---|---|---|---|---|",
        ...lines,
        ...misses,
      ].join("\n"),
    );
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  // injection-holdout.jsonl was a hold-out only until its first measurement (F1 0.889, look-alike FPR
  // 0.050); since then it is a development set: its misses were read and the compositional signals
  // were tuned with them in view. Its floors are regression guards at the figures reached after that
  // (F1 1.000, look-alike FPR 0.000) less a little slack, not evidence of generalisation.
  // injection-holdout2.jsonl was blind until its first measurement (F1 0.897, precision 0.994, recall
  // 0.817, look-alike FPR 0.008; 0.630 before the compositional signals); a second round was then tuned
  // on its misses (now 0.997), so it is a development set too. injection-holdout3.jsonl is the one
  // blind set left, never read: F1 0.876 after the first round, 0.886 (precision 0.974, recall 0.813,
  // look-alike FPR 0.038) after the second; 0.630 before both. Below the 0.90, so its floor is a
  // regression guard at the measured figure, not the target.
  const FLOORS: Record<string, { f1: number; fpr: number }> = {
    "injection.jsonl": { f1: 0.9, fpr: 0.05 },
    "injection-holdout.jsonl": { f1: 0.97, fpr: 0.02 },
    "injection-holdout2.jsonl": { f1: 0.97, fpr: 0.02 },
    "injection-holdout3.jsonl": { f1: 0.88, fpr: 0.05 },
  };
  const floor = FLOORS[file]!;
  it("meets the targets", () => {
    expect(f1).toBeGreaterThanOrEqual(floor.f1);
    expect(lookalikeFpr).toBeLessThanOrEqual(floor.fpr);
  });
});
