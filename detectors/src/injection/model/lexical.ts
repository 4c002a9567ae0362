import { readFileSync } from "node:fs";
import path from "node:path";
import { WHOLE_TEXT_CHARS, WINDOW_CHARS } from "../tuning";
import { CONCEPT_NAMES, conceptIds, HANGUL } from "./concepts";

export { WHOLE_TEXT_CHARS } from "../tuning";

/**
 * A bag-of-features logistic model over normalised text (normalize.ts), which also weighs what the
 * hand-written rules found. The rules need a phrase family per wording; new authors keep finding wordings
 * no family has. The model generalises from words and word pieces instead: stems shared across languages
 * ("instr" in instructions / instrucciones / Instruktionen), word pairs, Hangul syllable pairs for Korean
 * written without spaces, and concepts shared by all five languages (concepts.ts). Weights are learned offline by eval/train-injection-model.mjs
 * from the development sets and shipped in models/injection-lexical.json: no download, no
 * randomness, the same score for the same text.
 */
export interface LexicalModel {
  bias: number;
  /**
   * The weights by kind of feature (see lexicalFeatures), so that scoring looks words up without
   * building keys. Each map gives the feature's id, an index into `weight`: a feature counts once in a
   * scored text or window however often it occurs, so a long text does not add up to a high score.
   */
  weight: Float64Array;
  words: ReadonlyMap<string, number>;
  /** First word → second word → id. */
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  stems: ReadonlyMap<string, number>;
  hangul: ReadonlyMap<string, number>;
  /** Concept id (concepts.ts) → feature id. */
  concepts: ReadonlyMap<number, number>;
  /** pairKey(concept, concept) → feature id. */
  conceptPairs: ReadonlyMap<number, number>;
  /** Rule features (score.ts ruleFeatures: "which signals fired, how strongly") → weight; each occurs once. */
  rules: ReadonlyMap<string, number>;
}

/** Concepts within this many words of each other form a pair (in either order). */
const PAIR_SPAN = 5;
const pairKey = (a: number, b: number) => (a < b ? a * 1024 + b : b * 1024 + a);
const pairName = (a: number, b: number) =>
  CONCEPT_NAMES[a]! < CONCEPT_NAMES[b]! ? `${CONCEPT_NAMES[a]}+${CONCEPT_NAMES[b]}` : `${CONCEPT_NAMES[b]}+${CONCEPT_NAMES[a]}`;

/** How the model file looks on disk (written by the training script): feature → weight. */
interface LexicalModelFile {
  bias: number;
  weights: Record<string, number>;
}

export const LEXICAL_MODEL_FILE = path.resolve(__dirname, "../../../models/injection-lexical.json");

let bundled: LexicalModel | undefined;

/** The model shipped with the package (models/injection-lexical.json), read once. */
export function bundledLexicalModel(): LexicalModel {
  bundled ??= parseLexicalModel(readFileSync(LEXICAL_MODEL_FILE, "utf8"));
  return bundled;
}

export function parseLexicalModel(json: string): LexicalModel {
  const file = JSON.parse(json) as LexicalModelFile;
  if (typeof file.bias !== "number" || typeof file.weights !== "object" || file.weights === null) {
    throw new Error(`injection lexical model: expected {"bias": number, "weights": {feature: number}}`);
  }
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const stems = new Map<string, number>();
  const hangul = new Map<string, number>();
  const concepts = new Map<number, number>();
  const conceptPairs = new Map<number, number>();
  const rules = new Map<string, number>();
  const weight: number[] = [];
  const conceptId = (name: string, feature: string) => {
    const id = CONCEPT_NAMES.indexOf(name);
    if (id < 0) throw new Error(`injection lexical model: feature ${JSON.stringify(feature)} names no concept in concepts.ts`);
    return id;
  };
  for (const [feature, w] of Object.entries(file.weights)) {
    const body = feature.slice(2);
    const id = weight.length;
    switch (feature.slice(0, 2)) {
      case "w:":
        words.set(body, id);
        break;
      case "s:":
        stems.set(body, id);
        break;
      case "h:":
        hangul.set(body, id);
        break;
      case "r:":
        rules.set(body, w);
        continue;
      case "c:":
        concepts.set(conceptId(body, feature), id);
        break;
      case "p:": {
        const [a, b] = body.split("+");
        conceptPairs.set(pairKey(conceptId(a ?? "", feature), conceptId(b ?? "", feature)), id);
        break;
      }
      case "b:": {
        const [first, second] = body.split(" ");
        if (first === undefined || second === undefined) throw new Error(`injection lexical model: bad pair feature ${JSON.stringify(feature)}`);
        if (!pairs.has(first)) pairs.set(first, new Map());
        pairs.get(first)!.set(second, id);
        break;
      }
      default:
        throw new Error(`injection lexical model: unknown feature ${JSON.stringify(feature)}`);
    }
    weight.push(w);
  }
  return { bias: file.bias, weight: Float64Array.from(weight), words, pairs, stems, hangul, concepts, conceptPairs, rules };
}

