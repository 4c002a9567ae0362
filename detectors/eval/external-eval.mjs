#!/usr/bin/env node
// detectors/eval/external-eval.mjs
//
// Measures the injection detector on public labelled sets written outside this project. Their texts
// are never committed: each set is read from a local path given on the command line (where to get
// them, and their licences: docs/enrichment-accuracy.md, "Public sets").
//
// Each set is cut into a development split, which may be looked at, and a blind split, measured once
// after tuning (public-sets.mjs). Misses and false positives are printed only for the dev split (--show N).
// Prints P, R, F1, FPR, FPR by text length, recall by category where the set has one, with the rules
// and the lexical model and with the rules alone.
//
// Usage (after `npm run build`):
//   node detectors/eval/external-eval.mjs --split dev|blind [--public DIR] [--jsonl NAME=FILE ...] [--show N] [--threshold T]
//
//   --public DIR         the public sets (public-sets.mjs: deepset/prompt-injections, JailbreakHub, awesome-chatgpt-prompts);
//                        default the LLMSCOPE_PUBLIC_SETS environment variable
//   --jsonl NAME=FILE    any {"text", "label": "attack"|"benign"|1|0, "category"?} lines, split by hash (repeatable)
//   --show N             print up to N misses and N false positives per set (dev split only)
//   --sweep              P, R, F1, FPR per set and pooled at thresholds 0.30–0.80 (dev split only): how the
//                        default threshold was chosen
//
// The lexical model is trained on the dev splits of the public sets: their dev figures are in-sample.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { hashSplit, PUBLIC_SETS, PUBLIC_SETS_ENV } from "./public-sets.mjs";

const require = createRequire(import.meta.url);
const { scoreInjection } = require("../dist/injection/index.js");
const { query } = require("chdb");

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const options = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const split = option("--split");
if (split !== "dev" && split !== "blind") fail("--split dev|blind is required");
const show = Number(option("--show") ?? 0);
if (show > 0 && split === "blind") fail("--show prints texts: only for the dev split (a blind split is never looked at)");
const threshold = Number(option("--threshold") ?? 0.5);
const sweep = args.includes("--sweep");
if (sweep && split === "blind") fail("--sweep chooses a threshold: only on the dev split");

function fail(message) {
  console.error(`external-eval: ${message}`);
  process.exit(2);
}

/** name → rows {text, label: 'attack'|'benign', category?} of the chosen split. */
const sets = new Map();
const publicDir = option("--public") ?? process.env[PUBLIC_SETS_ENV];
if (publicDir !== undefined) {
  for (const [name, read] of Object.entries(PUBLIC_SETS)) sets.set(name, read(publicDir, split));
}
for (const spec of options("--jsonl")) {
  const eq = spec.indexOf("=");
  const name = eq > 0 ? spec.slice(0, eq) : basename(spec);
  const path = eq > 0 ? spec.slice(eq + 1) : spec;
  if (!existsSync(path)) fail(`--jsonl ${spec}: no such file`);
  const out = query(`SELECT * FROM file('${path.replace(/'/g, "\\'")}', JSONEachRow)`, "JSONEachRow");
  const rows =
    out.trim() === ""
      ? []
      : out
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l));
  const label = (l) => (l === 1 || l === "1" || l === "attack" || l === "injection" || l === "jailbreak" || l === true ? "attack" : "benign");
  sets.set(
    name,
    rows.filter((r) => hashSplit(r.text) === split).map((r) => ({ text: r.text, label: label(r.label), category: r.category })),
  );
}
if (sets.size === 0) fail(`no set given (--public DIR or ${PUBLIC_SETS_ENV}, --jsonl NAME=FILE)`);

const BANDS = [
  ["<200", (n) => n < 200],
  ["200–599", (n) => n >= 200 && n < 600],
  ["≥600", (n) => n >= 600],
];

