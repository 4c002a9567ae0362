#!/usr/bin/env node
// detectors/eval/rule-stand-gains.mjs
//
// What letting one rule category stand over the lexical model from a lower weight would add, read from the
// out-of-fold evidence of out-of-fold-injection.mjs (the model never learnt the text it scores): for each
// category and level, the texts that the combination (score.ts) does not flag and that would then be
// flagged, as attacks and benign texts of the repository's sets and of each public dev split. How
// CATEGORY_STANDS (src/injection/tuning.ts) was chosen: a level is listed only where it adds no benign text.
//
// Usage: node detectors/eval/rule-stand-gains.mjs FILE...   (the out-of-fold JSON lines files)

import { isRepositorySet, readOutOfFold, shippedScore } from "./lib/out-of-fold.mjs";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: rule-stand-gains.mjs FILE... (written by out-of-fold-injection.mjs)");
  process.exit(2);
}
const rows = readOutOfFold(files);
/** The score of score.ts with only STRONG_RULES standing: the baseline the gains are counted against. */
const baseline = (r) => shippedScore(r);
const missed = rows.filter((r) => baseline(r) < 0.5);
const categories = [...new Set(rows.flatMap((r) => Object.keys(r.weights)))].sort();
console.log("| category | level | attacks added (repository / public) | benign added (repository / public) |");
console.log("|---|---|---|---|");
for (const category of categories) {
  for (const level of [0.4, 0.5, 0.6, 0.7]) {
    const added = missed.filter((r) => (r.weights[category] ?? 0) >= level && Math.max(r.rules, baseline(r)) >= 0.5);
    if (added.length === 0) continue;
    const count = (label, own) => added.filter((r) => r.label === label && isRepositorySet(r) === own).length;
    console.log(`| ${category} | ${level} | ${count("attack", true)} / ${count("attack", false)} | ${count("benign", true)} / ${count("benign", false)} |`);
  }
}
