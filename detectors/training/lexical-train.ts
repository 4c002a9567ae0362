import { createHash } from "node:crypto";
import { normalizeForInjection } from "@llmscope/detectors";
import { lexicalFeatures, lexicalUnitFeatures, ruleFeaturesOf } from "@llmscope/detectors/internals";

/**
 * Offline training of the lexical model (src/injection/model/lexical.ts), used by eval/train-injection-model.mjs
 * and by the test that checks the shipped model is what its training sets give. Logistic regression on
 * feature counts with an L2 penalty, by full-batch gradient descent for a fixed number of steps: no
 * randomness, so the same texts give the same weights.
 */
export interface LexicalTrainingOptions {
  /** L2 penalty per step. */
  l2: number;
  steps: number;
  /** Gradient step size. */
  rate: number;
  /** Features seen in fewer texts are left out: one author's one-off words teach nothing. */
  minCount: number;
  /** Weights smaller than this are dropped from the file. */
  keep: number;
  /**
   * How much each text of a public set counts (default 1). deepset's short goal hijacks and questions are
   * a few hundred texts among ~12,000, mostly long or written by the project's authors: counted once, the
   * model learnt their topics more than their form (cross-validated recall 0.48–0.56; counted 4 times, see
   * docs/enrichment-accuracy.md).
   */
  publicWeights: Readonly<Record<string, number>>;
}

export const LEXICAL_TRAINING_DEFAULTS: LexicalTrainingOptions = { l2: 0.0002, steps: 2500, rate: 1, minCount: 2, keep: 0.02, publicWeights: { deepset: 4 } };

/** A public set's rows with the weight the training options give that set. */
export function weightedPublicRows(set: PublicTrainingSet, options: Partial<LexicalTrainingOptions> = {}): LabelledText[] {
  const weight = (options.publicWeights ?? LEXICAL_TRAINING_DEFAULTS.publicWeights)[set.name];
  return weight === undefined || weight === 1 ? [...set.rows] : set.rows.map((r) => ({ ...r, weight }));
}

export interface LabelledText {
  text: string;
  label: "attack" | "benign";
  /** How much the text counts in training (default 1): a small set unlike the rest can be made to count more. */
  weight?: number;
}