/** Stems are the first STEM letters of longer words: enough to share a root across EN/DE/FR/ES. */
const STEM = 5;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether each UTF-16 unit outside ASCII is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  if (WORD_UNITS[c] === 0) WORD_UNITS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return WORD_UNITS[c] === 1;
}

/** A normalised text as words, with where each starts and whether it opens a sentence. */
export interface LexicalWords {
  /** The text the words were read from (spaced-out Hangul joined), and its length. */
  length: number;
  words: string[];
  starts: number[];
  /** sentenceStarts[i]: word i follows a sentence end (".", "!", "?", "。" or a line break, then a space). */
  sentenceStarts: boolean[];
  /** hangul[i]: word i has a Hangul syllable. */
  hangul: boolean[];
}

/**
 * Hangul syllables spaced out one by one ("규 칙 무 시", "시.스.템", "필🔥터🔥꺼"), joined: the
 * normaliser joins spaced-out Latin letters only. Korean has many one-syllable words, so a run with
 * only spaces between its syllables needs five of them; with other separators (. * _ - emoji …) three.
 */
const SPACED_HANGUL = /(?<![\uac00-\ud7a3])[\uac00-\ud7a3](?:(?:[^\p{L}\p{N}\s]{1,2}|[^\S\n]{1,2})[\uac00-\ud7a3](?![\uac00-\ud7a3]))+/gu;

export function joinSpacedHangul(text: string): string {
  if (!HANGUL.test(text)) return text;
  return text.replace(SPACED_HANGUL, (run) => {
    const syllables = run.replace(/[^\uac00-\ud7a3]/g, "");
    const spacesOnly = /^[\uac00-\ud7a3\s]+$/.test(run);
    return syllables.length >= (spacesOnly ? 5 : 3) ? syllables : run;
  });
}

/**
 * The words of a normalised text: runs of letters and digits, numbers left out (they name orders and
 * dates, not intent). A number between two words does not part them: pairs are of adjacent kept words.
 */
export function lexicalWords(text: string): LexicalWords {
  const normalized = joinSpacedHangul(text);
  const out: LexicalWords = { length: normalized.length, words: [], starts: [], sentenceStarts: [], hangul: [] };
  let start = -1;
  let digitsOnly = true;
  let hangul = false;
  let sentenceEnd = false;
  for (let i = 0; i <= normalized.length; i++) {
    const c = i < normalized.length ? normalized.charCodeAt(i) : 32;
    let inWord: boolean;
    if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff) inWord = WORD_CHAR.test(normalized.slice(i, i + 2));
    else if (c >= 0xdc00 && c <= 0xdfff) inWord = start >= 0;
    else inWord = isWordUnit(c);
    if (inWord) {
      if (start < 0) {
        start = i;
        digitsOnly = true;
        hangul = false;
      }
      if (c < 48 || c > 57) digitsOnly = false;
      if (c >= 0xac00 && c <= 0xd7a3) hangul = true;
      continue;
    }
    if (start >= 0) {
      if (!digitsOnly) {
        out.words.push(normalized.slice(start, i));
        out.starts.push(start);
        out.sentenceStarts.push(sentenceEnd);
        out.hangul.push(hangul);
        sentenceEnd = false;
      }
      start = -1;
    }
    if (c === 10 || ((c === 46 || c === 33 || c === 63 || c === 0x3002) && /\s/.test(normalized[i + 1] ?? ""))) sentenceEnd = true;
  }
  return out;
}

/**
 * The features of one normalised text, with repeats: "w:" words, "b:" adjacent word pairs, "s:" stems
 * of words longer than a stem, "h:" pairs of Hangul syllables inside a word (Korean is often written
 * without spaces, and particles stick to words), "c:" concepts (concepts.ts) and "p:" pairs of different
 * concepts at most PAIR_SPAN words apart (or in one word). The model counts each distinct feature once
 * (presence, not frequency): a text's score is the sum of the weights of the features it has.
 */
