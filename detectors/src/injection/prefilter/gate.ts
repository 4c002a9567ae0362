import { code37, key37 } from "./word-code";

/**
 * A cheap pre-check that lets a signal skip its regex on lines that cannot match it. Every signal
 * (and compositional rule) lists needles: words one of which each match of its pattern contains.
 * An index maps needles to signals; the words of a line are listed once (by leads.ts, in the same pass
 * that finds where signals may match), each word (and its first four and first six letters) is looked
 * up, and only the signals whose needles occur run their regex.
 * Needle forms:
 *   - a word of six letters or more is looked up by its first six letters ("exfiltrat" passes "exfiltration"),
 *   - a word of four or five letters by its first four ("ignor" passes "ignoring"),
 *   - a shorter word, or one written "=ai", as a whole word,
 *   - anything else (":", "|>", "was dir"), or a needle written "~richtlinie" (German compounds),
 *     as a substring of the line,
 *   - a needle in Hangul, kana or CJK opens the gate for any text with such characters.
 * Each "l" of a word also stands for "i", as in phrases (a folded "1").
 *
 * The gate is permissive (a needle "model" passes for "mode"); it only must never hold back a line the
 * pattern matches. Spaced-out text joined by normalisation ("ignoreallpreviousinstructions") has no
 * word boundaries to split on, so in a text with spaced-out letters every signal runs.
 */
export class NeedleIndex {
  /** Word needles by whole word, first four letters, first six letters. */
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix4 = new Map<string, number[]>();
  private readonly byPrefix6 = new Map<string, number[]>();
  private readonly bySubstring = new Map<string, number[]>();
  /** Signals with a needle in another script than Latin: they run whenever the text has such characters. */
  private readonly wide: number[] = [];
  private readonly always: number[] = [];

  /** @param lists the needles of each signal (by position); undefined: the signal always runs. */
  constructor(lists: readonly (readonly string[] | undefined)[]) {
    lists.forEach((needles, id) => {
      if (!needles) {
        this.always.push(id);
        return;
      }
      for (const needle of needles) {
        const key = keyOf(needle);
        if (key !== undefined) {
          const map = key.kind === "word" ? this.byWord : key.kind === "prefix4" ? this.byPrefix4 : this.byPrefix6;
          for (const k of lVariants(key.key)) add(map, k, id);
        } else if (WIDE.test(needle)) {
          if (!this.wide.includes(id)) this.wide.push(id);
        } else add(this.bySubstring, needle.replace(/^~/, ""), id);
      }
    });
    this.size = lists.length;
  }

  readonly size: number;

  /**
   * The substring needles that occur in the text (lines are then checked against only those).
   */
  substringsIn(texts: readonly string[]): string[] {
    if (this.substringScan === undefined) {
      const needles = [...this.bySubstring.keys()].sort((a, b) => b.length - a.length);
      // The longest needle at each position, leftmost first (as an alternation of the needles, longest
      // first, would find them), written as a trie: the regex engine tests a handful of first
      // characters per position instead of some seventy alternatives.
      this.substringScan = new RegExp(literalTrie(needles), "g");
      // A needle found inside a longer one ("[" in "[email]") is found with it.
      this.contained = new Map(needles.map((n) => [n, needles.filter((m) => m !== n && n.includes(m))]));
    }
    const found = new Set<string>();
    for (const t of texts) {
      this.substringScan.lastIndex = 0;
      for (let m = this.substringScan.exec(t); m !== null; m = this.substringScan.exec(t)) {
        if (found.has(m[0])) continue;
        found.add(m[0]);
        for (const c of this.contained!.get(m[0]) ?? []) found.add(c);
      }
    }
    return [...found];
  }

  /**
   * The word needles by number (code37 of up to four characters): whole words (all of them are
   * shorter than five characters), first four letters, and first six as four then two. Words are
   * looked up without cutting the line into strings.
   */
  private numeric: { byWord: Map<number, number[]>; byPrefix4: Map<number, number[]>; byPrefix6: Map<number, Map<number, number[]>> } | undefined;

  /**
   * Marks the signals whose word needles occur among the words of the line.
   * @param words per word: code37 of its first four characters, of the fifth and sixth, its length
   *   (leads.ts LeadScan.words; computed here when not given).
   */
  private markWords(flags: number[], line: string, words: readonly number[] = wordCodes(line)): void {
    const numeric = (this.numeric ??= this.numericMaps());
    for (let w = 0; w < words.length; w += 3) {
      const code4 = words[w]!;
      const length = words[w + 2]!;
      if (length <= 4) mark(flags, numeric.byWord.get(code4));
      if (length >= 4) mark(flags, numeric.byPrefix4.get(code4));
      if (length >= 6) mark(flags, numeric.byPrefix6.get(code4)?.get(words[w + 1]!));
    }
  }

