#!/usr/bin/env node
// detectors/eval/combination-variants.mjs
//
// Ways of combining the rules and the lexical model, compared on out-of-fold evidence
// (out-of-fold-injection.mjs: the model never learnt the text it scores): the shipped combination at
// several model cuts, with CATEGORY_STANDS, and a fitted combiner — a logistic regression over the
// model's logit, the rules' score, each category's weight, the discussion flag, a 600+ characters flag
// and its product with the model's logit, itself fitted on four fifths of the rows and applied to the
// rest — with one threshold, or a second one for texts of 600+ characters. Thresholds of the fitted
// combiner are set to flag no more look-alikes (and long awesome prompts) than the shipped combination.
// Prints, per variant, the figures on the repository's sets never tuned on by hand, and on each public dev split.
//
// Usage: node detectors/eval/combination-variants.mjs FILE...   (the out-of-fold JSON lines files)

import { createRequire } from "node:module";
import { isRepositorySet, readOutOfFold, shippedScore } from "./lib/out-of-fold.mjs";

const require = createRequire(import.meta.url);
const { CATEGORY_STANDS, STRONG_RULES } = require("../dist/injection/tuning.js");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: combination-variants.mjs FILE... (written by out-of-fold-injection.mjs)");
  process.exit(2);
}
const rows = readOutOfFold(files);
const TUNED_BY_HAND = new Set(["injection.jsonl", "injection-holdout.jsonl", "injection-holdout2.jsonl"]);
const untuned = rows.filter((r) => isRepositorySet(r) && !r.set.includes("long-benign") && !TUNED_BY_HAND.has(r.set));
const lookalikes = untuned.filter((r) => r.kind === "benign_lookalike");
const ofSet = (name) => rows.filter((r) => r.set === name);
const longAwesome = ofSet("awesome-prompts").filter((r) => r.chars >= 600);
const rate = (rs, score) => rs.filter((r) => score(r) >= 0.5).length / rs.length;

function line(name, score) {
  const count = (rs) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const r of rs) {
      const flagged = score(r) >= 0.5;
      if (r.label === "attack" && flagged) tp++;
      else if (r.label === "attack") fn++;
      else if (flagged) fp++;
    }
    const p = tp / (tp + fp),
      rc = tp / (tp + fn);
    return { p, r: rc, f1: (2 * p * rc) / (p + rc) };
  };
  const own = count(untuned);
  const deepset = count(ofSet("deepset"));
  const f = (x) => x.toFixed(3);
  console.log(
    `| ${name} | ${f(own.p)} / ${f(own.r)} / ${f(own.f1)} | ${f(rate(lookalikes, score))} | ${f(deepset.r)} / ${f(deepset.f1)} | ${f(rate(ofSet("jailbreakhub"), score))} | ${f(rate(ofSet("awesome-prompts"), score))} (${f(rate(longAwesome, score))}) |`,
  );
}

const CATEGORIES = [...new Set(rows.flatMap((r) => Object.keys(r.weights)))].sort();
const logit = (p) => Math.log(Math.min(1 - 1e-4, Math.max(1e-4, p)) / (1 - Math.min(1 - 1e-4, Math.max(1e-4, p))));
function features(r) {
  const z = logit(r.p);
  const long = r.chars >= 600 ? 1 : 0;
  return [z, r.rules, r.discussed ? 1 : 0, ...CATEGORIES.map((c) => r.weights[c] ?? 0), long, long * z];
}
/** Class-balanced logistic regression, full-batch gradient descent from zero: deterministic. */
function fit(train, l2 = 1e-3, steps = 3000, rate = 0.5) {
  const x = train.map(features);
  const y = train.map((r) => (r.label === "attack" ? 1 : 0));
  const attacks = y.reduce((a, b) => a + b, 0);
  const classWeight = [train.length / (2 * (train.length - attacks)), train.length / (2 * attacks)];
  const beta = new Float64Array(x[0].length);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(beta.length);
    let gradBias = 0;
    x.forEach((xi, i) => {
      const z = xi.reduce((s, v, j) => s + beta[j] * v, bias);
      const err = (1 / (1 + Math.exp(-z)) - y[i]) * classWeight[y[i]];
      gradBias += err;
      xi.forEach((v, j) => (grad[j] += err * v));
    });
    bias -= (rate * gradBias) / x.length;
    beta.forEach((b, j) => (beta[j] = b - rate * (grad[j] / x.length + l2 * b)));
  }
  return (r, shift) => 1 / (1 + Math.exp(-features(r).reduce((s, v, j) => s + beta[j] * v, bias + shift)));
}
// Each row scored by a combiner fitted without its fifth (a repository set whole; public rows by position).
const fifth = new Map(rows.map((r, i) => [r, isRepositorySet(r) ? [...r.set].reduce((s, c) => s + c.charCodeAt(0), 0) % 5 : i % 5]));
const combiners = [0, 1, 2, 3, 4].map((k) => fit(rows.filter((r) => fifth.get(r) !== k)));
const fitted = (r, shift) => combiners[fifth.get(r)](r, shift);
/** The highest shift (steps of 0.02) at which the rows flagged stay at or under a rate. */
const shiftFor = (rs, target, score) => {
  let best = -4;
  for (let s = -4; s <= 4; s += 0.02) if (rate(rs, (r) => score(r, s)) <= target) best = s;
  return best;
};

const withStands = (r) => {
  const stands = r.rules >= STRONG_RULES || Object.entries(r.weights).some(([c, w]) => w >= (CATEGORY_STANDS[c] ?? Infinity));
  const model = shippedScore({ ...r, rules: 0 });
  return stands ? Math.max(r.rules, model) : model;
};
console.log("| combination | own sets never tuned on: P / R / F1 | look-alike FPR | deepset dev R / F1 | JailbreakHub dev R | awesome dev FPR (600+) |");
console.log("|---|---|---|---|---|---|");
for (const cut of [0.65, 0.7, 0.73, 0.8]) line(`model cut ${cut}, rules standing from ${STRONG_RULES}`, (r) => shippedScore(r, cut));
line("the same at 0.73, with CATEGORY_STANDS (shipped)", withStands);
const shipped = (r) => shippedScore(r);
const one = shiftFor(lookalikes, rate(lookalikes, shipped), fitted);
line("fitted combiner, one threshold", (r) => fitted(r, one));
const long = shiftFor(longAwesome, rate(longAwesome, shipped), fitted);
line("fitted combiner, own threshold for 600+ characters", (r) => fitted(r, r.chars >= 600 ? long : one));