export function lexicalFeatures(normalized: string): string[] {
  const scan = lexicalWords(normalized);
  return featuresOf(scan, scan.words.map(conceptIds), 0, scan.words.length);
}

/**
 * The features of each unit the model scores in a normalised text: the whole text up to
 * WHOLE_TEXT_CHARS, else each window (windows()). The training script learns long benign texts window
 * by window, as they are scored.
 */
export function lexicalUnitFeatures(normalized: string): string[][] {
  const scan = lexicalWords(normalized);
  const concepts = scan.words.map(conceptIds);
  if (normalized.length <= WHOLE_TEXT_CHARS) return [featuresOf(scan, concepts, 0, scan.words.length)];
  return [...windows(scan)].map(([a, b]) => featuresOf(scan, concepts, a, b));
}

/**
 * Words whose presence says only that a text is long enough to have them ("and", "the", "und", "et"):
 * no word feature of their own (the model learnt "and" as a sign of attack, since attacks were longer
 * than look-alikes), though they still make word pairs ("and reveal").
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "a an and or the of to in on at by for with from as is are was were be been it its this that these those there then than so but if into about over "
    .concat("und oder der die das den dem des ein eine einen einem einer ist sind zu im mit von auf fur für als auch ")
    .concat("et ou le la les un une des du de au aux en est sont dans pour par sur avec que qui ")
    .concat("y o el los las unos unas del al es son en por para con que")
    .split(" ")
    .filter((w) => w !== ""),
);

/** The features of words a … b − 1 (a pair reaching before a is not among them). */
function featuresOf({ words, hangul }: LexicalWords, concepts: readonly (readonly number[])[], a: number, b: number): string[] {
  const features: string[] = [];
  for (let i = a; i < b; i++) {
    const word = words[i]!;
    for (const c of concepts[i]!) {
      features.push("c:" + CONCEPT_NAMES[c]);
      forEachPair(concepts, i, a, (d) => features.push("p:" + pairName(c, d)), c);
    }
    if (!FUNCTION_WORDS.has(word)) features.push("w:" + word);
    if (i > a) features.push("b:" + words[i - 1]! + " " + word);
    if (hangul[i]) {
      for (let j = 0; j + 1 < word.length; j++) features.push("h:" + word.slice(j, j + 2));
    } else if (word.length > STEM) {
      features.push("s:" + word.slice(0, STEM));
    }
  }
  return features;
}

/**
 * Calls `visit` with each concept d ≠ c of the words j = i − PAIR_SPAN … i (not before `from`) that
 * pairs with concept c of word i; in word i itself only the concepts after c, so each pair is seen once.
 */
function forEachPair(concepts: readonly (readonly number[])[], i: number, from: number, visit: (d: number, j: number) => void, c: number): void {
  for (let j = Math.max(from, i - PAIR_SPAN); j <= i; j++) {
    for (const d of concepts[j]!) if (d !== c && (j < i || d > c)) visit(d, j);
  }
}

/**
 * The model's probability that a normalised text is an injection. A text longer than WHOLE_TEXT_CHARS
 * is scored in windows of whole sentences (each with the next sentence too) and gets its highest
 * window: an attack is a few sentences, and the rest of a long document would otherwise outvote it.
 * Within a text or window each feature counts once.
 */