function measure(rows, scoreOf) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const bands = Object.fromEntries(BANDS.map(([b]) => [b, { fp: 0, benign: 0 }]));
  const categories = new Map();
  for (const row of rows) {
    const flagged = scoreOf(row);
    if (row.label === "attack") {
      if (flagged) c.tp++;
      else c.fn++;
      if (row.category) {
        const k = categories.get(row.category) ?? { hit: 0, n: 0 };
        k.n++;
        if (flagged) k.hit++;
        categories.set(row.category, k);
      }
    } else {
      if (flagged) c.fp++;
      else c.tn++;
      const [band] = BANDS.find(([, test]) => test(row.text.length));
      bands[band].benign++;
      if (flagged) bands[band].fp++;
    }
  }
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const fpr = c.fp + c.tn === 0 ? NaN : c.fp / (c.fp + c.tn);
  return { ...c, p, r, f1, fpr, bands, categories };
}

const f = (x) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const lines = [
  `split: ${split}; threshold ${threshold}`,
  "| set | scorer | attacks | benign | TP | FP | FN | P | R | F1 | FPR | FPR <200 | FPR 200–599 | FPR ≥600 |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
];
const pooled = [];
const results = new Map();
for (const [name, rows] of sets) {
  pooled.push(...rows);
  const scored = rows.map((row) => ({
    row,
    full: scoreInjection(row.text, { threshold }),
    rules: scoreInjection(row.text, { threshold, lexicalModel: null }),
  }));
  results.set(name, scored);
  for (const [scorer, pick] of [
    ["rules + model", (s) => s.full.flagged],
    ["rules only", (s) => s.rules.flagged],
  ]) {
    const byRow = new Map(scored.map((s) => [s.row, pick(s)]));
    const m = measure(rows, (row) => byRow.get(row));
    const band = (b) => (m.bands[b].benign === 0 ? "–" : `${f(m.bands[b].fp / m.bands[b].benign)} (${m.bands[b].fp}/${m.bands[b].benign})`);
    lines.push(
      `| ${name} | ${scorer} | ${m.tp + m.fn} | ${m.fp + m.tn} | ${m.tp} | ${m.fp} | ${m.fn} | ${f(m.p)} | ${f(m.r)} | ${f(m.f1)} | ${f(m.fpr)} | ${band("<200")} | ${band("200–599")} | ${band("≥600")} |`,
    );
    if (scorer === "rules + model" && m.categories.size > 0) {
      const cats = [...m.categories].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${k} ${v.hit}/${v.n}`);
      lines.push(`|  | recall by category | ${cats.join(", ")} |`);
    }
  }
}
console.log(lines.join("\n"));

if (sweep) {
  const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
  const all = [...results.values()].flat();
  const out = ["", "| set | threshold | P | R | F1 | FPR |", "|---|---|---|---|---|---|"];
  for (const [name, scored] of [...results, ["pooled", all]]) {
    for (const t of THRESHOLDS) {
      const byRow = new Map(scored.map((s) => [s.row, s.full.score >= t]));
      const m = measure(
        scored.map((s) => s.row),
        (row) => byRow.get(row),
      );
      out.push(`| ${name} | ${t} | ${f(m.p)} | ${f(m.r)} | ${f(m.f1)} | ${f(m.fpr)} |`);
    }
  }
  console.log(out.join("\n"));
}

if (show > 0) {
  for (const [name, scored] of results) {
    const misses = scored.filter((s) => s.row.label === "attack" && !s.full.flagged).slice(0, show);
    const fps = scored.filter((s) => s.row.label === "benign" && s.full.flagged).slice(0, show);
    for (const s of misses)
      console.log(`\n[${name} dev · missed · ${s.full.score} · ${s.full.signals.join(",")}] ${s.row.text.slice(0, 400).replace(/\s+/g, " ")}`);
    for (const s of fps)
      console.log(
        `\n[${name} dev · false positive · ${s.full.score} · ${s.full.signals.join(",")} · ${s.row.text.length} chars] ${s.row.text.slice(0, 400).replace(/\s+/g, " ")}`,
      );
  }
}
