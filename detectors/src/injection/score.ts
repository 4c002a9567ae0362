import { bundledLexicalModel, lexicalProbability, type LexicalModel } from "./model/lexical";
import { deconfuse, foldUnfolded, INVISIBLE, SPACED_OUT_TEXT, unfoldedForm } from "./normalize";
import { NeedleIndex, SPACED_OUT } from "./prefilter/gate";
import { anchoredTest, registerLeads, scanOf } from "./prefilter/leads";
import { COMPOSED_RULES, RULE_SIGNAL_NAMES, SIGNALS, type SignalName } from "./rules";
import {
  CATEGORY_STANDS,
  DAN,
  DECODED_INSTRUCTION_WEIGHT,
  DEFAULT_INJECTION_THRESHOLD,
  DISCUSSION_DISCOUNT,
  ENCODED_READABLE_TEXT,
  ENCODED_WITH_INSTRUCTIONS,
  FAKE_TURNS,
  LEXICAL_CUT,
  QUOTED_DISCOUNT,
  RULE_SCORE_BANDS,
  STRONG_RULES,
  TOKEN_QUESTION_CHARS,
} from "./tuning";

export { DEFAULT_INJECTION_THRESHOLD, LEXICAL_CUT, STRONG_RULES } from "./tuning";

export interface InjectionResult {
  /** 0–1; ≥ 0.5 means the detector takes the text for an injection (see score()). */
  score: number;
  /** score ≥ threshold. */
  flagged: boolean;
  /** Rule categories that fired, in a fixed order; "lexical_model" last when the model flagged a text the rules alone would not. */
  signals: SignalName[];
}

export interface InjectionOptions {
  /** Flag at or above this score; default 0.5. */
  threshold?: number;
  /** The lexical model (lexical.ts); default the shipped one; null scores with the rules alone. */
  lexicalModel?: LexicalModel | null;
  /** The model's probability that scores 0.5; default LEXICAL_CUT (for evaluation: cross-validate-injection.mjs --cut). */
  lexicalCut?: number;
}

/**
 * Scores one untrusted text for prompt injection (documented in README.md). Deterministic, offline, no
 * download: normalisation, weighted phrase and token signals in EN/DE/FR/ES/KO (and some JA/ZH),
 * decoding of base64/hex blobs whose content is scored again, and a logistic model over words,
 * cross-language concepts and the rules' findings, shipped as a weights file.
 */
export function scoreInjection(text: string, options: InjectionOptions = {}): InjectionResult {
  return score(text, options, true);
}

/**
 * scoreInjection() without the needle gate (gate.ts): every signal runs on every chunk. Slower; the tests
 * compare the two on the tuning sets to check that no needle list holds back a match (README.md names the
 * known exceptions). Not exported from index.ts.
 */
export function scoreInjectionUngated(text: string, options: InjectionOptions = {}): InjectionResult {
  return score(text, options, false);
}

/**
 * The rules' score is 1 − Π(1 − w) over the categories that fired. With the lexical model, the score is
 * the model's probability p, which takes the rules' findings as features (ruleFeatures), rescaled so
 * that p = LEXICAL_CUT scores 0.5 (logit(score) = logit(p) − logit(LEXICAL_CUT)); a strong rule match
 * (rules ≥ STRONG_RULES: a known attack phrase, a decoded payload with instructions, or one category at
 * its own level in CATEGORY_STANDS) keeps its score when the model's is lower.
 */