  private numericMaps(): NonNullable<NeedleIndex["numeric"]> {
    const byWord = new Map<number, number[]>();
    for (const [key, ids] of this.byWord) {
      if (key.length > 4) throw new Error(`word needle longer than four characters: ${key}`);
      byWord.set(key37(key), ids);
    }
    const byPrefix4 = new Map([...this.byPrefix4].map(([key, ids]) => [key37(key), ids] as const));
    const byPrefix6 = new Map<number, Map<number, number[]>>();
    for (const [key, ids] of this.byPrefix6) {
      const first = key37(key.slice(0, 4));
      if (!byPrefix6.has(first)) byPrefix6.set(first, new Map());
      byPrefix6.get(first)!.set(key37(key.slice(4)), ids);
    }
    return { byWord, byPrefix4, byPrefix6 };
  }

  private substringScan: RegExp | undefined;
  private contained: Map<string, string[]> | undefined;

  /**
   * Which signals may match a line: flags[id] === 1.
   * @param texts the normalised line first, then other forms of it substrings are looked for in.
   * @param substrings from substringsIn() on the whole text.
   * @param open every signal runs (spaced-out text).
   * @param words the words of texts[0] as leads.ts LeadScan.words has them (else found here).
   * @param wide whether the texts have Hangul, kana or CJK, when the caller knows (else tested here).
   */
  triggered(texts: readonly string[], substrings: readonly string[], open: boolean, words?: readonly number[], wide?: boolean): number[] {
    // A plain array: a small typed array is slow to allocate (its buffer lives outside the heap).
    const flags: number[] = new Array<number>(this.size).fill(open ? 1 : 0);
    if (open) return flags;
    mark(flags, this.always);
    if (wide ?? texts.some((t) => WIDE.test(t))) mark(flags, this.wide);
    this.markWords(flags, texts[0]!, words);
    for (const s of substrings) {
      for (const t of texts) {
        if (t.includes(s)) {
          mark(flags, this.bySubstring.get(s));
          break;
        }
      }
    }
    return flags;
  }
}

/** The words (maximal runs of [a-z0-9]) of a line: code37 of the first four characters, of the fifth and sixth, the length. */
function wordCodes(line: string): number[] {
  const words: number[] = [];
  let code4 = 0;
  let code56 = 0;
  let length = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? code37(line.charCodeAt(i)) : 0;
    if (c !== 0) {
      if (length < 4) code4 = code4 * 37 + c;
      else if (length < 6) code56 = code56 * 37 + c;
      length++;
    } else if (length > 0) {
      words.push(code4, code56, length);
      code4 = code56 = length = 0;
    }
  }
  return words;
}

/**
 * A regex that matches, at a position, the longest of the words that begins there: the words as a
 * trie, longer continuations tried before a word that ends at a node.
 */
export function literalTrie(words: readonly string[]): string {
  const build = (list: readonly string[], depth: number): string => {
    const ends = list.some((w) => w.length === depth);
    const byChar = new Map<string, string[]>();
    for (const w of list) if (w.length > depth) byChar.set(w[depth]!, [...(byChar.get(w[depth]!) ?? []), w]);
    const branches = [...byChar].map(([c, next]) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") + build(next, depth + 1));
    if (branches.length === 0) return "";
    return branches.length === 1 && !ends ? branches[0]! : `(?:${branches.join("|")}${ends ? "|" : ""})`;
  };
  return build(words, 0);
}

function mark(flags: number[], ids: readonly number[] | undefined): void {
  if (ids) for (const id of ids) flags[id] = 1;
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(key, ids);
}

/** How a word needle is looked up ("ai" as a word, "igno", "exfilt" as prefixes), or undefined for a substring needle. */
function keyOf(needle: string): { kind: "word" | "prefix4" | "prefix6"; key: string } | undefined {
  if (needle.startsWith("~")) return undefined;
  const exact = needle.startsWith("=");
  const word = exact ? needle.slice(1) : needle;
  if (!/^[a-z][a-z0-9]*$/.test(word)) return undefined;
  if (exact || word.length < 4) return { kind: "word", key: word };
  return word.length < 6 ? { kind: "prefix4", key: word.slice(0, 4) } : { kind: "prefix6", key: word.slice(0, 6) };
}

/** Characters of Hangul, kana, CJK. */
const WIDE = /[\u3000-\u9fff\uac00-\ud7af]/;

/** Six or more single letters separated by one space, dot, dash, underscore or star. */
export const SPACED_OUT = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){5,}[a-z0-9](?![a-z0-9])/;

/**
 * A key with each of its "l"s kept or read as "i", in every combination ("follow": follow, foilow,
 * foliow, foiiow), since leet folding turns only the "1"s of a word into "i" ("f0l10w1ng" → "foliowing");
 * with more than four "l"s, only all-kept and all-read.
 */
function lVariants(key: string): Set<string> {
  const parts = key.split("l");
  if (parts.length - 1 > 4) return new Set([key, key.replace(/l/g, "i")]);
  let out = [parts[0]!];
  for (const part of parts.slice(1)) out = out.flatMap((v) => [v + "l" + part, v + "i" + part]);
  return new Set(out);
}
