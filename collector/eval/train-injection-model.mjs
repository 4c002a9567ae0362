#!/usr/bin/env node
// collector/eval/train-injection-model.mjs
//
// Trains the injection detector's lexical model (collector/src/processors/injection/lexical.ts) on the
// development sets in TRAIN_FILES and writes collector/models/injection-lexical.json. The training
// code is the collector's own (lexical-train.ts, from dist/: run `npm run build` first), so training
// and scoring share one normalisation and one feature list. Deterministic: the same files give the
// same model, byte for byte; a test checks that the shipped model is what these files give.
//
// The blind hold-out (injection-holdout4.jsonl) is never read here.
//
// Usage: node collector/eval/train-injection-model.mjs [--out FILE]

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { lexicalModelFile, LEXICAL_TRAIN_FILES, LEXICAL_TRAINING_DEFAULTS } = require('../dist/processors/injection/lexical-train.js');


const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : join(here, '../models/injection-lexical.json');
const sets = LEXICAL_TRAIN_FILES.map((file) => readFileSync(join(here, file), 'utf8'));
const model = lexicalModelFile(sets);
writeFileSync(out, model);
console.log(`${relative(process.cwd(), out)}: ${Object.keys(JSON.parse(model).weights).length} weights, options ${JSON.stringify(LEXICAL_TRAINING_DEFAULTS)}`);