export function lexicalProbability(normalized: string, model: LexicalModel = bundledLexicalModel(), ruleFeatures: readonly string[] = []): number {
  const scan = lexicalWords(normalized);
  const { words, hangul } = scan;
  // The ids of word i's own features (word, concepts, stem, Hangul pairs) are ownIds[ownOf[i] … ownOf[i + 1] − 1];
  // pair[i] is the id of the word pair it ends (−1: none); the concept pairs it ends are pairFrom[k]
  // (the other word) and pairId[k] for k in pairsOf[i] … pairsOf[i + 1] − 1. All looked up once, then
  // summed per window, each id once (seen[id] === the window's stamp).
  const ownIds: number[] = [];
  const ownOf = new Int32Array(words.length + 1);
  const pair = new Int32Array(words.length).fill(-1);
  const pairsOf = new Int32Array(words.length + 1);
  const pairFrom: number[] = [];
  const pairId: number[] = [];
  const concepts = words.map(conceptIds);
  const own = (id: number | undefined) => {
    if (id !== undefined) ownIds.push(id);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    ownOf[i] = ownIds.length;
    pairsOf[i] = pairFrom.length;
    own(model.words.get(word));
    for (const c of concepts[i]!) {
      own(model.concepts.get(c));
      forEachPair(
        concepts,
        i,
        0,
        (d, j) => {
          const id = model.conceptPairs.get(pairKey(c, d));
          if (id === undefined) return;
          pairFrom.push(j);
          pairId.push(id);
        },
        c,
      );
    }
    if (hangul[i]) {
      for (let j = 0; j + 1 < word.length; j++) own(model.hangul.get(word.slice(j, j + 2)));
    } else if (word.length > STEM) {
      own(model.stems.get(word.slice(0, STEM)));
    }
    if (i > 0) pair[i] = model.pairs.get(words[i - 1]!)?.get(word) ?? -1;
  }
  ownOf[words.length] = ownIds.length;
  pairsOf[words.length] = pairFrom.length;
  let bias = model.bias;
  for (const f of ruleFeatures) bias += model.rules.get(f) ?? 0;
  const seen = stamps(model);
  const weight = model.weight;
  // Words a … b − 1 make the window; a pair that reaches before a is not in it.
  const z = (a: number, b: number) => {
    const stamp = ++seen.stamp;
    const marks = seen.marks;
    let sum = bias;
    const add = (id: number) => {
      if (marks[id] === stamp) return;
      marks[id] = stamp;
      sum += weight[id]!;
    };
    for (let i = a; i < b; i++) {
      for (let k = ownOf[i]!; k < ownOf[i + 1]!; k++) add(ownIds[k]!);
      if (i > a && pair[i]! >= 0) add(pair[i]!);
    }
    for (let k = pairsOf[a]!; k < pairsOf[b]!; k++) if (pairFrom[k]! >= a) add(pairId[k]!);
    return sum;
  };
  if (normalized.length <= WHOLE_TEXT_CHARS) return sigmoid(z(0, words.length));
  let best = -Infinity;
  for (const [a, b] of windows(scan)) best = Math.max(best, z(a, b));
  return sigmoid(best);
}

/** Per model, a mark per feature id, so that a window adds each feature once without clearing an array. */
const MARKS = new WeakMap<LexicalModel, { marks: Uint32Array; stamp: number }>();

function stamps(model: LexicalModel): { marks: Uint32Array; stamp: number } {
  let s = MARKS.get(model);
  if (s === undefined || s.stamp >= 0xfffffff0) {
    s = { marks: new Uint32Array(model.weight.length), stamp: 0 };
    MARKS.set(model, s);
  }
  return s;
}

/** The same probability from a list of features (the training script's view), each counted once; for tests. */
export function probabilityOfFeatures(features: Iterable<string>, model: LexicalModel): number {
  let z = model.bias;
  for (const f of new Set(features)) {
    const body = f.slice(2);
    const kind = f.slice(0, 2);
    const [first, second] = body.split(" ");
    const [c, d] = body.split("+").map((name) => CONCEPT_NAMES.indexOf(name));
    if (kind === "r:") {
      z += model.rules.get(body) ?? 0;
      continue;
    }
    const id =
      kind === "w:"
        ? model.words.get(body)
        : kind === "s:"
          ? model.stems.get(body)
          : kind === "h:"
            ? model.hangul.get(body)
            : kind === "c:"
              ? model.concepts.get(c!)
              : kind === "p:"
                ? model.conceptPairs.get(pairKey(c!, d!))
                : model.pairs.get(first!)?.get(second!);
    z += id === undefined ? 0 : model.weight[id]!;
  }
  return sigmoid(z);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Windows of whole sentences, as word ranges [a, b): sentences are added while the window stays within
 * WINDOW_CHARS, then one more, so that an attack cut at a window edge is whole in one window.
 */
function* windows({ starts, sentenceStarts, length }: LexicalWords): Generator<[number, number]> {
  const sentences: number[] = [];
  for (let i = 0; i < starts.length; i++) if (i === 0 || sentenceStarts[i]) sentences.push(i);
  const charAt = (sentence: number) => (sentence < sentences.length ? starts[sentences[sentence]!]! : length);
  const wordAt = (sentence: number) => (sentence < sentences.length ? sentences[sentence]! : starts.length);
  let first = 0;
  while (first < sentences.length) {
    let next = first + 1;
    while (next < sentences.length && charAt(next + 1) - charAt(first) <= WINDOW_CHARS) next++;
    yield [wordAt(first), wordAt(Math.min(next + 1, sentences.length))];
    first = next;
  }
}
