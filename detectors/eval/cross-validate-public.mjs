#!/usr/bin/env node
// detectors/eval/cross-validate-public.mjs
//
// How the lexical model does on public text it has not learnt: the dev split of one public set
// (public-sets.mjs) is cut in two halves by hash; the model is trained on the repository's sets, the
// other public dev splits and one half, and the other half is scored (rules + that model). The dev
// figures of external-eval.mjs are in-sample, since the shipped model learnt every dev split; these are
// not. Never reads a blind split. Each fold is one training (about a minute on a quiet machine).
//
// Usage (after `npm run build`):
//   node detectors/eval/cross-validate-public.mjs [--public DIR] [--set deepset] [--folds 0,1] [--l2 X] [--steps N] [--min-count N]
//     [--weight NAME=W ...]  how much each text of public set NAME counts in training (default: the shipped model's
//                            publicWeights, training/lexical-train.ts)
//     [--sweep]      also P, R, F1 and FPR of the held-out half at other thresholds

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_SETS_ENV, publicTrainingSets } from "./public-sets.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { trainLexicalModel, weightedPublicRows, LEXICAL_TRAIN_FILES } = require("../dist-training/lexical-train.js");
const { parseLexicalModel } = require("../dist/injection/model/lexical.js");
const { scoreInjection } = require("../dist/injection/score.js");

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const publicDir = arg("--public", process.env[PUBLIC_SETS_ENV]);
if (!publicDir) {
  console.error(`cross-validate-public: give the public sets' directory (--public DIR or ${PUBLIC_SETS_ENV})`);
  process.exit(2);
}
const held = arg("--set", "deepset");
const folds = arg("--folds", "0,1").split(",").map(Number);
const sweep = process.argv.includes("--sweep");
const training = {};
for (const [flag, key] of [
  ["--l2", "l2"],
  ["--steps", "steps"],
  ["--min-count", "minCount"],
])
  if (process.argv.includes(flag)) training[key] = Number(arg(flag));
const weights = process.argv.flatMap((a, i) => (a === "--weight" ? [process.argv[i + 1].split("=")] : []));
if (weights.length > 0) training.publicWeights = Object.fromEntries(weights.map(([name, w]) => [name, Number(w)]));

const own = LEXICAL_TRAIN_FILES.flatMap((f) =>
  readFileSync(join(here, f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l)),
);
const sets = publicTrainingSets(publicDir);
const target = sets.find((s) => s.name === held);
if (!target) {
  console.error(`cross-validate-public: no public set ${held} (${sets.map((s) => s.name).join(", ")})`);
  process.exit(2);
}
const others = sets.filter((s) => s !== target).flatMap((s) => weightedPublicRows(s, training));
// A salt of its own, so that the halves are not the dev/blind cut of public-sets.mjs again.
const half = (text) =>
  createHash("sha256")
    .update("half:" + text)
    .digest()[0] % 2;

console.log(`| ${held} dev half | attacks | benign | TP | FP | P | R | F1 | FPR | training |`);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const fold of folds) {
  const learnt = weightedPublicRows({ name: target.name, rows: target.rows.filter((r) => half(r.text) !== fold) }, training);
  const model = parseLexicalModel(JSON.stringify(trainLexicalModel([...own, ...others, ...learnt], training)));
  const scored = target.rows.filter((r) => half(r.text) === fold).map((r) => ({ r, score: scoreInjection(r.text, { lexicalModel: model }).score }));
  const line = (t) => {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const { r, score } of scored) c[r.label === "attack" ? (score >= t ? "tp" : "fn") : score >= t ? "fp" : "tn"]++;
    const p = c.tp / (c.tp + c.fp),
      rc = c.tp / (c.tp + c.fn);
    const f = (n) => (Number.isFinite(n) ? n.toFixed(3) : "–");
    const setting = JSON.stringify({ ...training, ...(t === 0.5 ? {} : { threshold: t }) });
    return `| ${fold} | ${c.tp + c.fn} | ${c.fp + c.tn} | ${c.tp} | ${c.fp} | ${f(p)} | ${f(rc)} | ${f((2 * p * rc) / (p + rc))} | ${f(c.fp / (c.fp + c.tn))} | ${setting} |`;
  };
  console.log(line(0.5));
  if (sweep) for (const t of [0.3, 0.35, 0.4, 0.45, 0.55, 0.6]) console.log(line(t));
}