/** Weights rounded to 3 decimals, features in sorted order: the file is stable under re-training. */
export function trainLexicalModel(
  rows: readonly LabelledText[],
  options: Partial<LexicalTrainingOptions> = {},
): { bias: number; weights: Record<string, number> } {
  const { l2, steps, rate, minCount, keep } = { ...LEXICAL_TRAINING_DEFAULTS, ...options };
  // The rules' findings are features too ("r:"): the model learns how far to trust each of them. A
  // feature counts once per text (presence), as in scoring. A long benign text is learnt window by
  // window, as it is scored (its highest window decides), each window with the whole text's rule
  // findings; a long attack whole, since which of its windows carries the attack is not known.
  const docs: string[][] = [];
  const y: number[] = [];
  const rowWeight: number[] = [];
  for (const r of rows) {
    const normalized = normalizeForInjection(r.text);
    const rules = ruleFeaturesOf(r.text).map((f) => "r:" + f);
    const units = r.label === "benign" ? lexicalUnitFeatures(normalized) : [lexicalFeatures(normalized)];
    for (const unit of units) {
      docs.push([...new Set([...unit, ...rules])]);
      y.push(r.label === "attack" ? 1 : 0);
      rowWeight.push(r.weight ?? 1);
    }
  }
  // In how many texts (or windows) each feature occurs.
  const count = new Map<string, number>();
  for (const d of docs) for (const f of d) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => count.get(f)! >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i] as const));
  const x = docs.map((d) => Int32Array.from(d.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  let bias = 0;
  const n = docs.length;
  // Each class weighs half of the total, whatever the mix of sets: long benign texts learnt window by
  // window must not pull the model's prior towards "benign", and the cut (score.ts) stays calibrated.
  const total = rowWeight.reduce((a, b) => a + b, 0);
  const attacks = rowWeight.reduce((a, b, i) => a + b * y[i]!, 0);
  const classWeight = [total / (2 * Math.max(1, total - attacks)), total / (2 * Math.max(1, attacks))];
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const j of x[i]!) z += w[j]!;
      const err = (1 / (1 + Math.exp(-z)) - y[i]!) * classWeight[y[i]!]! * rowWeight[i]!;
      gradBias += err;
      for (const j of x[i]!) grad[j]! += err;
    }
    bias -= (rate * gradBias) / total;
    for (let j = 0; j < w.length; j++) w[j] = w[j]! - rate * (grad[j]! / total + l2 * w[j]!);
  }
  const weights: Record<string, number> = {};
  for (let j = 0; j < names.length; j++) if (Math.abs(w[j]!) >= keep) weights[names[j]!] = Math.round(w[j]! * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** The development sets in eval/ the shipped model is trained on (never a blind hold-out). */
export const LEXICAL_TRAIN_FILES = [
  "injection.jsonl",
  "injection-holdout.jsonl",
  "injection-holdout2.jsonl",
  "injection-holdout3.jsonl",
  "injection-train-a.jsonl",
  "injection-train-b.jsonl",
  "injection-train-c.jsonl",
  "injection-train-d.jsonl",
  "injection-train-e.jsonl",
  "injection-train-f.jsonl",
  "injection-train-g.jsonl",
  "injection-train-h.jsonl",
  "injection-train-i.jsonl",
  "injection-train-j.jsonl",
  "injection-train-k.jsonl",
  "injection-train-l.jsonl",
  "injection-long-benign-train.jsonl",
] as const;

/** A public set's dev split (eval/public-sets.mjs), read from a local directory. */
export interface PublicTrainingSet {
  name: string;
  rows: readonly LabelledText[];
}

/** The SHA-256 of a public set's rows as trained on (its texts are not in the repository; this names them). */
export function publicSetHash(rows: readonly LabelledText[]): string {
  return createHash("sha256")
    .update(JSON.stringify(rows.map((r) => [r.label, r.text])))
    .digest("hex");
}

/**
 * The text of models/injection-lexical.json for these sets' contents (JSON lines, in the
 * order of LEXICAL_TRAIN_FILES) and the dev splits of the public sets: the model with the SHA-256 of
 * each set it was trained on, one weight per line so that a re-training shows up in a diff.
 */
export function lexicalModelFile(
  contents: readonly string[],
  options: Partial<LexicalTrainingOptions> = {},
  publicSets: readonly PublicTrainingSet[] = [],
): string {
  const rows: LabelledText[] = [];
  const trainedOn = contents.map((content, i) => {
    const set = content
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as LabelledText);
    rows.push(...set);
    return { file: LEXICAL_TRAIN_FILES[i], texts: set.length, sha256: createHash("sha256").update(content).digest("hex") };
  });
  const publicOn = publicSets.map((set) => {
    rows.push(...weightedPublicRows(set, options));
    return { set: set.name, split: "dev", texts: set.rows.length, sha256: publicSetHash(set.rows) };
  });
  const settings = { ...LEXICAL_TRAINING_DEFAULTS, ...options };
  const { bias, weights } = trainLexicalModel(rows, settings);
  const lines = Object.entries(weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${w}`);
  return [
    "{",
    `  "about": "Lexical model of the injection detector (detectors/src/injection/model/lexical.ts). Generated by detectors/eval/train-injection-model.mjs; do not edit.",`,
    `  "trainedOn": ${JSON.stringify(trainedOn)},`,
    `  "publicSets": ${JSON.stringify(publicOn)},`,
    `  "options": ${JSON.stringify(settings)},`,
    `  "bias": ${bias},`,
    `  "weights": {`,
    lines.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}
