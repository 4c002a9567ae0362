#!/usr/bin/env node
// detectors/eval/external-pii-eval.mjs
//
// Measures the PII detector on public span-labelled sets written outside this project. Their texts are
// never committed: each set is read from a local directory (where to get them, at which commit, under
// which licence: docs/enrichment-accuracy.md, "PII — public sets").
//
// Directory layout (microsoft/presidio-research, MIT; both are lists of
// {"full_text", "spans": [{"entity_type", "start_position", "end_position"}]}):
//
//   synth_dataset_v2.json   data/synth_dataset_v2.json
//   generated_large.json    tests/data/generated_large.json
//
// Each text goes to the dev split (looked at and tuned on) or the blind split (measured once, never
// printed) by the first byte of the SHA-256 of its text (public-sets.mjs), so the split depends neither
// on row order nor on which file a text came from.
//
// Scoring is exact-span micro P/R/F1 per type: a finding counts only when its type, start and end equal a
// labelled span's. Only the types the detector claims are scored (IN_SCOPE); the others (names,
// addresses, places, organisations, dates, titles, ages, nationalities, zip codes, domain names, US
// driver's licences) are out of scope: `detectPii` does not claim them, and a pattern detector cannot
// find names or addresses without a language model. A finding inside an out-of-scope span is still a
// false positive (a phone number reported inside a street address is a wrong redaction); the table
// says how many false positives lie inside such spans.
//
// Usage (after `npm run build`):
//   node detectors/eval/external-pii-eval.mjs --split dev|blind [--dir DIR] [--show N]
//
//   --dir DIR   the directory above; default the LLMSCOPE_PUBLIC_PII environment variable
//   --show N    print up to N misses and N false positives per type with their text (dev split only)

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { hashSplit } from "./public-sets.mjs";

const require = createRequire(import.meta.url);
const { detectPii, PII_TYPES } = require("../dist/pii/index.js");

export const PUBLIC_PII_ENV = "LLMSCOPE_PUBLIC_PII";
const FILES = ["synth_dataset_v2.json", "generated_large.json"];

/** The set's labels mapped onto the detector's types; every other label is out of scope. */
const IN_SCOPE = {
  EMAIL_ADDRESS: "EMAIL",
  PHONE_NUMBER: "PHONE",
  US_SSN: "SSN",
  CREDIT_CARD: "CREDIT_CARD",
  IBAN_CODE: "IBAN",
  IP_ADDRESS: "IP_ADDRESS",
};

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const split = option("--split");
if (split !== "dev" && split !== "blind") fail("--split dev|blind is required");
const show = Number(option("--show") ?? 0);
if (show > 0 && split === "blind") fail("--show prints texts: only for the dev split (a blind split is never looked at)");
const dir = option("--dir") ?? process.env[PUBLIC_PII_ENV];
if (dir === undefined) fail(`no set given (--dir DIR or ${PUBLIC_PII_ENV})`);

function fail(message) {
  console.error(`external-pii-eval: ${message}`);
  process.exit(2);
}

/** Rows of the chosen split, one per distinct text: { text, gold: [{type, start, end}], outOfScope: [{label, start, end}] }. */
function readSplit() {
  const seen = new Set();
  const rows = [];
  for (const file of FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) fail(`no ${path}`);
    let records;
    try {
      records = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      fail(`${path}: not JSON (${error.message})`);
    }
    if (!Array.isArray(records)) fail(`${path}: expected a JSON array of records`);
    for (const [i, r] of records.entries()) {
      if (typeof r?.full_text !== "string" || !Array.isArray(r.spans)) fail(`${path}: record ${i} has no full_text or spans`);
      // The two files share a few texts; each counts once.
      if (seen.has(r.full_text) || hashSplit(r.full_text) !== split) continue;
      seen.add(r.full_text);
      const gold = [];
      const outOfScope = [];
      for (const s of r.spans) {
        const span = { start: s.start_position, end: s.end_position };
        const type = IN_SCOPE[s.entity_type];
        if (type === undefined) outOfScope.push({ label: s.entity_type, ...span });
        else gold.push({ type, ...span });
      }
      rows.push({ text: r.full_text, gold, outOfScope });
    }
  }
  return rows;
}

const rows = readSplit();
const counts = Object.fromEntries(PII_TYPES.map((t) => [t, { gold: 0, tp: 0, fp: 0, fn: 0, fpInOutOfScope: 0 }]));
const misses = Object.fromEntries(PII_TYPES.map((t) => [t, []]));
const falsePositives = Object.fromEntries(PII_TYPES.map((t) => [t, []]));
const same = (a, b) => a.type === b.type && a.start === b.start && a.end === b.end;
const inside = (f, s) => f.start < s.end && s.start < f.end;

for (const row of rows) {
  const found = detectPii(row.text);
  for (const g of row.gold) {
    counts[g.type].gold++;
    if (found.some((f) => same(f, g))) counts[g.type].tp++;
    else {
      counts[g.type].fn++;
      misses[g.type].push({ row, span: g, found: found.filter((f) => inside(f, g)) });
    }
  }
  for (const f of found) {
    if (row.gold.some((g) => same(f, g))) continue;
    counts[f.type].fp++;
    const within = row.outOfScope.find((s) => inside(f, s));
    if (within) counts[f.type].fpInOutOfScope++;
    falsePositives[f.type].push({ row, span: f, within: within?.label });
  }
}

const f3 = (x) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? NaN : tp / (tp + fp);
  const r = tp + fn === 0 ? NaN : tp / (tp + fn);
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : NaN];
};
const total = { gold: 0, tp: 0, fp: 0, fn: 0, fpInOutOfScope: 0 };
const lines = [
  `split: ${split}; ${rows.length} texts, ${rows.filter((r) => r.gold.length === 0).length} without an in-scope label; exact spans`,
  "| type | labelled | TP | FP | FN | precision | recall | F1 | FP inside an out-of-scope span |",
  "|---|---|---|---|---|---|---|---|---|",
];
for (const type of PII_TYPES) {
  const c = counts[type];
  for (const k of Object.keys(total)) total[k] += c[k];
  if (c.gold === 0 && c.fp === 0) continue;
  const [p, r, f1] = prf(c);
  lines.push(`| ${type} | ${c.gold} | ${c.tp} | ${c.fp} | ${c.fn} | ${f3(p)} | ${f3(r)} | ${f3(f1)} | ${c.fpInOutOfScope} |`);
}
const [p, r, f1] = prf(total);
lines.push(`| **micro** | ${total.gold} | ${total.tp} | ${total.fp} | ${total.fn} | ${f3(p)} | ${f3(r)} | ${f3(f1)} | ${total.fpInOutOfScope} |`);
console.log(lines.join("\n"));

if (show > 0) {
  const quote = (row, span) => {
    const before = row.text.slice(Math.max(0, span.start - 40), span.start);
    const after = row.text.slice(span.end, span.end + 20);
    return `${before}[[${row.text.slice(span.start, span.end)}]]${after}`.replace(/\s+/g, " ");
  };
  for (const type of PII_TYPES) {
    for (const m of misses[type].slice(0, show)) {
      const got = m.found.map((f) => `${f.type} ${JSON.stringify(m.row.text.slice(f.start, f.end))}`).join(", ");
      console.log(`\n[dev · ${type} missed${got ? ` · found ${got}` : ""}] ${quote(m.row, m.span)}`);
    }
    for (const x of falsePositives[type].slice(0, show)) {
      console.log(`\n[dev · ${type} false positive${x.within ? ` · inside ${x.within}` : ""}] ${quote(x.row, x.span)}`);
    }
  }
}
