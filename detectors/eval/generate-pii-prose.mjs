#!/usr/bin/env node
// detectors/eval/generate-pii-prose.mjs
//
// Writes detectors/eval/pii-prose.jsonl: personal data in prose sentences written one by one by hand,
// not from templates. Each sentence is its own wording, in one of 20 languages, and most hold a phone
// number as its country writes it (trunk prefixes, area codes in parentheses, pairs, dotted and mixed
// separators, direct-dial suffixes, extensions), a few a Maestro, JCB, UnionPay or Diners card or an
// IBAN in either case and any grouping. The sentences without personal data are number-heavy on
// purpose: amounts and populations with spaced thousands, dates, times, ids, meeting codes, lottery
// draws, ISBNs, IMEIs, coordinates.
//
// The sentences are data/generate-pii-prose.json: TEXTS mark each labelled value as [[TYPE:value]],
// NEGATIVES hold none. Nothing is random; the script only turns the marks into offsets.
//
// Usage: node detectors/eval/generate-pii-prose.mjs

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatorData } from "./lib/data.mjs";

const DATA = generatorData(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const MARK = /\[\[([A-Z_]+):(.+?)\]\]/g;

/** A marked sentence → its text and the labelled spans, offsets in UTF-16 code units as detectPii reports them. */
function unmark(marked) {
  let text = "";
  let last = 0;
  const pii = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    pii.push({ type: m[1], start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), pii };
}

const rows = [];
const add = (kind, marked) => {
  const { text, pii } = unmark(marked);
  if ((kind === "positive") !== pii.length > 0) throw new Error(`generate-pii-prose: ${kind} sentence with ${pii.length} labels: ${marked}`);
  rows.push({ id: `pii-p-${String(rows.length + 1).padStart(4, "0")}`, lang: "mixed", kind, text, pii });
};
for (const marked of DATA.TEXTS) add("positive", marked);
for (const text of DATA.NEGATIVES) add("hard_negative", text);

writeFileSync(join(here, "pii-prose.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
console.log(`pii-prose.jsonl: ${rows.length} texts`);
