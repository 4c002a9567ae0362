#!/usr/bin/env node
// detectors/eval/external-pii-eval.mjs
//
// Measures the PII detector on public span-labelled sets written outside this project. Their texts are
// never committed: each set is read from a local directory (where to get them, at which commit, under
// which licence: docs/enrichment-accuracy.md, "PII — public sets"). Layout of the directory:
//
//   presidio/synth_dataset_v2.json, presidio/generated_large.json
//       microsoft/presidio-research (MIT): English texts generated from templates and Faker values,
//       lists of {"full_text", "spans": [{"entity_type", "start_position", "end_position"}]}
//   meddocan/{train,dev,test}/brat/*.txt + *.ann
//       PlanTL-GOB-ES/SPACCC_MEDDOCAN (CC-BY-4.0): Spanish clinical case reports into which health
//       documentalists wrote personal data by hand, brat standoff ("T1<TAB>LABEL start end<TAB>value")
//
// Each text goes to the dev split (looked at and tuned on) or the blind split (measured once, never
// printed) by the first byte of the SHA-256 of its text (public-sets.mjs), so the split depends neither
// on row order nor on which file a text came from.
//
// Scoring is exact-span micro P/R/F1 per type: a finding counts only when its type, start and end equal a
// labelled span's. Only the labels naming a type the detector claims are scored (IN_SCOPE); the others
// are out of scope: names, addresses, places, organisations, dates, ages, titles, professions and
// nationalities need a language model, and zip codes, domain names, US driver's licences and Spanish
// patient, insurance and licence numbers are types `detectPii` does not claim. A finding inside an
// out-of-scope span is still a false positive (a phone number reported inside a street address is a
// wrong redaction); the table says how many false positives lie inside such spans, and how many misses
// were found with other bounds (the set's annotators leave out a leading "+" or "(", for one).
//
// The sets disagree on where a phone number starts: presidio-research's spans keep a leading "+" or "(",
// MEDDOCAN's annotators leave it out ("Tfno.+[34679802102]", "([5982) 487-3837]"), while the detector keeps
// it, since a redaction must cover it. Exact scoring counts each such number as a miss and a false positive
// in MEDDOCAN; `--bounds convention` scores each set by its own convention instead (a finding's leading "+"
// or "(" is dropped before it is compared with a MEDDOCAN span), so what remains are real disagreements.
//
// Usage (after `npm run build`):
//   node detectors/eval/external-pii-eval.mjs --split dev|blind [--dir DIR] [--show N] [--bounds exact|convention]
//
//   --dir DIR   the directory above; default the LLMSCOPE_PUBLIC_PII environment variable
//   --bounds    exact (default): the detector's spans as they are; convention: each set's bounds convention
//   --show N    print up to N misses and N false positives per set and type, with their text (dev split only)

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { hashSplit } from "./public-sets.mjs";

const require = createRequire(import.meta.url);
const { detectPii, PII_TYPES } = require("../dist/pii/index.js");

const PUBLIC_PII_ENV = "LLMSCOPE_PUBLIC_PII";

