#!/usr/bin/env node
// detectors/eval/train-injection-model.mjs
//
// Trains the injection detector's lexical model (detectors/src/injection/model/lexical.ts) on the
// development sets in LEXICAL_TRAIN_FILES and the dev splits of the public sets (public-sets.mjs), and
// writes detectors/models/injection-lexical.json. The training code is the package's own
// (training/lexical-train.ts, built into dist-training/: run `npm run build` first), so training and scoring share one
// normalisation and one feature list. Deterministic: the same sets give the same model, byte for byte;
// a test checks that the shipped model is what these sets give.
//
// The public sets are not in the repository: give their directory with --public DIR (or the
// LLMSCOPE_PUBLIC_SETS environment variable); docs/enrichment-accuracy.md says where to get them.
// --repo-only trains on the repository's sets alone (a model that anyone can rebuild from a checkout,
// weaker on long real-world prompts). The blind hold-outs and the public blind splits are never read.
//
// Usage: node detectors/eval/train-injection-model.mjs (--public DIR | --repo-only) [--out FILE]

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_SETS_ENV, publicTrainingSets } from "./public-sets.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { lexicalModelFile, LEXICAL_TRAIN_FILES, LEXICAL_TRAINING_DEFAULTS } = require("../dist-training/lexical-train.js");

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const out = arg("--out") ?? join(here, "../models/injection-lexical.json");
const publicDir = arg("--public") ?? process.env[PUBLIC_SETS_ENV];
const repoOnly = process.argv.includes("--repo-only");
if (!repoOnly && !publicDir) {
  console.error(`train-injection-model: give the public sets' directory (--public DIR or ${PUBLIC_SETS_ENV}), or --repo-only`);
  process.exit(2);
}
const sets = LEXICAL_TRAIN_FILES.map((file) => readFileSync(join(here, file), "utf8"));
const publicSets = repoOnly ? [] : publicTrainingSets(publicDir);
const model = lexicalModelFile(sets, {}, publicSets);
writeFileSync(out, model);
console.log(
  `${relative(process.cwd(), out)}: ${Object.keys(JSON.parse(model).weights).length} weights, options ${JSON.stringify(LEXICAL_TRAINING_DEFAULTS)}, public sets: ${publicSets.map((s) => `${s.name} ${s.rows.length}`).join(", ") || "none"}`,
);
