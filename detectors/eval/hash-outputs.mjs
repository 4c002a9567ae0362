#!/usr/bin/env node
// detectors/eval/hash-outputs.mjs
//
// A SHA-256 of both detectors' outputs (injection score, flag, signals; PII findings) on every set in
// this folder, per set and overall. A refactoring that must not change behaviour keeps the hash.
//
// Usage (after `npm run build`): node detectors/eval/hash-outputs.mjs [INJECTION_MODULE PII_MODULE EVAL_DIR]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const [injMod = join(here, "../dist/injection/index.js"), piiMod = join(here, "../dist/pii/index.js"), dir = here] = process.argv.slice(2);
const { scoreInjection } = require(resolve(injMod));
const { detectPii } = require(resolve(piiMod));
const h = createHash("sha256");
let n = 0;
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()) {
  const fh = createHash("sha256");
  for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const { text } = JSON.parse(line);
    const r = scoreInjection(text);
    const p = detectPii(text);
    const s = JSON.stringify([r.score, r.flagged, r.signals, p]);
    fh.update(s);
    h.update(s);
    n++;
  }
  console.log(f, fh.digest("hex").slice(0, 16));
}
console.log("rows", n, "all", h.digest("hex"));
