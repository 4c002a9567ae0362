#!/usr/bin/env node
// generate-train-b.mjs
// Development (TRAINING) set for the llmscope prompt-injection detector.
// Author: "B". Focus: multilingual (es, ko, de, fr, code-switched/mixed, some en).
// All texts were written by hand from general knowledge, WITHOUT reading the
// detector's source code, its tests, or any other evaluation set. Some extra
// items are built by combining hand-written pools (encoded / obfuscated payloads).
// Output: detectors/eval/injection-train-b.jsonl  (byte-for-byte reproducible:
// seeded PRNG, no Math.random, no dates). Usage: node detectors/eval/generate-train-b.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { b64, hex, rot13, leet, spaced, dotted } from "./lib/encodings.mjs";
import { toJamo as jamo } from "./lib/hangul.mjs";
import { injectionJsonl, logCounts } from "./lib/jsonl.mjs";
import { dropNearDuplicates, jaccard, NEAR_DUPLICATE, wordSet } from "./lib/near-duplicates.mjs";
import { mulberry32, shuffleInPlace } from "./lib/random.mjs";
import { generatorData } from "./lib/data.mjs";

// The hand-written lists: data/generate-train-b.json.
const DATA = generatorData(import.meta.url);

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, "injection-train-b.jsonl");

const rnd = mulberry32(0xb0b2026);
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const shuffle = (arr) => shuffleInPlace(arr, rnd);

const ITEMS = [];
function add(lang, kind, label, texts) {
  for (const t of texts) ITEMS.push({ lang, kind, text: t, label });
}

// =====================================================================
// SPANISH (es)
// =====================================================================
for (const { lang, kind, label, texts } of DATA.HAND_WRITTEN) add(lang, kind, label, texts);

// =====================================================================
// Pools for generated ENCODED and OBFUSCATED attacks
// (hand-written payloads x hand-written wrappers x transforms)
// =====================================================================
const { PAYLOADS, ENC_WRAPPERS, OBF_WRAPPERS } = DATA;

// ---------- encodings ----------
const urlenc = (s) => encodeURIComponent(s);
const reverse = (s) => Array.from(s).reverse().join("");
const ENCODINGS = [
  { name: "Base64", fn: b64, latinOnly: false, w: 4 },
  { name: "hex", fn: hex, latinOnly: false, w: 2 },
  { name: "ROT13", fn: rot13, latinOnly: true, w: 2 },
  { name: "URL-encoding", fn: urlenc, latinOnly: false, w: 1 },
  { name: "reversed text", fn: reverse, latinOnly: false, w: 1 },
];

// ---------- obfuscations ----------
const HOMO = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", i: "і", s: "ѕ" };
const homoglyph = (s) => s.replace(/[aeopcxyis]/g, (c) => HOMO[c]);
const zwsp = (s) =>
  s
    .split(" ")
    .map((w) => Array.from(w).join("\u200b"))
    .join(" ");
const altcase = (s) =>
  Array.from(s)
    .map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase()))
    .join("");
// Korean: decompose Hangul syllables into compatibility jamo (ㅅㅣㅅㅡㅌㅔㅁ)
const jamoHalf = (s) =>
  s
    .split(" ")
    .map((w, i) => (i % 2 === 0 ? jamo(w) : w))
    .join(" ");
const nospace = (s) => s.replace(/ /g, "");
const OBFS_LATIN = [leet, spaced, homoglyph, zwsp, dotted, altcase];
const OBFS_KO = [jamo, jamoHalf, spaced, zwsp, dotted, (s) => jamo(nospace(s))];

const isLatin = (s) => !/[\u3131-\u318e\uac00-\ud7a3]/.test(s);

// ---------- near-duplicate removal (word-set Jaccard >= 0.8) ----------
const wordset = (t) => wordSet(t, /[\s\p{P}\p{S}]+/u);
const isNearDup = (text) => {
  const ws = wordset(text);
  return ITEMS.some((x) => jaccard(ws, wordset(x.text)) >= NEAR_DUPLICATE);
};

// how many attacks per language we want in total (hand + generated)
const ATTACK_TARGET = { es: 65, de: 65, fr: 65, ko: 65, en: 36, mixed: 38 };

function generateFor(lang) {
  const hand = ITEMS.filter((x) => x.lang === lang && x.label === "attack").length;
  const need = Math.max(0, ATTACK_TARGET[lang] - hand);
  const nEnc = lang === "mixed" ? need : Math.ceil(need * 0.55);
  const nObf = need - nEnc;
  const pays = PAYLOADS[lang];
  const used = new Set();
  let guard = 0;
  let made = 0;
  while (made < nEnc && guard++ < 5000) {
    const p = Math.floor(rnd() * pays.length);
    const pool = ENCODINGS.flatMap((e) => Array(e.w).fill(e)).filter((e) => !e.latinOnly || isLatin(pays[p]));
    const enc = pick(pool);
    const key = p + "|" + enc.name;
    if (used.has(key)) continue;
    const w = pick(ENC_WRAPPERS[lang]);
    const text = w.replace("{N}", enc.name).replace("{E}", enc.fn(pays[p]));
    if (isNearDup(text)) continue;
    used.add(key);
    ITEMS.push({ lang, kind: "attack_encoded", label: "attack", text });
    made++;
  }
  made = 0;
  const usedO = new Set();
  while (made < nObf && guard++ < 10000) {
    const p = Math.floor(rnd() * pays.length);
    const fns = isLatin(pays[p]) ? OBFS_LATIN : OBFS_KO;
    const fi = Math.floor(rnd() * fns.length);
    const key = p + "|" + fi;
    if (usedO.has(key)) continue;
    const w = pick(OBF_WRAPPERS[lang]);
    const text = w.replace("{O}", fns[fi](pays[p]));
    if (isNearDup(text) || text.split(/\s+/).filter(Boolean).length < 4) continue;
    usedO.add(key);
    ITEMS.push({ lang, kind: "attack_obfuscated", label: "attack", text });
    made++;
  }
}
for (const lang of ["es", "de", "fr", "ko", "en", "mixed"]) generateFor(lang);

// ---------- final near-duplicate pass ----------
let dropped = 0;
const kept = dropNearDuplicates(ITEMS, {
  features: (it) => wordset(it.text),
  onDrop: (it) => {
    dropped++;
    if (process.env.SHOW_DROPPED) console.error("dropped:", it.lang, it.kind, it.text);
  },
});

// ---------- shuffle, assign ids, write ----------
shuffle(kept);
writeFileSync(OUT, injectionJsonl(kept, "inj-tb-"), "utf8");

console.log("wrote", OUT);
console.log("total:", kept.length, "(near-duplicates dropped:", dropped + ")");
logCounts(kept, {
  "by label:": (x) => x.label,
  "by kind:": (x) => x.kind,
  "by lang:": (x) => x.lang,
  "by lang/label:": (x) => x.lang + "/" + x.label,
  "benign_lookalike by lang:": (x) => (x.kind === "benign_lookalike" ? x.lang : "_other"),
});
