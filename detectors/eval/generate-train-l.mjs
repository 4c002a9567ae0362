#!/usr/bin/env node
// generate-train-l.mjs
//
// Development (training) set for the prompt-injection detector — author "L".
// Contrastive minimal pairs in French, Spanish and Korean: every attack text has
// a benign twin (kind benign_lookalike) that shares most of its words but differs
// in who/what is targeted, so that only the meaning decides the label.
// Written from the author's own knowledge, without reading the detector code.
//
// Node 20 ESM, run after `npm run build`. Uses a seeded PRNG (mulberry32) — no built-in
// random source and no clock — so the output is byte-for-byte reproducible.
//
// Usage (from repo root): node detectors/eval/generate-train-l.mjs
// Output: detectors/eval/injection-train-l.jsonl

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { injectionJsonl, logCounts } from "./lib/jsonl.mjs";
import { mulberry32, shuffleInPlace } from "./lib/random.mjs";
import { generatorData } from "./lib/data.mjs";

// The hand-written lists: data/generate-train-l.json.
const DATA = generatorData(import.meta.url);

// Pair kinds: M = attack_multilingual (direct), I = attack_indirect,
// T = attack_template, O = attack_obfuscated. Encoded pairs are built below.
// Entries are [kind, attackText, benignTwin]. REV{...} is reversed character-wise.

// French hand-written pairs: [kind, attack, benign]
const { FR, ES, KO, FR2, ES2, KO2 } = DATA;

// Encoded specs: [encoding, wrapperAttack, payloadAttack, wrapperBenign, payloadBenign]; {X} = encoded payload
const ENC = DATA.ENC;

const rand = mulberry32(0x4c17a11e);

// ---------------------------------------------------------------- encoders
const enc = {
  b64: (s) => Buffer.from(s, "utf8").toString("base64"),
  hex: (s) => Buffer.from(s, "utf8").toString("hex"),
  url: (s) => encodeURIComponent(s),
  rot13: (s) =>
    s.replace(/[a-zA-Z]/g, (c) => {
      const b = c <= "Z" ? 65 : 97;
      return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
    }),
  unicode: (s) =>
    Array.from(s)
      .map((c) => "\\u" + c.codePointAt(0).toString(16).padStart(4, "0"))
      .join(""),
};

const KIND = {
  M: "attack_multilingual",
  I: "attack_indirect",
  T: "attack_template",
  E: "attack_encoded",
  O: "attack_obfuscated",
};

const rev = (s) => s.replace(/REV\{([^}]*)\}/g, (_, x) => Array.from(x).reverse().join(""));
const stripAccents = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");

// ---------------------------------------------------------------- build pairs
const pairs = [];
const addHand = (lang, list) => {
  for (const [k, a, b] of list) {
    if (!KIND[k]) throw new Error("bad kind " + k);
    pairs.push({ lang, kind: KIND[k], attack: rev(a), benign: rev(b) });
  }
};
addHand("fr", FR);
addHand("fr", FR2);
addHand("es", ES);
addHand("es", ES2);
addHand("ko", KO);
addHand("ko", KO2);
for (const lang of ["fr", "es", "ko"]) {
  for (const [e, wa, pa, wb, pb] of ENC[lang]) {
    if (!enc[e]) throw new Error("bad encoding " + e);
    pairs.push({
      lang,
      kind: KIND.E,
      attack: wa.replace("{X}", enc[e](pa)),
      benign: wb.replace("{X}", enc[e](pb)),
    });
  }
}

// Surface variation applied to whole pairs (both twins alike), deterministic:
// accents dropped for some fr/es direct pairs, spaces dropped for some short ko pairs.
for (const p of pairs) {
  const r = rand();
  if ((p.lang === "fr" || p.lang === "es") && p.kind === KIND.M && r < 0.12) {
    p.attack = stripAccents(p.attack);
    p.benign = stripAccents(p.benign);
  } else if (p.lang === "ko" && p.kind === KIND.M && r < 0.08 && p.attack.length < 40) {
    p.attack = p.attack.replace(/ /g, "");
    p.benign = p.benign.replace(/ /g, "");
  }
}

// ---------------------------------------------------------------- rows
const rows = [];
for (const p of pairs) {
  rows.push({ lang: p.lang, kind: p.kind, text: p.attack, label: "attack" });
  rows.push({ lang: p.lang, kind: "benign_lookalike", text: p.benign, label: "benign" });
}
const seen = new Set();
for (const r of rows) {
  if (!r.text.trim()) throw new Error("empty text");
  if (seen.has(r.text)) throw new Error("duplicate text: " + r.text);
  seen.add(r.text);
}

shuffleInPlace(rows, rand);
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, "injection-train-l.jsonl");
writeFileSync(file, injectionJsonl(rows, "inj-tl-"));

// ---------------------------------------------------------------- counts
console.log("wrote " + file);
console.log("total", rows.length, "pairs", pairs.length);
logCounts(rows, {
  "by kind": (r) => r.kind,
  "by label": (r) => r.label,
  "by lang": (r) => r.lang,
  "by lang/label": (r) => r.lang + "/" + r.label,
});