/** Each set's labels mapped onto the detector's types; every other label is out of scope. */
const IN_SCOPE = {
  EMAIL_ADDRESS: "EMAIL",
  PHONE_NUMBER: "PHONE",
  US_SSN: "SSN",
  CREDIT_CARD: "CREDIT_CARD",
  IBAN_CODE: "IBAN",
  IP_ADDRESS: "IP_ADDRESS",
  CORREO_ELECTRONICO: "EMAIL",
  NUMERO_TELEFONO: "PHONE",
  NUMERO_FAX: "PHONE",
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
const bounds = option("--bounds") ?? "exact";
if (bounds !== "exact" && bounds !== "convention") fail(`--bounds must be exact or convention, not ${JSON.stringify(bounds)}`);
const dir = option("--dir") ?? (process.env[PUBLIC_PII_ENV] || undefined);
if (dir === undefined) fail(`no set given (--dir DIR or ${PUBLIC_PII_ENV})`);

function fail(message) {
  console.error(`external-pii-eval: ${message}`);
  process.exit(2);
}

/** A labelled text: { text, spans: [{ label, start, end }] } → { text, gold: [{type, start, end}], outOfScope: [{label, start, end}] }. */
function labelled(text, spans) {
  const gold = [];
  const outOfScope = [];
  for (const { label, start, end } of spans) {
    const type = IN_SCOPE[label];
    if (type === undefined) outOfScope.push({ label, start, end });
    else gold.push({ type, start, end });
  }
  return { text, gold, outOfScope };
}

function readJson(path) {
  if (!existsSync(path)) fail(`no ${path}`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return fail(`${path}: not JSON (${error.message})`);
  }
}

/** Each set: every labelled text in it. */
const SETS = {
  "presidio-research"() {
    const rows = [];
    for (const file of ["synth_dataset_v2.json", "generated_large.json"]) {
      const path = join(dir, "presidio", file);
      const records = readJson(path);
      if (!Array.isArray(records)) fail(`${path}: expected a JSON array of records`);
      for (const [i, r] of records.entries()) {
        if (typeof r?.full_text !== "string" || !Array.isArray(r.spans)) fail(`${path}: record ${i} has no full_text or spans`);
        const spans = r.spans.map((s) => ({ label: s.entity_type, start: s.start_position, end: s.end_position }));
        rows.push(labelled(r.full_text, spans));
      }
    }
    return rows;
  },
  meddocan() {
    const rows = [];
    for (const part of ["train", "dev", "test"]) {
      const folder = join(dir, "meddocan", part, "brat");
      if (!existsSync(folder)) fail(`no ${folder}`);
      for (const file of readdirSync(folder)
        .filter((f) => f.endsWith(".txt"))
        .sort()) {
        const text = readFileSync(join(folder, file), "utf8");
        const annPath = join(folder, file.replace(/\.txt$/, ".ann"));
        if (!existsSync(annPath)) fail(`no ${annPath}`);
        const spans = [];
        for (const line of readFileSync(annPath, "utf8").split("\n")) {
          const m = /^T\d+\t(\S+) (\d+) (\d+)\t(.*)$/.exec(line);
          if (m === null) continue;
          const span = { label: m[1], start: Number(m[2]), end: Number(m[3]) };
          // brat counts code points, JavaScript strings UTF-16 units: the value must read back unchanged.
          if (text.slice(span.start, span.end) !== m[4]) fail(`${annPath}: span ${m[2]}-${m[3]} does not hold ${JSON.stringify(m[4])}`);
          spans.push(span);
        }
        rows.push(labelled(text, spans));
      }
    }
    return rows;
  },
};

/** Each set's bounds convention, applied to the detector's findings under `--bounds convention`. */
const LEADING_MARK = /^[+(]/;
const CONVENTIONS = {
  "presidio-research": (text, f) => f,
  meddocan: (text, f) => (LEADING_MARK.test(text[f.start] ?? "") ? { ...f, start: f.start + 1 } : f),
};

/** Rows of the chosen split per set, one per distinct text (presidio-research's two files share a few). */
function readSplit(read) {
  const seen = new Set();
  return read().filter((row) => {
    if (seen.has(row.text) || hashSplit(row.text) !== split) return false;
    seen.add(row.text);
    return true;
  });
}

const same = (a, b) => a.type === b.type && a.start === b.start && a.end === b.end;
const inside = (f, s) => f.start < s.end && s.start < f.end;
const zero = () => ({ gold: 0, tp: 0, fp: 0, fn: 0, fnBoundary: 0, fpInOutOfScope: 0 });
const newCounts = () => Object.fromEntries(PII_TYPES.map((t) => [t, zero()]));

/** Per type: counts, and the misses and false positives with their rows (printed for the dev split only). */
function measure(rows, convention) {
  const counts = newCounts();
  const misses = [];
  const falsePositives = [];
  for (const row of rows) {
    const found = bounds === "exact" ? detectPii(row.text) : detectPii(row.text).map((f) => convention(row.text, f));
    for (const g of row.gold) {
      counts[g.type].gold++;
      if (found.some((f) => same(f, g))) counts[g.type].tp++;
      else {
        counts[g.type].fn++;
        const near = found.filter((f) => inside(f, g));
        if (near.some((f) => f.type === g.type)) counts[g.type].fnBoundary++;
        misses.push({ row, span: g, found: near });
      }
    }
    for (const f of found) {
      if (row.gold.some((g) => same(f, g))) continue;
      counts[f.type].fp++;
      const within = row.outOfScope.find((s) => inside(f, s));
      if (within) counts[f.type].fpInOutOfScope++;
      falsePositives.push({ row, span: f, within: within?.label });
    }
  }
  return { counts, misses, falsePositives };
}

const f3 = (x) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? NaN : tp / (tp + fp);
  const r = tp + fn === 0 ? NaN : tp / (tp + fn);
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : NaN];
};
const row = (name, type, c) => {
  const [p, r, f1] = prf(c);
  return `| ${name} | ${type} | ${c.gold} | ${c.tp} | ${c.fp} | ${c.fn} | ${f3(p)} | ${f3(r)} | ${f3(f1)} | ${c.fnBoundary} | ${c.fpInOutOfScope} |`;
};

const lines = [
  `split: ${split}; ${bounds === "exact" ? "exact spans" : "exact spans, each set's bounds convention"}`,
  "| set | type | labelled | TP | FP | FN | precision | recall | F1 | FN found with other bounds | FP inside an out-of-scope span |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
];
const pooled = newCounts();
const results = [];
for (const [name, read] of Object.entries(SETS)) {
  const rows = readSplit(read);
  const result = measure(rows, CONVENTIONS[name]);
  results.push([name, result]);
  const micro = zero();
  for (const type of PII_TYPES) {
    const c = result.counts[type];
    for (const k of Object.keys(micro)) {
      micro[k] += c[k];
      pooled[type][k] += c[k];
    }
    if (c.gold > 0 || c.fp > 0) lines.push(row(name, type, c));
  }
  lines.push(row(name, `**micro** (${rows.length} texts, ${rows.filter((r) => r.gold.length === 0).length} without a scored label)`, micro));
}
const all = zero();
for (const type of PII_TYPES) {
  for (const k of Object.keys(all)) all[k] += pooled[type][k];
  if (pooled[type].gold > 0 || pooled[type].fp > 0) lines.push(row("pooled", type, pooled[type]));
}
lines.push(row("pooled", "**micro**", all));
console.log(lines.join("\n"));

if (show > 0) {
  const quote = (text, span) => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 20);
    return `${before}[[${text.slice(span.start, span.end)}]]${after}`.replace(/\s+/g, " ");
  };
  for (const [name, { misses, falsePositives }] of results) {
    for (const type of PII_TYPES) {
      for (const m of misses.filter((x) => x.span.type === type).slice(0, show)) {
        const got = m.found.map((f) => `${f.type} ${JSON.stringify(m.row.text.slice(f.start, f.end))}`).join(", ");
        console.log(`\n[${name} dev · ${type} missed${got ? ` · found ${got}` : ""}] ${quote(m.row.text, m.span)}`);
      }
      for (const x of falsePositives.filter((x) => x.span.type === type).slice(0, show)) {
        console.log(`\n[${name} dev · ${type} false positive${x.within ? ` · inside ${x.within}` : ""}] ${quote(x.row.text, x.span)}`);
      }
    }
  }
}