function score(text: string, options: InjectionOptions, gated: boolean): InjectionResult {
  const threshold = options.threshold ?? DEFAULT_INJECTION_THRESHOLD;
  const form = { normalized: "" };
  const { weights, discussed, rules } = rulesOf(text, gated, form);
  const signals: SignalName[] = RULE_SIGNAL_NAMES.filter((name) => weights.has(name));
  const model = options.lexicalModel === undefined ? bundledLexicalModel() : options.lexicalModel;
  // An empty text has nothing for the model to judge (its bias alone would give it a small score).
  if (model === null || text.trim() === "") return { score: rules, flagged: rules >= threshold, signals };
  const p = lexicalProbability(form.normalized, model, ruleFeatures(weights, rules, discussed, text));
  const cut = options.lexicalCut ?? LEXICAL_CUT;
  const modelScore = round(1 / (1 + ((1 - p) / p) * (cut / (1 - cut))));
  const score = rulesStand(weights, rules) ? Math.max(rules, modelScore) : modelScore;
  if (score >= threshold && rules < threshold) signals.push("lexical_model");
  return { score, flagged: score >= threshold, signals };
}

/** Whether the rules' score stands when the model's is lower: a strong match overall, or a category at its own level (CATEGORY_STANDS). */
function rulesStand(weights: ReadonlyMap<SignalName, number>, rules: number): boolean {
  if (rules >= STRONG_RULES) return true;
  for (const [name, weight] of weights) if (weight >= (CATEGORY_STANDS[name] ?? Infinity)) return true;
  return false;
}

