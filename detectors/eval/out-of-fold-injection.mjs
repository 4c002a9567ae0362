#!/usr/bin/env node
// detectors/eval/out-of-fold-injection.mjs
//
// Out-of-fold evidence for every development text: the texts are cut into K folds (each repository set
// whole in one fold, since one set is one author; public dev splits by a hash of the text), the lexical
// model is trained on the other folds, and each text of the fold is scored by it. Per text it writes the
// model's probability and what the rules found, as JSON lines: what fit-injection-combination.mjs learns
// how to combine the two from. A model scored on texts it learnt from is overconfident; these are not.
// The blind hold-outs and the public blind splits are never read. Needs `npm run build`.
//
// Usage: node detectors/eval/out-of-fold-injection.mjs --fold k [--folds 5] [--public DIR] [--weight NAME=W ...] --out FILE
//   --weight: how much each text of public set NAME counts in training (default: the shipped model's)

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_SETS_ENV, publicTrainingSets } from "./public-sets.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { trainLexicalModel, weightedPublicRows, LEXICAL_TRAIN_FILES } = require("../dist-training/lexical-train.js");
const { parseLexicalModel } = require("../dist/injection/model/lexical.js");
const { injectionEvidence } = require("../dist/internals.js");

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const folds = Number(arg("--folds", "5"));
const fold = Number(arg("--fold"));
const out = arg("--out");
const publicDir = arg("--public", process.env[PUBLIC_SETS_ENV]);
if (!Number.isInteger(fold) || fold < 0 || fold >= folds || !out || !publicDir) {
  console.error(`usage: out-of-fold-injection.mjs --fold k [--folds K] [--public DIR | ${PUBLIC_SETS_ENV}] --out FILE`);
  process.exit(2);
}

const load = (file) =>
  readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
const weights = process.argv.flatMap((a, i) => (a === "--weight" ? [process.argv[i + 1].split("=")] : []));
const training = weights.length > 0 ? { publicWeights: Object.fromEntries(weights.map(([name, w]) => [name, Number(w)])) } : {};
const hashFold = (text) => createHash("sha256").update(text).digest()[1] % folds;

const train = [];
const held = [];
LEXICAL_TRAIN_FILES.forEach((file, i) => {
  const rows = load(file).map((r) => ({ ...r, set: file }));
  (i % folds === fold ? held : train).push(...rows);
});
for (const set of publicTrainingSets(publicDir)) {
  const weighted = weightedPublicRows(set, training);
  weighted.forEach((r) => (hashFold(r.text) === fold ? held.push({ ...r, set: set.name, weight: undefined }) : train.push(r)));
}
const model = parseLexicalModel(JSON.stringify(trainLexicalModel(train, training)));
const lines = held.map((r) => JSON.stringify({ set: r.set, kind: r.kind ?? null, label: r.label, chars: r.text.length, ...injectionEvidence(r.text, model) }));
writeFileSync(out, lines.join("\n") + "\n");
console.log(`fold ${fold}/${folds}: trained on ${train.length}, scored ${held.length} → ${out}`);
