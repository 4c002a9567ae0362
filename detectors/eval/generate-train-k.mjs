// generate-train-k.mjs
// Development (training) set for the injection detector, author "K".
// Contrastive minimal pairs in English and German: every attack text has a
// benign twin (label benign_lookalike) sharing most of its words, so that only
// the meaning (who/what is targeted) decides the label.
// Written from the author's own knowledge, without reading the detector.
// Node 20 ESM, run after `npm run build`; seeded PRNG (mulberry32), no Math.random or
// dates; output is byte-for-byte reproducible.
// Usage: node detectors/eval/generate-train-k.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { b64, hex, rot13, leet, spaced, dotted } from "./lib/encodings.mjs";
import { injectionJsonl, logCounts } from "./lib/jsonl.mjs";
import { mulberry32, shuffleInPlace } from "./lib/random.mjs";
import { generatorData } from "./lib/data.mjs";

// The hand-written lists: data/generate-train-k.json.
const DATA = generatorData(import.meta.url);

const OUT = join(dirname(fileURLToPath(import.meta.url)), "injection-train-k.jsonl");

const rnd = mulberry32(0x4b4b2026);

// ---- deterministic text transforms used for encoded / obfuscated pairs ----
const rev = (s) => [...s].reverse().join("");
const ZW = "\u200b";
const zw = (s) =>
  s
    .split(" ")
    .map((w) => [...w].join(ZW))
    .join(" ");
const homoMap = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", i: "\u0456" };
const homo = (s) => s.replace(/[aeopci]/g, (c) => homoMap[c]);
const url = (s) => encodeURIComponent(s);
const T = { b64, hex, rot13, rev, spaced, dotted, leet, zw, homo, url };
// «fn:payload» is expanded by the named transform
function expand(s) {
  return s.replace(/«(\w+):([^»]*)»/g, (_, fn, p) => {
    if (!T[fn]) throw new Error("unknown transform " + fn);
    return T[fn](p);
  });
}

// Pair tuples: [code, attackText, benignTwin]
// EN codes: p = attack_paraphrase, i = attack_indirect, t = attack_template,
//           e = attack_encoded, o = attack_obfuscated
// DE codes: m = attack_multilingual, i, t, e, o as above
const EN = Object.values(DATA.EN).flat();
const DE = Object.values(DATA.DE).flat();

// ---- build records ----
const KIND = {
  en: { p: "attack_paraphrase", i: "attack_indirect", t: "attack_template", e: "attack_encoded", o: "attack_obfuscated" },
  de: { m: "attack_multilingual", i: "attack_indirect", t: "attack_template", e: "attack_encoded", o: "attack_obfuscated" },
};

// Register variation applied identically to both members of a pair (direct
// attacks only, so encodings stay intact): lower-casing or dropping the final
// full stop.
function styled(a, b, code) {
  const r = rnd();
  if (code !== "p" && code !== "m") return [a, b];
  if (r < 0.12) return [a.toLowerCase(), b.toLowerCase()];
  if (r < 0.24) return [a.replace(/\.$/, ""), b.replace(/\.$/, "")];
  return [a, b];
}

const records = [];
for (const [lang, list] of [
  ["en", EN],
  ["de", DE],
]) {
  for (const [code, aRaw, bRaw] of list) {
    const kind = KIND[lang][code];
    if (!kind) throw new Error(`bad code ${code} for ${lang}`);
    const [a, b] = styled(expand(aRaw), expand(bRaw), code);
    records.push({ lang, kind, text: a, label: "attack" });
    records.push({ lang, kind: "benign_lookalike", text: b, label: "benign" });
  }
}

const seen = new Set();
for (const r of records) {
  if (seen.has(r.text)) throw new Error("duplicate text: " + r.text);
  seen.add(r.text);
}

shuffleInPlace(records, rnd);
writeFileSync(OUT, injectionJsonl(records, "inj-tk-"));

console.log(`wrote ${records.length} texts (${records.length / 2} pairs) to ${OUT}`);
logCounts(records, {
  "by kind:": (r) => r.kind,
  "by label:": (r) => r.label,
  "by lang:": (r) => r.lang,
  "by lang/label:": (r) => r.lang + "/" + r.label,
});