/** What the rules say of a text: the categories that fired (after the discussion discount) and their noisy-or score. */
function rulesOf(text: string, gated: boolean, form?: { normalized: string }) {
  const found = signalWeights(text, true, gated, form);
  const weights = discountDiscussion(text, found, gated);
  let rest = 1;
  for (const name of RULE_SIGNAL_NAMES) if (weights.has(name)) rest *= 1 - weights.get(name)!;
  return { weights, discussed: weights !== found, rules: round(1 - rest) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What the rules found, as features of the lexical model: each category that fired, whether the text
 * read as a discussion of attacks (discountDiscussion), the rules' score in bands, and whether the text
 * has a question mark or a quotation mark (or apostrophe): questions and quotes are how look-alikes
 * talk about attacks.
 */
export function ruleFeatures(weights: ReadonlyMap<SignalName, number>, rules: number, discussed: boolean, text: string): string[] {
  const features: string[] = [...weights.keys()];
  if (discussed) features.push("discussion");
  if (/[?\uff1f]/.test(text)) features.push("question");
  // Letters spaced out one by one ("S a y t h a t"): a way to slip words past filters, rare in plain prose.
  if (SPACED_OUT.test(text.toLowerCase())) features.push("spaced_out");
  if (/["\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019\u300c\u300d]/.test(text)) features.push("quotes");
  for (const band of RULE_SCORE_BANDS) if (rules >= band) features.push(`score>=${band}`);
  return features;
}

/**
 * What the score is combined from, for the tools that fit the combination (eval/out-of-fold-injection.mjs):
 * the model's probability, the rules' score, each category's weight, and whether the text read as a discussion.
 */
export function injectionEvidence(text: string, model: LexicalModel) {
  const form = { normalized: "" };
  const { weights, discussed, rules } = rulesOf(text, true, form);
  const p = lexicalProbability(form.normalized, model, ruleFeatures(weights, rules, discussed, text));
  return { p, rules, discussed, weights: Object.fromEntries(weights) };
}

/** The rule features of a text: what the training script gives the model. */
export function ruleFeaturesOf(text: string): string[] {
  const { weights, discussed, rules } = rulesOf(text, true);
  return ruleFeatures(weights, rules, discussed, text);
}

/** Needles of the phrase signals, then of the compositional rules (gate.ts). */
const INDEX = new NeedleIndex([...SIGNALS.map((s) => s.needles), ...COMPOSED_RULES.map((r) => r.needles)]);
const DELIMITER_TOKENS = SIGNALS.filter((s) => s.name === "delimiter_tokens" && s.unfolded);
/** Lines are scored in chunks of at least this many characters, each with the start of the next line. */
const CHUNK_CHARS = 400;
const LINE_OVERLAP = 60;

/** Texts longer than this are scored on their first and last halves of this size (documents). */
const MAX_SCORED_CHARS = 64 * 1024;
const MAX_ENCODED_BLOBS = 16;
/** Attack words written backwards (ignore, instructions, prompt, system, reveal, password, previous, rules, disregard, forget, override). */
const REVERSED_WORD = /(?<![a-z])(?:erongi|snoitcurtsni|tpmorp|metsys|laever|drowssap|suoiverp|selur|dragersid|tegrof|edirrevo)(?![a-z])/;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const TURN_MARKER = /(?:^|\n)[^\S\n]*(?:human|assistant|user|ai|system|model)[^\S\n]*:/g;

/** Quoted text: '…', ‘…’ (not apostrophes), `…` (inner quotes), and "…", “…”, «…» (outer quotes). */
const INNER_QUOTED = /(?<![\p{L}\p{N}])['\u2018][^'\u2018\u2019\n]{2,160}['\u2019](?![\p{L}\p{N}])|`[^`\n]{1,160}`/gu;
const OUTER_QUOTED =
  /["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300e][^"\u201c\u201d\u201e\u00ab\u00bb\u300d\u300f\n]{2,160}["\u201c\u201d\u201e\u00ab\u00bb\u300d\u300f]/gu;
/** Words of a text that talks about attacks or tokens rather than making one. */
const DISCUSSION_NOUN =
  /(?<![a-z])(?:attacks?|attackers?|injections?|jailbreak\w*|exploits?|adversarial|classifiers?|detect\w*|defend\w*|defen[cs]e\w*|mitigat\w*|guard against|protect against|tokeni[sz]er\w*|tokens?|phrases?|prompt hacking|means?|meaning|chatml|tags?|syntax|templates?|formats?|formatting|markup|delimiters?|safe|unsafe|dangerous|risky|secure|prompts|security|course|lecture|paper|research|class)(?![a-z])/;
const DISCUSSION_QUESTION = /\?(?=[\s"'\u201d\u2019\u00bb)\]]|$)|(?<![a-z])(?:what|why|how|explain|define|describe|examples? of|is it|tell me about)(?![a-z])/;
const ADDRESSES_MODEL = /(?<![a-z])(?:your|yourself|you(?:'re| are| must| will| should| have| were))(?![a-z])/;
const TEMPLATE_TOKEN = /<\|[^|\n]{1,30}\|>|\[\/?inst\]|<<\/?sys>>|<\/?[a-z_]{2,30}>|<(?:start|end)_of_turn>/gi;

/**
 * "Is 'ignore previous instructions' a common attack?", "What does <|endoftext|> mean?": a question
 * about attacks or tokens. Signals found only inside quotes count half (inner quotes are taken out
 * first, so that "User said: \"Is 'ignore …' an attack?\"" is still a discussion); with no quotes,
 * and when the text does not address the model ("your", "you must"), every signal counts 0.6. A short
 * question about a single chat-template token, with no other signal, counts 0.6 too.
 */
function discountDiscussion(text: string, weights: Map<SignalName, number>, gated: boolean): Map<SignalName, number> {
  if (weights.size === 0) return weights;
  // Discussion words are looked for in plain lower case: a question about attacks is not obfuscated.
  const lower = text.toLowerCase();
  if (!DISCUSSION_QUESTION.test(lower)) return weights;
  const scaled = (factor: number) => new Map([...weights].map(([name, w]) => [name, w * factor] as const));
  const onlyTokens = weights.size === 1 && weights.has("delimiter_tokens");
  if (onlyTokens && text.length <= TOKEN_QUESTION_CHARS && !ADDRESSES_MODEL.test(lower) && (text.match(TEMPLATE_TOKEN) ?? []).length === 1) {
    return scaled(DISCUSSION_DISCOUNT);
  }
  if (!DISCUSSION_NOUN.test(lower)) return weights;
  let outside = text.replace(INNER_QUOTED, " ");
  if (outside === text) outside = text.replace(OUTER_QUOTED, " ");
  const talk = outside.toLowerCase();
  if (!DISCUSSION_NOUN.test(talk) || !DISCUSSION_QUESTION.test(talk)) return weights;
  if (outside !== text) {
    const unquoted = signalWeights(outside, true, gated);
    return new Map([...weights].map(([name, w]) => [name, Math.max(unquoted.get(name) ?? 0, w * QUOTED_DISCOUNT)] as const));
  }
  return ADDRESSES_MODEL.test(talk) ? weights : scaled(DISCUSSION_DISCOUNT);
}

function signalWeights(input: string, decodeBlobs: boolean, gated: boolean, form?: { normalized: string }): Map<SignalName, number> {
  const text = input.length > MAX_SCORED_CHARS ? input.slice(0, MAX_SCORED_CHARS / 2) + "\n" + input.slice(-MAX_SCORED_CHARS / 2) : input;
  const weights = new Map<SignalName, number>();
  const add = (name: SignalName, weight: number) => {
    if (weight > (weights.get(name) ?? 0)) weights.set(name, weight);
  };
  const unfolded = unfoldedForm(text);
  const spaced = SPACED_OUT_TEXT.test(unfolded);
  const normalized = foldUnfolded(unfolded, spaced);
  if (form) form.normalized = normalized;
  // Six spaced-out letters (SPACED_OUT) are four (SPACED_OUT_TEXT) first: most texts need one test.
  const open = spaced && SPACED_OUT.test(unfolded);
  const substrings = INDEX.substringsIn([normalized, unfolded]);
  for (const [n, u] of chunks(normalized, unfolded)) {
    // The lead scan of n has its words for the gate, and whether it has Hangul/CJK: u has none that n
    // lacks (normalisation after unfoldedForm() never touches them and only shortens a line).
    const scan = scanOf(n);
    const on = INDEX.triggered([n, u], substrings, open || !gated, scan.words, scan.wide);
    for (let i = 0; i < SIGNALS.length; i++) {
      if (on[i] === 0) continue;
      const signal = SIGNALS[i]!;
      if (signal.unfolded ? signal.pattern.test(u) || signal.pattern.test(n) : matches(i, n)) add(signal.name, signal.weight);
    }
    for (let j = 0; j < COMPOSED_RULES.length; j++) if (on[SIGNALS.length + j] === 1) COMPOSED_RULES[j]!.run(n, add);
  }
  // Chat-template tokens spelled out with spaces ("< | i m _ s t a r t | >") are matched with all spaces removed.
  if (/[<[|]\s+[a-z|_/]/.test(unfolded)) {
    const compact = unfolded.replace(/\s+/g, "");
    for (const signal of DELIMITER_TOKENS) if (signal.pattern.test(compact)) add(signal.name, signal.weight);
  }
  // A fake transcript: two or more lines opening a "User:" / "Assistant:" / "System:" turn.
  if ((unfolded.match(TURN_MARKER) ?? []).length >= 2) add("delimiter_tokens", FAKE_TURNS);
  // "DAN" (the jailbreak persona) only in capitals: "Dan" is a name.
  if (/DAN|\uff24/.test(text) && /(?<![A-Za-z])DAN(?![A-Za-z])/.test(text.normalize("NFKC"))) add("roleplay_jailbreak", DAN);
  if (decodeBlobs && REVERSED_WORD.test(text.toLowerCase())) {
    // Text written backwards ("snoitcurtsni suoiverp lla erongi"): read it forwards and score that.
    const inner = signalWeights([...text].reverse().join(""), false, gated);
    if ([...inner.values()].some((w) => w >= DECODED_INSTRUCTION_WEIGHT)) add("encoded_payload", ENCODED_WITH_INSTRUCTIONS);
  }
  if (decodeBlobs && MORSE_RUN.test(text)) {
    // Morse code (".. --. -. --- .-. ."): read it and score that, as a decoded blob.
    for (const decoded of morseTexts(text)) {
      const inner = signalWeights(decoded, false, gated);
      add("encoded_payload", [...inner.values()].some((w) => w >= DECODED_INSTRUCTION_WEIGHT) ? ENCODED_WITH_INSTRUCTIONS : ENCODED_READABLE_TEXT);
    }
  }
  if (decodeBlobs) {
    for (const decoded of decodedBlobs(deconfuse(HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text))) {
      const inner = signalWeights(decoded, false, gated);
      const hasInstructions = [...inner.values()].some((w) => w >= DECODED_INSTRUCTION_WEIGHT);
      add("encoded_payload", hasInstructions ? ENCODED_WITH_INSTRUCTIONS : ENCODED_READABLE_TEXT);
      if (hasInstructions) break;
    }
  }
  return weights;
}

/** The phrase signals in the shared lead index (leads.ts), by position in SIGNALS; token signals (-1) run as they are. */
const SIGNAL_LEADS = SIGNALS.map((s) => (s.unfolded ? -1 : registerLeads(s.pattern)));

/** SIGNALS[i].pattern.test(text), the pattern tried only where one of its leads starts a word. */
function matches(i: number, text: string): boolean {
  const id = SIGNAL_LEADS[i]!;
  return id < 0 ? SIGNALS[i]!.pattern.test(text) : anchoredTest(id, text);
}

/** Twelve or more Morse letters in a row (dots and dashes, letters parted by a space, words by a slash or more spaces). */
const MORSE_RUN = /(?:[.-]{1,6}(?: {1,3}| ?[/|] ?)){11,}[.-]{1,6}/;
const MORSE_RUNS = new RegExp(MORSE_RUN.source, "g");
const MORSE: Readonly<Record<string, string>> = Object.fromEntries(
  "a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- v...- w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----. ..-.-.- ,--..-- ?..--.. '.----. !-.-.-- :---... \".-..-."
    .split(" ")
    .map((entry) => [entry.slice(1), entry[0]!] as const),
);

/** The Morse runs of a text as lower-case words; a run with a letter that is not Morse is dropped. */
function morseTexts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MORSE_RUNS)) {
    const words = m[0].trim().split(/ ?[/|] ?| {2,}/);
    const decoded = words.map((w) =>
      w
        .split(" ")
        .map((code) => MORSE[code] ?? "\u0000")
        .join(""),
    );
    const line = decoded.join(" ");
    if (!line.includes("\u0000")) out.push(line);
    if (out.length >= MAX_ENCODED_BLOBS) break;
  }
  return out;
}

/** Percent-encoded blobs: eight or more %XX escapes, perhaps with a few plain characters between runs. */
const PERCENT_BLOB = /(?:%[0-9A-Fa-f]{2}){8,}(?:[^\s%]{0,3}(?:%[0-9A-Fa-f]{2})+)*/g;

/** Base64 blobs are runs of at least this many [A-Za-z0-9+/_-]; hex blobs (20 or more) lie inside such runs. */
const BLOB_CHARS = 16;

/**
 * The blobs a regex scan would find:
 *   hex: the matches of /(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){10,}(?![0-9A-Za-z])/g, which are exactly the
 *     maximal runs of [0-9A-Za-z] made of hex digits only, of even length ≥ 20;
 *   base64: the matches of /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g, which are exactly the
 *     maximal runs of [A-Za-z0-9+/_-] of length ≥ 16 with up to two "=" after them.
 * A run of 16 or more such characters covers a position that is 15 modulo 16 past the end of the
 * previous run: only those positions are read first, so ordinary prose (short words) is mostly skipped.
 * Exported for tests.
 */
export function blobCandidates(text: string): { hex: string[]; base64: string[] } {
  const hex: string[] = [];
  const base64: string[] = [];
  const length = text.length;
  for (let probe = BLOB_CHARS - 1; probe < length;) {
    if (!isBlobChar(text.charCodeAt(probe))) {
      probe += BLOB_CHARS;
      continue;
    }
    let start = probe;
    while (start > 0 && isBlobChar(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < length && isBlobChar(text.charCodeAt(end))) end++;
    if (end - start >= BLOB_CHARS) {
      let equals = end;
      while (equals < end + 2 && text.charCodeAt(equals) === 61) equals++; // "="
      base64.push(text.slice(start, equals));
      // Its maximal runs of [0-9A-Za-z] (none reaches outside it): hex when all hex digits, even, 20 or more.
      let run = start;
      let allHex = true;
      for (let i = start; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : 0;
        if (isAlnum(c)) {
          allHex &&= (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
          continue;
        }
        if (allHex && i - run >= 20 && (i - run) % 2 === 0) hex.push(text.slice(run, i));
        run = i + 1;
        allHex = true;
      }
    }
    // The next run of 16 begins after `end` (not a blob character) and covers end + 16, or end + 32, ….
    probe = end + BLOB_CHARS;
  }
  return { hex, base64 };
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [A-Za-z0-9+/_-] */
function isBlobChar(c: number): boolean {
  return isAlnum(c) || c === 43 || c === 47 || c === 95 || c === 45;
}

/**
 * The text in chunks of whole lines (normalised and unfolded forms side by side), each chunk at least
 * CHUNK_CHARS long and followed by the start of the next line, so that a phrase broken across a line
 * end is still seen. Signals only look at one chunk at a time; their needles gate them per chunk.
 */
function* chunks(normalized: string, unfolded: string): Generator<[string, string]> {
  const n = lineStarts(normalized);
  const u = lineStarts(unfolded);
  if (n.length !== u.length || normalized.length <= CHUNK_CHARS) {
    yield [normalized, unfolded];
    return;
  }
  // Line i is text.slice(starts[i], starts[i + 1] - 1); a chunk (its lines joined by "\n", then "\n" and
  // the start of the next line) is one slice of the text.
  const lines = n.length;
  const end = (starts: number[], text: string, next: number) =>
    next < lines ? Math.min(starts[next]! + LINE_OVERLAP, next + 1 < lines ? starts[next + 1]! - 1 : text.length) : text.length;
  let start = 0;
  while (start < lines) {
    let last = start;
    let size = lineLength(n, normalized, start);
    while (size < CHUNK_CHARS && last + 1 < lines) size += lineLength(n, normalized, ++last) + 1;
    yield [normalized.slice(n[start], end(n, normalized, last + 1)), unfolded.slice(u[start], end(u, unfolded, last + 1))];
    start = last + 1;
  }
}

/** Where each line of the text starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineLength(starts: number[], text: string, line: number): number {
  return (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length) - starts[line]!;
}

/** Readable texts hidden in base64, hex or percent-encoded blobs of the input. */
function decodedBlobs(text: string): string[] {
  const out: string[] = [];
  let tried = 0;
  const blobs = blobCandidates(text);
  for (const blob of blobs.hex) {
    if (tried++ >= MAX_ENCODED_BLOBS) break;
    const decoded = Buffer.from(blob, "hex").toString("utf8");
    if (readable(decoded)) out.push(decoded);
  }
  for (const m of text.includes("%") ? text.matchAll(PERCENT_BLOB) : []) {
    if (tried++ >= MAX_ENCODED_BLOBS) break;
    let decoded = "";
    try {
      decoded = decodeURIComponent(m[0]);
    } catch {
      continue;
    }
    if (readable(decoded)) out.push(decoded);
  }
  for (const blob of blobs.base64) {
    if (/^[0-9A-Fa-f]+$/.test(blob) || !/[0-9+/=]/.test(blob) || !/[a-z]/.test(blob) || !/[A-Z]/.test(blob)) continue;
    if (tried++ >= MAX_ENCODED_BLOBS) break;
    const decoded = Buffer.from(blob, "base64").toString("utf8");
    if (readable(decoded)) out.push(decoded);
  }
  return out;
}

/** Mostly printable text with a space or CJK/Hangul characters: something a model would read as words. */
function readable(s: string): boolean {
  if (s.length < 8 || !/[ \u3000-\u9fff\uac00-\ud7af]/.test(s)) return false;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 9 || c === 13 || c >= 0xa0) printable++;
  }
  return printable / s.length >= 0.95 && !s.includes("\ufffd");
}
