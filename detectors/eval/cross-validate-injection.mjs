#!/usr/bin/env node
// detectors/eval/cross-validate-injection.mjs
//
// How well the injection detector does on an author it has not seen: each development set is held out
// in turn, the lexical model is trained on the others, and the held-out set is scored with the rules
// alone and with the model. The rules were tuned by hand on injection.jsonl and the first two
// hold-outs, so those rows flatter the rules; the other sets were never tuned on by hand.
// Trains on the repository's sets only (not the public sets of public-sets.mjs), so it estimates the
// repository-only model. Needs `npm run build`; takes a few minutes (one training per set). The blind
// hold-outs are never read.
//
// Usage: node detectors/eval/cross-validate-injection.mjs [--sets a.jsonl,b.jsonl] [--l2 X] [--steps N] [--cut P]

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { trainLexicalModel, LEXICAL_TRAIN_FILES } = require("../dist-training/lexical-train.js");
const { parseLexicalModel } = require("../dist/injection/model/lexical.js");
const { scoreInjection } = require("../dist/injection/score.js");

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const files = arg("--sets", LEXICAL_TRAIN_FILES.join(",")).split(",");
const cut = process.argv.includes("--cut") ? Number(arg("--cut")) : undefined;
const training = Object.fromEntries(["l2", "steps"].filter((k) => process.argv.includes(`--${k}`)).map((k) => [k, Number(arg(`--${k}`))]));
const load = (file) =>
  readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
const sets = Object.fromEntries(LEXICAL_TRAIN_FILES.map((f) => [f, load(f)]));

function measure(rows, options) {
  let tp = 0,
    fp = 0,
    fn = 0,
    lookalikes = 0,
    lookalikesFlagged = 0;
  for (const row of rows) {
    const flagged = scoreInjection(row.text, options).flagged;
    const attack = row.label === "attack";
    if (attack && flagged) tp++;
    else if (attack) fn++;
    else if (flagged) fp++;
    if (row.kind === "benign_lookalike") {
      lookalikes++;
      if (flagged) lookalikesFlagged++;
    }
  }
  const p = tp / (tp + fp),
    r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r), fpr: lookalikesFlagged / lookalikes };
}

const fmt = (m) => `${m.p.toFixed(3)} | ${m.r.toFixed(3)} | ${m.f1.toFixed(3)} | ${m.fpr.toFixed(3)}`;
console.log("| held out | texts | scored with | P | R | F1 | look-alike FPR |");
console.log("|---|---|---|---|---|---|---|");
const totals = new Map();
for (const held of files) {
  const rows = sets[held] ?? load(held);
  const others = LEXICAL_TRAIN_FILES.filter((f) => f !== held).flatMap((f) => sets[f]);
  const model = parseLexicalModel(JSON.stringify(trainLexicalModel(others, training)));
  for (const [name, options] of [
    ["rules only", { lexicalModel: null }],
    ["rules + model", { lexicalModel: model, lexicalCut: cut }],
  ]) {
    const m = measure(rows, options);
    console.log(`| ${held} | ${rows.length} | ${name} | ${fmt(m)} |`);
    const t = totals.get(name) ?? { f1: 0, fpr: 0, worst: 0, n: 0 };
    totals.set(name, { f1: t.f1 + m.f1, fpr: t.fpr + m.fpr, worst: Math.max(t.worst, m.fpr), n: t.n + 1 });
  }
}
for (const [name, t] of totals)
  console.log(`${name}: mean F1 ${(t.f1 / t.n).toFixed(3)}, look-alike FPR mean ${(t.fpr / t.n).toFixed(3)}, worst ${t.worst.toFixed(3)}`);
