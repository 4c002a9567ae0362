import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreInjection } from "./index";
import { LEXICAL_TRAIN_FILES } from "../../training/lexical-train";

/**
 * Accuracy at the default threshold 0.5 on the sets in detectors/eval/. Targets: F1 ≥ 0.90;
 * false-positive rate ≤ 5% on benign look-alikes. docs/enrichment-accuracy.md has the tables.
 *
 * - Development sets (LEXICAL_TRAIN_FILES): the lexical model is trained on all of them, and the rules
 *   were tuned by hand on injection.jsonl and the first two hold-outs, so their figures are in-sample:
 *   their floors are regression guards, not evidence. How the detector does on an author it has not
 *   seen is measured by leaving one set out of training at a time (detectors/eval/cross-validate-injection.mjs,
 *   minutes, so not here).
 * - injection-holdout4.jsonl: written blind by another author and committed before the lexical model
 *   was built; never tuned on, its misses never printed. Measured once, with the first detector that had
 *   the lexical model: precision 0.968, recall 0.929, F1 0.948, look-alike FPR 0.056 (7 of 124): F1 meets the
 *   target, the look-alike rate misses 5% by one text. Its floor is that measurement.
 * - injection-holdout5.jsonl: the same protocol, written after holdout4's measurement and measured once
 *   with the same detector (only an evaluation option was added): precision 0.972, recall
 *   0.928, F1 0.949, look-alike FPR 0.035 (8 of 227). Both blind sets together: F1 0.949, look-alike
 *   FPR 0.043 (15 of 351).
 * - Both measured once more after the model was re-learnt with the public sets' dev splits, presence
 *   features, windows for texts over 600 characters, class-balanced training and a cut of 0.73:
 *   holdout4 precision 0.967, recall 0.903, F1 0.934, look-alike FPR 0.056 (7 of 124); holdout5
 *   precision 0.976, recall 0.921, F1 0.948, look-alike FPR 0.031 (7 of 227); together F1 0.942,
 *   look-alike FPR 0.040 (14 of 351). The floors are these measurements.
 * - After the rules for override wordings without an object, interruptions and German hijacks were added
 *   and the model re-learnt with them, the same figures to the third decimal on both blind sets.
 * - After the rules for task swaps ("Forget that. Now write …"), Russian overrides and Morse code, the
 *   spaced-out feature, rule matches standing from 0.75 and the model re-learnt: holdout4 precision
 *   0.967, recall 0.898, F1 0.931 (one attack fewer), look-alike FPR 0.056; holdout5 unchanged (F1
 *   0.948, 0.031); together F1 0.941, look-alike FPR 0.040. The floors stay: 0.93 and 0.94.
 * - After deepset's dev split was made to count four times in training (chosen on cross-validated halves
 *   of that split, where recall rose from 0.52 to 0.61): holdout4 precision 0.966, recall 0.889, F1 0.926
 *   (two attacks fewer), look-alike FPR 0.056; holdout5 precision 0.976, recall 0.918, F1 0.946 (one
 *   fewer), 0.031; together F1 0.938, look-alike FPR 0.040. holdout4's floor follows: 0.92.
 */
interface Row {
  id: string;
  lang: string;
  kind: string;
  text: string;
  label: "attack" | "benign";
}

const BLIND = ["injection-holdout4.jsonl", "injection-holdout5.jsonl"];

