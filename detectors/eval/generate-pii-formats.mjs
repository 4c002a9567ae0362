#!/usr/bin/env node
// detectors/eval/generate-pii-formats.mjs
//
// Writes detectors/eval/pii-formats.jsonl: phone numbers, payment cards and IBANs in the formats the
// public numbering plans and issuer tables allow (ITU-T E.164 with "+" or an exit code, national
// trunk-0 plans, area codes in parentheses, NANP, extensions; ISO/IEC 7812 issuer ranges of 12–19
// digits; IBANs in upper and lower case, compact, spaced or dashed), in short messages of several
// registers, next to number-heavy texts that hold none (readings, ids, dates, versions, measurements,
// prices). Seeded: the same file every run. Texts are chat-like, not the sentences of pii.jsonl.
//
// Usage: node detectors/eval/generate-pii-formats.mjs

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "./lib/random.mjs";
import { generatorData } from "./lib/data.mjs";

// The hand-written lists: data/generate-pii-formats.json.
const DATA = generatorData(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));

const rand = mulberry32(0x5eed17);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const digits = (n, first = "0123456789") => {
  let s = pick([...first]);
  while (s.length < n) s += String(Math.floor(rand() * 10));
  return s;
};

// ---- phones -------------------------------------------------------------------------------------

const ext = () => pick(["", "", "", ` x${digits(3)}`, `x${digits(4)}`, ` ext. ${digits(2)}`, ` ext ${digits(3)}`]);
const PHONES = [
  () => `+1 ${digits(3, "23456789")} ${digits(3, "23456789")} ${digits(4)}`,
  () => `+1-${digits(3, "23456789")}-${digits(3, "23456789")}-${digits(4)}${ext()}`,
  () => `001-${digits(3, "23456789")}-${digits(3)}-${digits(4)}${ext()}`,
  () => `(${digits(3, "23456789")})${digits(3)}-${digits(4)}${ext()}`,
  () => `(${digits(3, "23456789")}) ${digits(3)}-${digits(4)}`,
  () => `${digits(3, "23456789")}.${digits(3)}.${digits(4)}${ext()}`,
  () => `${digits(3)}-${digits(3)}-${digits(4)}${ext()}`,
  () => `1-${digits(3, "23456789")}-${digits(3)}-${digits(4)}`,
  () => `+44 (0)20 ${digits(4)} ${digits(4)}`,
  () => `+44 ${digits(4, "7")} ${digits(6)}`,
  () => `0${digits(3, "1")} ${digits(3)} ${digits(4)}`,
  () => `(0${digits(3, "1")}) ${digits(6)}`,
  () => `(0${digits(2, "2")}) ${digits(4)} ${digits(4)}`,
  () => `+49 ${digits(2, "123456789")} ${digits(7)}`,
  () => `+49(0)${digits(3, "123456789")} ${digits(6)}`,
  () => `0${digits(2, "123456789")} ${digits(7)}`,
  () => `+33 ${digits(1, "1234567")} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  () => `0${digits(1, "1234567")}.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`,
  () => `0${digits(1, "1234567")} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  () => `(0${digits(1, "23478")}) ${digits(4)} ${digits(4)}`,
  () => `+61 ${digits(1, "23478")} ${digits(4)} ${digits(4)}`,
  () => `(${digits(2, "123456789")}) ${digits(5, "9")}-${digits(4)}`,
  () => `+55 ${digits(2, "123456789")} ${digits(5, "9")}-${digits(4)}`,
  () => `010-${digits(4)}-${digits(4)}`,
  () => `+82 10-${digits(4)}-${digits(4)}`,
  () => `0044 ${digits(2, "2")} ${digits(4)} ${digits(4)}`,
  () => `+${pick(["31", "34", "39", "46", "48"])} ${digits(3, "123456789")} ${digits(3)} ${digits(3)}`,
];
const LOCAL_PHONES = [
  () => `${digits(3, "23456789")}-${digits(4)}`,
  () => `${digits(4, "2345689")} ${digits(4)}`,
  () => `${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
];
const PHONE_FRAMES = [
  (v) => `ring me on ${v} whenever`,
  (v) => `Reception: ${v}`,
  (v) => `new number -> ${v}, old one is dead`,
  (v) => `pls update the CRM, she's at ${v} now`,
  (v) => `Our helpline ${v} is staffed 24/7.`,
  (v) => `${v} (mobile), leave a voicemail`,
  (v) => `Kontakt ${v} — Mo–Fr`,
  (v) => `whatsapp ${v}`,
  (v) => `• Hotline: ${v}\n• Mail: see footer`,
];
const LOCAL_FRAMES = [(v) => `Phone: ${v}`, (v) => `call me at ${v}`, (v) => `tel. ${v}`, (v) => `my cell is ${v}`, (v) => `Handy ${v}`];

// ---- cards --------------------------------------------------------------------------------------

