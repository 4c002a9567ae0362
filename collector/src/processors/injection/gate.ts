/**
 * A cheap pre-check that lets a signal skip its regex on lines that cannot match it. Every signal
 * (and compositional rule) lists needles: words one of which each match of its pattern contains.
 * An index maps needles to signals; a line is split into words once, each word (and its first four
 * and first six letters) is looked up, and only the signals whose needles occur run their regex.
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
          for (const k of new Set([key.key, key.key.replace(/l/g, "i")])) add(map, k, id);
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
      this.substringScan = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
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

  private substringScan: RegExp | undefined;
  private contained: Map<string, string[]> | undefined;

  /**
   * Which signals may match a line: flags[id] === 1.
   * @param texts the normalised line first, then other forms of it substrings are looked for in.
   * @param substrings from substringsIn() on the whole text.
   * @param open every signal runs (spaced-out text).
   */
  triggered(texts: readonly string[], substrings: readonly string[], open: boolean): Uint8Array {
    const flags = new Uint8Array(this.size);
    if (open) return flags.fill(1);
    mark(flags, this.always);
    for (const t of texts) {
      if (WIDE.test(t)) {
        mark(flags, this.wide);
        break;
      }
    }
    for (const word of texts[0]!.split(/[^a-z0-9]+/)) {
      if (word.length === 0) continue;
      mark(flags, this.byWord.get(word));
      if (word.length >= 4) mark(flags, this.byPrefix4.get(word.slice(0, 4)));
      if (word.length >= 6) mark(flags, this.byPrefix6.get(word.slice(0, 6)));
    }
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

function mark(flags: Uint8Array, ids: readonly number[] | undefined): void {
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