const load = (file: string) =>
  readFileSync(join(__dirname, "../../eval", file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);

/**
 * Development sets: in-sample regression guards (the model is trained on them), each at its measured
 * F1 minus 0.02 and look-alike FPR plus 0.02, so a regression on one author's set fails even when the
 * others hide it. The blind sets: their last measurement.
 */
const FLOORS: Record<string, { f1: number; fpr: number }> = {
  "injection.jsonl": { f1: 0.98, fpr: 0.02 },
  "injection-holdout.jsonl": { f1: 0.98, fpr: 0.02 },
  "injection-holdout2.jsonl": { f1: 0.98, fpr: 0.02 },
  "injection-holdout3.jsonl": { f1: 0.972, fpr: 0.049 },
  "injection-train-a.jsonl": { f1: 0.965, fpr: 0.02 },
  "injection-train-b.jsonl": { f1: 0.962, fpr: 0.06 },
  "injection-train-c.jsonl": { f1: 0.939, fpr: 0.084 },
  "injection-train-d.jsonl": { f1: 0.961, fpr: 0.025 },
  "injection-train-e.jsonl": { f1: 0.962, fpr: 0.045 },
  "injection-train-f.jsonl": { f1: 0.958, fpr: 0.033 },
  "injection-train-g.jsonl": { f1: 0.937, fpr: 0.046 },
  "injection-train-h.jsonl": { f1: 0.958, fpr: 0.038 },
  "injection-train-i.jsonl": { f1: 0.961, fpr: 0.02 },
  "injection-train-j.jsonl": { f1: 0.928, fpr: 0.056 },
  "injection-train-k.jsonl": { f1: 0.923, fpr: 0.07 },
  "injection-train-l.jsonl": { f1: 0.919, fpr: 0.065 },
  "injection-holdout4.jsonl": { f1: 0.92, fpr: 0.06 },
  "injection-holdout5.jsonl": { f1: 0.94, fpr: 0.04 },
};

/** The detector's results on some rows, and the figures the targets are about. */
function measure(rows: Row[]) {
  const results = rows.map((row) => ({ row, flagged: scoreInjection(row.text).flagged }));
  const tp = results.filter((r) => r.row.label === "attack" && r.flagged).length;
  const fn = results.filter((r) => r.row.label === "attack" && !r.flagged).length;
  const fp = results.filter((r) => r.row.label === "benign" && r.flagged).length;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const lookalikes = results.filter((r) => r.row.kind === "benign_lookalike");
  const benign = results.filter((r) => r.row.label === "benign");
  return {
    results,
    tp,
    fn,
    fp,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    lookalikeFpr: lookalikes.filter((r) => r.flagged).length / lookalikes.length,
    fpr: benign.filter((r) => r.flagged).length / benign.length,
  };
}

/**
 * Sets of long benign prompts only (detectors/eval/generate-long-benign.mjs): role-play set-ups, fiction,
 * runbooks, system-prompt-like briefs, build requests, "act as a tool" prompts, pasted texts. The train
 * half is in LEXICAL_TRAIN_FILES; the dev half is never trained on. Their figure is the rate flagged.
 */
const BENIGN_ONLY: Record<string, number> = { "injection-long-benign-train.jsonl": 0.02, "injection-long-benign-dev.jsonl": 0.05 };

describe.each(Object.keys(BENIGN_ONLY))("injection detector on the long benign prompts of detectors/eval/%s", (file) => {
  it(`flags at most ${BENIGN_ONLY[file]! * 100}% of them`, () => {
    const rows = load(file);
    const flagged = rows.filter((row) => scoreInjection(row.text).flagged);
    console.log(
      `${file}: ${flagged.length} of ${rows.length} flagged (${(flagged.length / rows.length).toFixed(3)}); 600+ characters: ${flagged.filter((r) => r.text.length >= 600).length} of ${rows.filter((r) => r.text.length >= 600).length}`,
    );
    expect(rows.every((r) => r.label === "benign")).toBe(true);
    expect(flagged.length / rows.length).toBeLessThanOrEqual(BENIGN_ONLY[file]!);
  });
});

describe.each([...LEXICAL_TRAIN_FILES.filter((f) => !(f in BENIGN_ONLY)), ...BLIND])("injection detector accuracy on detectors/eval/%s", (file) => {
  const rows = load(file);
  const { results, tp, fn, fp, precision, recall, f1, lookalikeFpr, fpr } = measure(rows);

  it("prints the table by kind", () => {
    const kinds = [...new Set(rows.map((r) => r.kind))].sort();
    const lines = kinds.map((kind) => {
      const of = results.filter((r) => r.row.kind === kind);
      const flagged = of.filter((r) => r.flagged).length;
      return `| ${kind} | ${of[0]!.row.label} | ${of.length} | ${flagged} | ${(flagged / of.length).toFixed(3)} |`;
    });
    // Misses of the blind set stay unprinted: reading them would make it a development set.
    const misses = BLIND.includes(file)
      ? []
      : results
          .filter((r) => (r.row.label === "attack") !== r.flagged)
          .map((r) => `${r.row.id} ${r.row.label} ${r.row.kind} ${JSON.stringify(r.row.text.slice(0, 100))}`);
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

  const floor = FLOORS[file]!;
  it("meets its floor", () => {
    expect(f1).toBeGreaterThanOrEqual(floor.f1);
    expect(lookalikeFpr).toBeLessThanOrEqual(floor.fpr);
  });
});

/**
 * Texts a blind set shares with the training sets, word for word. Authors writing independently
 * produced some of the same short texts (27 ordinary questions and look-alikes under 90 characters,
 * one 108-character attack paraphrase); none was copied from a blind set. Any further overlap fails.
 */
const KNOWN_SHARED: Record<string, number> = { "injection-holdout4.jsonl": 10, "injection-holdout5.jsonl": 18 };

describe("the blind sets stay apart from what is trained on", () => {
  it("no blind text appears in a training set beyond the known independent duplicates", () => {
    const trained = new Set(LEXICAL_TRAIN_FILES.flatMap((file) => load(file).map((row) => row.text.trim().toLowerCase())));
    for (const file of BLIND) {
      const shared = load(file).filter((row) => trained.has(row.text.trim().toLowerCase()));
      expect(shared.length, `${file}: texts also in a training set`).toBeLessThanOrEqual(KNOWN_SHARED[file]!);
    }
  });
});

describe("the blind sets together, against the targets", () => {
  it("F1 ≥ 0.90 and look-alike false-positive rate ≤ 5% (measured: 0.938 and 0.040)", () => {
    const { f1, lookalikeFpr } = measure(BLIND.flatMap(load));
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(lookalikeFpr).toBeLessThanOrEqual(0.05);
  });
});