function luhnComplete(prefix, length) {
  let body = prefix;
  while (body.length < length - 1) body += String(Math.floor(rand() * 10));
  for (let d = 0; d < 10; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error("unreachable");
}
const CARDS = DATA.CARDS;
const group = (card) => {
  const style = rand();
  if (style < 0.45) return card;
  const sep = rand() < 0.6 ? " " : "-";
  if (card.length === 15) return [card.slice(0, 4), card.slice(4, 10), card.slice(10)].join(sep);
  return card.match(/.{1,4}/g).join(sep);
};
const CARD_FRAMES = [
  (v) => `charge it to ${v}, exp 09/28`,
  (v) => `Card: ${v}`,
  (v) => `customer read out ${v} over the phone`,
  (v) => `the ${v} one got declined again`,
  (v) => `Zahlung mit Karte ${v} fehlgeschlagen`,
];

// ---- IBANs --------------------------------------------------------------------------------------

const IBAN_COUNTRIES = { DE: 18, GB: 18, FR: 23, NL: 14, ES: 20, IT: 23, BE: 12, CH: 17, AT: 16, PL: 24, SE: 20, IE: 18 };
function iban(country) {
  const n = IBAN_COUNTRIES[country];
  let bban = "";
  if (country === "GB" || country === "NL" || country === "IE") bban = pick(["WEST", "ABNA", "BOFI", "RABO", "AIBK"]) + digits(n - 4);
  else if (country === "IT") bban = pick(["X", "A", "K"]) + digits(n - 1);
  else bban = digits(n);
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  const check = String(98 - rest).padStart(2, "0");
  return country + check + bban;
}
const styleIban = (v) => {
  const r = rand();
  const cased = r < 0.35 ? v.toLowerCase() : v;
  const s = rand();
  if (s < 0.4) return cased;
  if (s < 0.85) return cased.match(/.{1,4}/g).join(" ");
  return cased.match(/.{1,4}/g).join("-");
};
const IBAN_FRAMES = [
  (v) => `wire to ${v} by friday`,
  (v) => `IBAN ${v}`,
  (v) => `my new account: ${v}`,
  (v) => `bitte auf ${v} überweisen`,
  (v) => `rib: ${v}`,
];

// ---- texts without PII ----------------------------------------------------------------------------

const NEGATIVES = [
  () => `readings ${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)} kPa`,
  () => `build ${digits(1, "123456789")}.${digits(2)}.${digits(4)} shipped`,
  () => `meeting on ${digits(2, "0123")}.${digits(2, "01")}.20${digits(2)} at 10:${digits(2, "012345")}`,
  () => `invoice no. ${digits(3)}-${digits(3)}-${digits(4)} is overdue`,
  () => `ticket #${digits(4)}-${digits(4)}-${digits(4)} reopened`,
  () => `the screen is ${digits(4, "123")} x ${digits(4, "123")} px`,
  () => `totals: ${digits(4)} ${digits(4)} ${digits(4)} units across regions`,
  () => `score ${digits(3)}-${digits(4)} after extra time`,
  () => `ISBN 978-${digits(1)}-${digits(3)}-${digits(5)}-${digits(1)}`,
  () => `padded id 00${digits(10)} in the export`,
  () => `coordinates ${digits(2)}.${digits(6)}, ${digits(2)}.${digits(6)}`,
  () => `costs ${digits(3)} ${digits(3)} ${digits(3)} won per year`,
  () => `lot ${digits(12, "123456789")} passed QA`,
  () => `the release v${digits(1)}.${digits(2)}.${digits(1)} went out`,
  () => `at ${digits(2)}:${digits(2)}:${digits(2)} the job ran ${digits(5)} ms`,
];

// ---- assemble -------------------------------------------------------------------------------------

const rows = [];
const add = (kind, type, frame, value) => {
  const text = frame(value);
  const start = text.indexOf(value);
  rows.push({
    id: `pii-f-${String(rows.length + 1).padStart(4, "0")}`,
    lang: "mixed",
    kind,
    text,
    pii: type ? [{ type, start, end: start + value.length }] : [],
  });
};
for (let i = 0; i < 180; i++) add("positive", "PHONE", pick(PHONE_FRAMES), pick(PHONES)());
for (let i = 0; i < 30; i++) add("positive", "PHONE", pick(LOCAL_FRAMES), pick(LOCAL_PHONES)());
for (let i = 0; i < 120; i++) {
  const [prefix, length] = pick(CARDS);
  add("positive", "CREDIT_CARD", pick(CARD_FRAMES), group(luhnComplete(prefix, length)));
}
for (let i = 0; i < 80; i++) add("positive", "IBAN", pick(IBAN_FRAMES), styleIban(iban(pick(Object.keys(IBAN_COUNTRIES)))));
for (let i = 0; i < 200; i++) add("hard_negative", undefined, (v) => v, pick(NEGATIVES)());

writeFileSync(join(here, "pii-formats.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
console.log(`pii-formats.jsonl: ${rows.length} texts`);
