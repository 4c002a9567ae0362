/**
 * Where the matches of a word-anchored regex can start, read off its source, so that a text is not
 * scanned position by position for each of a hundred large alternations.
 *
 * The phrase signals (signals.ts) and word families (compose.ts) are anchored at a word start: they
 * begin with `(?<![a-z])` or `(?<![a-z0-9])`, and their alternatives begin with words ("ignore",
 * "set aside", "the user's question", "you (?:do not|don't) …"). leadsOf() lists the leads of a regex:
 * the first word characters (a–z, 0–9; up to LEAD_CHARS of them, across short runs of other characters)
 * that every match begins with: "ignor", "setas", "theus", "youdo" …. Alternatives in Hangul or CJK
 * without a lookbehind are listed by their first character. A LeadIndex maps leads to regexes; for a
 * text it walks the word starts once, looks up the word characters there, and tries a regex (sticky)
 * only where one of its leads begins.
 *
 * Nothing changes in what is found: a match begins at a word start (its lookbehind) with one of its
 * leads (the analysis over-approximates: it follows every alternative, optional part and repetition,
 * and cuts a lead short wherever it cannot enumerate what comes next), and the regex tried at that
 * position is the regex itself. A regex whose source cannot be read that way (no leading lookbehind,
 * a match that may begin with another character, flags) is not indexed: it runs on the whole text, as
 * do the top-level alternatives of a regex that have no lookbehind and no known first character.
 */
import { code37, key37 } from "./word-code";

/** A lead holds up to this many word characters (fewer when the match may end or go on unpredictably sooner). */
const LEAD_CHARS = 5;
/** Between two word characters of a lead, at most this many other characters ("the user", "ignore...all"). */
const MAX_GAP = 4;
/** A character set with more word characters than this (`[a-z]`, `\w`, `.`) ends a lead: it is not enumerated. */
const MAX_SET = 10;
/** Give up (run the regex on the whole text) beyond this many leads or analysis steps. */
const MAX_LEADS = 3000;
const MAX_STEPS = 300_000;

/** What leadsOf() reads off a regex. */
export interface Leads {
  /** Leads of the anchored alternatives (1–LEAD_CHARS word characters). */
  leads: string[];
  /** Some anchored alternative may begin right after a digit. */
  afterDigit: boolean;
  /** First characters (all non-ASCII: Hangul, kana, CJK) of the alternatives without a lookbehind that begin with one. */
  wide: number[];
  /** The source of the other top-level alternatives, to run as a regex of their own on the whole text. */
  rest?: string;
}

/**
 * The leads of `re`, or undefined when none can be read off its source.
 *
 * A top-level alternative that begins with `(?<![a-z])` (it matches at a letter not after a letter)
 * or `(?<![a-z0-9])` (at a word character not after one) is anchored: it has leads, each up to
 * LEAD_CHARS word characters (counting word characters only), one of which every match begins with.
 * A top-level alternative without that lookbehind ("(?<![a-z])a|b": it guards "a" only) may match
 * anywhere; when every match begins with one of a few non-ASCII characters ("(?:이전|앞의)…") those
 * are listed (`wide`), else the alternative is left in `rest`.
 */
export function leadsOf(re: RegExp): Leads | undefined {
  if (/[imsuvd]/.test(re.flags)) return undefined;
  let top: { alternatives: Seq[]; sources: string[] };
  try {
    top = new Parser(re.source).parseTop();
  } catch {
    return undefined;
  }
  const anchored: { seq: Seq; letterFirst: boolean }[] = [];
  const wide = new Set<number>();
  const rest: string[] = [];
  top.alternatives.forEach((alt, i) => {
    const head = alt[0]?.atom;
    if (head?.kind === "zero" && (head.lookbehind === "[a-z]" || head.lookbehind === "[a-z0-9]") && alt[0]!.min === 1) {
      // After (?<![a-z]) a match may begin right after a digit ("2ignore"): to be found at a word start it must begin with a letter.
      anchored.push({ seq: alt.slice(1), letterFirst: head.lookbehind === "[a-z]" });
      return;
    }
    const first = new Set<number>();
    if (alt.length > 0 && firstCodes(alt, 0, undefined, first) && [...first].every((c) => c >= 128)) for (const c of first) wide.add(c);
    else rest.push(top.sources[i]!);
  });
  const found = (leads: string[]): Leads => ({
    leads,
    afterDigit: anchored.some((a) => a.letterFirst),
    wide: [...wide],
    ...(rest.length > 0 ? { rest: rest.join("|") } : {}),
  });
  if (anchored.length === 0) return wide.size > 0 ? found([]) : undefined;
  for (let chars = LEAD_CHARS; chars >= 1; chars--) {
    const leads = new Set<string>();
    let result: "unknown" | "too many" | undefined;
    for (const { seq, letterFirst } of anchored) {
      const found = expand(seq, chars, letterFirst);
      if (typeof found === "string") result = found;
      else for (const lead of found) leads.add(lead);
      if (result !== undefined) break;
    }
    if (result === "unknown") return undefined;
    if (result === undefined && leads.size <= MAX_LEADS) return found([...leads]);
  }
  return undefined;
}

// ----------------------------------------------------------------------------------- regex source

/** A character set: the word characters (a–z0–9) it holds, and whether it holds any other character. */
interface CharSet {
  kind: "chars";
  word: string;
  other: boolean;
  /** The one code unit of a literal character (classes and escapes like \s leave it out). */
  code?: number;
}
interface Group {
  kind: "group";
  alternatives: Seq[];
}
/** Lookarounds, anchors, \b: they consume nothing, and are left out (the leads only grow more permissive). */
interface Zero {
  kind: "zero";
  /** The source of a negative lookbehind: "[a-z]" for (?<![a-z]). */
  lookbehind?: string;
}
type Atom = CharSet | Group | Zero;
interface Term {
  atom: Atom;
  min: number;
  max: number;
}
type Seq = Term[];

const WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const ANY: CharSet = { kind: "chars", word: WORD_CHARS, other: true };
const DIGITS: CharSet = { kind: "chars", word: "0123456789", other: false };
const NON_WORD: CharSet = { kind: "chars", word: "", other: true };

/** A parser for the subset of regex syntax the signals use; anything else throws. */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** The top-level alternatives, and the source of each. */
  parseTop(): { alternatives: Seq[]; sources: string[] } {
    const sources: string[] = [];
    const group = this.alternatives(sources);
    if (this.i !== this.s.length) throw new Error("unbalanced");
    return { alternatives: group.alternatives, sources };
  }

  private alternatives(sources?: string[]): Group {
    let from = this.i;
    const alternatives: Seq[] = [this.sequence()];
    sources?.push(this.s.slice(from, this.i));
    while (this.s[this.i] === "|") {
      from = ++this.i;
      alternatives.push(this.sequence());
      sources?.push(this.s.slice(from, this.i));
    }
    return { kind: "group", alternatives };
  }

  private sequence(): Seq {
    const seq: Seq = [];
    for (let c = this.s.charCodeAt(this.i); this.i < this.s.length && c !== 124 && c !== 41; c = this.s.charCodeAt(this.i)) {
      // not "|" or ")"
      const atom = this.atom();
      const term: Term = { atom, min: 1, max: 1 };
      this.quantifier(term);
      seq.push(term);
    }
    return seq;
  }

  private atom(): Atom {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === "(") {
      let zero = false;
      const negativeLookbehind = s.startsWith("?<!", this.i);
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) {
        this.i += 2;
        zero = true;
      } else if (s.startsWith("?<=", this.i) || negativeLookbehind) {
        this.i += 3;
        zero = true;
      } else if (s[this.i] === "?") throw new Error("group syntax");
      const from = this.i;
      const group = this.alternatives();
      if (s[this.i++] !== ")") throw new Error("unbalanced");
      if (!zero) return group;
      return negativeLookbehind ? { kind: "zero", lookbehind: s.slice(from, this.i - 1) } : { kind: "zero" };
    }
    if (c === "[") return this.charClass();
    if (c === ".") return ANY;
    if (c === "^" || c === "$") return { kind: "zero" };
    if (c === "\\") return this.escape(false);
    if ("*+?{".includes(c)) throw new Error("quantifier without atom");
    return single(c.charCodeAt(0));
  }

  /** After a backslash; in a class, \b is a backspace and \B an error. */
  private escape(inClass: boolean): CharSet | Zero {
    const c = this.s[this.i++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "d") return DIGITS;
    // \s and \W hold no word character; \D, \w, \S hold them all (and more).
    if (c === "s" || c === "W") return NON_WORD;
    if ("DwSpP".includes(c)) {
      if ((c === "p" || c === "P") && this.s[this.i] === "{") this.i = this.s.indexOf("}", this.i) + 1;
      return ANY;
    }
    if ((c === "b" || c === "B") && !inClass) return { kind: "zero" };
    if (c === "u" || c === "x") {
      const hex = c === "x" ? this.s.slice(this.i, this.i + 2) : this.s.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== (c === "x" ? 2 : 4)) throw new Error("escape");
      this.i += hex.length;
      return single(parseInt(hex, 16));
    }
    if (c === "n" || c === "t" || c === "r" || c === "f" || c === "v" || c === "0") return single(0);
    // An escaped punctuation character stands for itself; letters and digits would be special (\1, \k, \c …).
    if (/[a-zA-Z0-9]/.test(c)) throw new Error("escape");
    return single(c.charCodeAt(0));
  }

  private charClass(): CharSet {
    const s = this.s;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    // Which word characters (by WORD_CHARS index) the class holds, and whether it holds any other character.
    const has = new Uint8Array(WORD_CHARS.length);
    let other = false;
    while (s[this.i] !== "]") {
      if (this.i >= s.length) throw new Error("unterminated class");
      let lo: number;
      if (s[this.i] === "\\") {
        this.i++;
        const e = this.escape(true) as CharSet;
        if (e.code === undefined) {
          // A class escape (\d, \w, \s …): its characters, no range.
          for (const w of e.word) has[WORD_CHARS.indexOf(w)] = 1;
          other ||= e.other;
          continue;
        }
        lo = e.code;
      } else lo = s.charCodeAt(this.i++);
      let hi = lo;
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        if (s[this.i] === "\\") {
          this.i++;
          const e = this.escape(true) as CharSet;
          if (e.code === undefined) throw new Error("class range");
          hi = e.code;
        } else hi = s.charCodeAt(this.i++);
      }
      let words = 0;
      for (let k = 0; k < WORD_CHARS.length; k++) {
        const code = WORD_CHARS.charCodeAt(k);
        if (code >= lo && code <= hi) {
          has[k] = 1;
          words++;
        }
      }
      // Any code in [lo, hi] that is not a word character?
      other ||= hi - lo + 1 > words;
    }
    this.i++;
    let word = "";
    for (let k = 0; k < WORD_CHARS.length; k++) if ((has[k] === 1) !== negated) word += WORD_CHARS[k];
    return { kind: "chars", word, other: other || negated };
  }

  /** Sets term.min and term.max from a quantifier after the atom, if there is one. */
  private quantifier(term: Term): void {
    const s = this.s;
    const c = s[this.i];
    if (c === "?") term.min = 0;
    else if (c === "*") {
      term.min = 0;
      term.max = Infinity;
    } else if (c === "+") term.max = Infinity;
    else if (c === "{") {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(s);
      if (!m) throw new Error("brace");
      this.i += m[0].length - 1;
      term.min = Number(m[1]);
      term.max = m[2] === undefined ? term.min : m[3] === "" ? Infinity : Number(m[3]);
    } else return;
    this.i++;
    if (s[this.i] === "?") this.i++;
  }
}

const BRACES = /\{(\d+)(,(\d*))?\}/y;

/** One code unit, in a word character set or not (the same object for each ASCII character). */
function single(code: number): CharSet {
  const cached = code < 128 ? SINGLE[code] : undefined;
  if (cached) return cached;
  const w = String.fromCharCode(code);
  const set: CharSet = WORD_CHARS.includes(w) ? { kind: "chars", word: w, other: false, code } : { kind: "chars", word: "", other: true, code };
  if (code < 128) SINGLE[code] = set;
  return set;
}

const SINGLE: (CharSet | undefined)[] = [];

/**
 * Adds to `out` the code units a match of seq[index..] (then `rest`, whose copy counts are not used
 * here) can begin with; false when they are not all known (a character class, or a match that may be empty).
 */
function firstCodes(seq: Seq, index: number, rest: Rest | undefined, out: Set<number>): boolean {
  if (index >= seq.length) return rest !== undefined && firstCodes(rest.seq, rest.index, rest.next, out);
  const term = seq[index]!;
  const atom = term.atom;
  // A term that may be skipped (or consumes nothing): what follows it may come first.
  if ((term.min === 0 || atom.kind === "zero") && !firstCodes(seq, index + 1, rest, out)) return false;
  if (atom.kind === "zero" || term.max === 0) return true;
  if (atom.kind === "group") {
    // A copy of the group may match nothing: then what follows the term comes first.
    const after: Rest = { seq, index: index + 1, min: 0, max: 0, next: rest };
    return atom.alternatives.every((alt) => firstCodes(alt, 0, after, out));
  }
  if (atom.code === undefined) return false;
  out.add(atom.code);
  return true;
}

// ----------------------------------------------------------------------------------- expansion

/** A continuation: term seq[index] with min..max copies still to take, then `next`. */
interface Rest {
  seq: Seq;
  index: number;
  min: number;
  max: number;
  next: Rest | undefined;
}

/**
 * Every lead of `chars` word characters (or fewer, where a match may end or its next characters are
 * not enumerated) that a match of `ast` can begin with. "unknown": a match may begin with something
 * else (a non-word character, a digit where a letter must come first) or be empty.
 */
function expand(ast: Seq, chars: number, letterFirst: boolean): Set<string> | "unknown" | "too many" {
  if (ast.length === 0) return "unknown";
  const leads = new Set<string>();
  let steps = 0;
  let result: "unknown" | "too many" | undefined;

  /** A match consumed `acc` (its word characters) so far and may go on in a way not followed: a lead. */
  const stop = (acc: string) => {
    if (acc === "") result = "unknown";
    else leads.add(acc);
    if (leads.size > MAX_LEADS) result ??= "too many";
  };

  /** The term after seq[index] (with all its copies to take), then `rest`. */
  const nextTerm = (acc: string, gap: number, seq: Seq, index: number, rest: Rest | undefined): void => {
    const term = seq[index + 1];
    if (term !== undefined) walk(acc, gap, seq, index + 1, term.min, term.max, rest);
    else if (rest !== undefined) walk(acc, gap, rest.seq, rest.index, rest.min, rest.max, rest.next);
    else stop(acc);
  };

  /**
   * At term seq[index] with min..max copies of it still to take, then `rest`. `acc`: the word
   * characters consumed so far; `gap`: other characters consumed since the last word character.
   */
  const walk = (acc: string, gap: number, seq: Seq, index: number, min: number, max: number, rest: Rest | undefined): void => {
    if (result !== undefined) return;
    if (++steps > MAX_STEPS) {
      result = "too many";
      return;
    }
    if (acc.length >= chars) return stop(acc);
    const term = seq[index]!;
    const atom = term.atom;
    // Characters that are never word characters (" ", "[^a-z0-9]{0,4}", "\\s*"), all copies at once:
    // they only lengthen the gap. Of the gaps they may leave, the shortest and the longest are enough:
    // any gap between them leads to a subset of what those two lead to.
    if (atom.kind === "chars" && atom.word === "") {
      if (acc === "") return max > 0 ? stop("") : nextTerm(acc, gap, seq, index, rest);
      const longest = Math.min(max, MAX_GAP + 1);
      for (const g of min === longest ? [gap + min] : [gap + min, gap + longest]) {
        if (g > MAX_GAP) stop(acc);
        else nextTerm(acc, g, seq, index, rest);
      }
      return;
    }
    // Zero copies left to take: go on with the next term.
    if (min === 0) nextTerm(acc, gap, seq, index, rest);
    if (max === 0 || result !== undefined) return;
    // One more copy of the term, then the same term with one copy fewer (a copy may match nothing,
    // so more than chars + MAX_GAP + 1 optional copies add nothing).
    const fewerMin = Math.max(0, min - 1);
    const fewerMax = Math.min(max, min + chars + MAX_GAP + 1) - 1;
    if (atom.kind === "zero") {
      // Consumes nothing: taking it is the same as leaving it out (the min === 0 path).
      if (min > 0) walk(acc, gap, seq, index, fewerMin, fewerMax, rest);
      return;
    }
    if (atom.kind === "group") {
      const after: Rest = { seq, index, min: fewerMin, max: fewerMax, next: rest };
      for (const alt of atom.alternatives) {
        const first = alt[0];
        if (first !== undefined) walk(acc, gap, alt, 0, first.min, first.max, after);
        else walk(acc, gap, after.seq, after.index, after.min, after.max, after.next);
      }
      return;
    }
    // A character.
    if (acc === "" && (atom.other || (letterFirst && /[0-9]/.test(atom.word)))) return stop("");
    if (atom.word.length > MAX_SET) return stop(acc);
    if (atom.other) {
      if (gap + 1 > MAX_GAP) stop(acc);
      else walk(acc, gap + 1, seq, index, fewerMin, fewerMax, rest);
    }
    for (let k = 0; k < atom.word.length; k++) walk(acc + atom.word[k], 0, seq, index, fewerMin, fewerMax, rest);
  };

  const first = ast[0]!;
  walk("", 0, ast, 0, first.min, first.max, undefined);
  return result ?? leads;
}

// ----------------------------------------------------------------------------------- index

/** Leads of up to SHORT_CHARS characters are looked up in a flat table; longer ones in a map. */
const SHORT_CHARS = 3;
const SHORT_KEYS = 37 ** SHORT_CHARS;
const LONG_HASH_MASK = 0xffff;

/**
 * Per regex, the positions where it may match, ascending: at[k] for k = first[id], next[k], next[next[k]]
 * … until -1; and the words of the text for the needle gate (gate.ts NeedleIndex.triggered()).
 */
export interface LeadScan {
  first: readonly number[];
  next: readonly number[];
  at: readonly number[];
  /** Per word (maximal run of a–z0–9): code37 of its first four characters, of the fifth and sixth, its length. */
  words: readonly number[];
  /** The text has Hangul, kana or CJK (U+3000–9FFF, U+AC00–D7AF), which opens the gate of signals in those scripts. */
  wide: boolean;
}

/**
 * Regexes indexed by their leads. candidates(text) lists, per regex, the positions where one of its
 * leads begins at a word start: the only positions where it can match.
 */
export class LeadIndex {
  /** Ids of the regexes with a lead of key k (up to SHORT_CHARS characters): ids[from[k] .. from[k + 1]). */
  private readonly from = new Int32Array(SHORT_KEYS + 1);
  private readonly ids: Int32Array;
  /** Longer leads: key → slot; ids longIds[longFrom[slot] .. longFrom[slot + 1]). */
  private readonly longSlot = new Map<number, number>();
  private readonly longFrom: Int32Array;
  private readonly longIds: Int32Array;
  /** A bit per longer lead, at its key & LONG_HASH_MASK. */
  private readonly longHashed = new Uint8Array(LONG_HASH_MASK + 1);
  /** Which short keys begin some longer lead (else the walk stops there). */
  private readonly longer = new Uint8Array(SHORT_KEYS);
  /** Regexes by the non-ASCII character their unanchored alternatives begin with (candidates at any position). */
  private readonly wide = new Map<number, number[]>();
  /** Per regex: its leads could be read (else it must be run on the whole text). */
  readonly indexed: boolean[] = [];
  /** Per indexed regex: the regex, sticky, to try at a candidate position. */
  readonly sticky: (RegExp | undefined)[] = [];
  /** Per indexed regex: its top-level alternatives that are not indexed, to run on the whole text (for test(), not for scans). */
  readonly rest: (RegExp | undefined)[] = [];
  /** Per regex: 1 when some anchored alternative may begin right after a digit. */
  private readonly afterDigit: Uint8Array;
  /** Per regex: the (stamped) position of its last candidate. */
  private readonly lastSeen: Float64Array;
  private stamp = 0;

  constructor(regexes: readonly RegExp[]) {
    this.lastSeen = new Float64Array(regexes.length).fill(-1);
    this.afterDigit = new Uint8Array(regexes.length);
    const short = new Map<number, number[]>();
    const long = new Map<number, number[]>();
    const add = (map: Map<number, number[]>, key: number, id: number) => {
      const ids = map.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      map.set(key, ids);
    };
    regexes.forEach((re, id) => {
      const leads = leadsOf(re);
      this.indexed.push(leads !== undefined);
      this.afterDigit[id] = leads?.afterDigit ? 1 : 0;
      this.sticky.push(leads ? new RegExp(re.source, re.flags.replace("g", "") + "y") : undefined);
      this.rest.push(leads?.rest !== undefined ? new RegExp(leads.rest, re.flags.replace("g", "")) : undefined);
      for (const code of leads?.wide ?? []) add(this.wide, code, id);
      for (const lead of leads?.leads ?? []) {
        if (lead.length <= SHORT_CHARS) add(short, key37(lead), id);
        else {
          add(long, key37(lead), id);
          this.longer[key37(lead.slice(0, SHORT_CHARS))] = 1;
        }
      }
    });
    // from[] as running counts: from[key + 1] - from[key] ids for each key.
    for (const [key, ids] of short) this.from[key + 1] = ids.length;
    for (let key = 0; key < SHORT_KEYS; key++) this.from[key + 1]! += this.from[key]!;
    this.ids = new Int32Array(this.from[SHORT_KEYS]!);
    for (const [key, ids] of short) this.ids.set(ids, this.from[key]!);
    const longFlat: number[] = [];
    const longFrom: number[] = [];
    for (const [key, ids] of long) {
      this.longSlot.set(key, longFrom.length);
      this.longHashed[key & LONG_HASH_MASK] = 1;
      longFrom.push(longFlat.length);
      longFlat.push(...ids);
    }
    longFrom.push(longFlat.length);
    this.longFrom = Int32Array.from(longFrom);
    this.longIds = Int32Array.from(longFlat);
  }

  /**
   * Positions where an indexed regex may match, grouped by regex: a word start (after a non-word
   * character, or a letter after a digit) where one of the regex's leads begins, or a position of one
   * of its wide first characters.
   */
  candidates(text: string): LeadScan {
    // Positions are stamped (offset by all the text scanned before) so that lastSeen needs no clearing.
    const stamp = this.stamp;
    this.stamp += text.length + 1;
    const { from, ids, longIds, longFrom, longSlot, longHashed, longer, wide, afterDigit, lastSeen } = this;
    const length = text.length;
    let count = 0;
    let prev = 0;
    // The words (maximal runs of word characters) for the needle gate: their first four characters,
    // the fifth and sixth, their length (gate.ts). Collected here to spare the gate a pass over the text.
    const words: number[] = [];
    let code4 = 0;
    let code56 = 0;
    let wordLength = 0;
    let hasWide = false;
    for (let p = 0; p < length; p++) {
      const unit = text.charCodeAt(p);
      const code = code37(unit);
      const before = prev;
      prev = code;
      if (code !== 0) {
        if (wordLength < 4) code4 = code4 * 37 + code;
        else if (wordLength < 6) code56 = code56 * 37 + code;
        wordLength++;
      } else if (wordLength > 0) {
        words.push(code4, code56, wordLength);
        code4 = code56 = wordLength = 0;
      }
      if (code === 0) {
        if (unit >= 0x3000 && (unit <= 0x9fff || (unit >= 0xac00 && unit <= 0xd7af))) hasWide = true;
        // Hangul, kana, CJK: regexes whose unanchored alternatives begin with this character may match here.
        const found = unit >= 128 ? wide.get(unit) : undefined;
        if (found !== undefined) {
          for (const id of found) {
            if (count === scratchIds.length) growScratch();
            scratchIds[count] = id;
            scratchAt[count++] = p;
          }
        }
        continue;
      }
      // A word start, or a letter right after a digit (only regexes anchored with (?<![a-z]) start there).
      const afterDigitOnly = before > 26 && code <= 26;
      if (before !== 0 && !afterDigitOnly) continue;
      // The word characters from p, across gaps of up to MAX_GAP other characters: each prefix is a possible lead.
      let key = 0;
      let chars = 0;
      let gap = 0;
      for (let i = p; chars < LEAD_CHARS && i < length; i++) {
        const c = i === p ? code : code37(text.charCodeAt(i));
        if (c === 0) {
          if (++gap > MAX_GAP) break;
          continue;
        }
        gap = 0;
        key = key * 37 + c;
        chars++;
        let list = ids;
        let e = 0;
        let to = 0;
        if (chars <= SHORT_CHARS) {
          e = from[key]!;
          to = from[key + 1]!;
        } else {
          // Most keys are no lead: a bit per hashed key answers that before the map is asked.
          if (longHashed[key & LONG_HASH_MASK] === 0) continue;
          const slot = longSlot.get(key);
          if (slot === undefined) continue;
          list = longIds;
          e = longFrom[slot]!;
          to = longFrom[slot + 1]!;
        }
        for (; e < to; e++) {
          const id = list[e]!;
          if (afterDigitOnly && afterDigit[id] === 0) continue;
          // Leads of one regex may be prefixes of each other ("ig", "ignor"): one candidate per position.
          if (lastSeen[id] === stamp + p) continue;
          lastSeen[id] = stamp + p;
          if (count === scratchIds.length) growScratch();
          scratchIds[count] = id;
          scratchAt[count++] = p;
        }
        if (chars === SHORT_CHARS && longer[key] === 0) break;
      }
    }
    if (wordLength > 0) words.push(code4, code56, wordLength);
    // A list per regex, built backwards so that each comes out ascending. Plain arrays: small typed
    // arrays are slow to allocate (their buffers live outside the heap).
    const first: number[] = new Array<number>(this.indexed.length).fill(-1);
    const next: number[] = new Array<number>(count);
    const at: number[] = new Array<number>(count);
    for (let k = count - 1; k >= 0; k--) {
      const id = scratchIds[k]!;
      next[k] = first[id]!;
      first[id] = k;
      at[k] = scratchAt[k]!;
    }
    return { first, next, at, words, wide: hasWide };
  }

  /** regexes[id].test(text) for an indexed regex: tried where its leads begin, its unanchored alternatives on the whole text. */
  test(id: number, text: string, scan: LeadScan = this.candidates(text)): boolean {
    const sticky = this.sticky[id]!;
    for (let k = scan.first[id]!; k >= 0; k = scan.next[k]!) {
      sticky.lastIndex = scan.at[k]!;
      if (sticky.test(text)) return true;
    }
    return this.rest[id]?.test(text) ?? false;
  }

  /**
   * The matches of an indexed regex without unanchored alternatives (a global regex) as a scan of the
   * whole text finds them: leftmost, not overlapping, at most `max`.
   */
  matches(id: number, text: string, max: number, scan: LeadScan = this.candidates(text)): { start: number; end: number }[] {
    const sticky = this.sticky[id]!;
    const out: { start: number; end: number }[] = [];
    let from = 0;
    for (let k = scan.first[id]!; k >= 0 && out.length < max; k = scan.next[k]!) {
      const at = scan.at[k]!;
      if (at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      out.push({ start: at, end: at + m[0].length });
      // After an empty match a scan moves on by one character.
      from = at + Math.max(1, m[0].length);
    }
    return out;
  }
}

/** Candidates (regex id, position) as they are found, before grouping; reused across calls. */
let scratchIds = new Int32Array(1024);
let scratchAt = new Int32Array(1024);

function growScratch(): void {
  const ids = new Int32Array(scratchIds.length * 2);
  const at = new Int32Array(scratchAt.length * 2);
  ids.set(scratchIds);
  at.set(scratchAt);
  scratchIds = ids;
  scratchAt = at;
}

// ----------------------------------------------------------------------------------- shared index

/**
 * One index for every regex registered (signals and word families), built on first use, so that a
 * line is walked once for all of them. The scans of the last two texts are kept: the rules look at the
 * same line many times, now and then at a short slice of it.
 */
const registered: RegExp[] = [];
let index: LeadIndex | undefined;
let lastText: string | undefined;
let lastScan: LeadScan | undefined;
let previousText: string | undefined;
let previousScan: LeadScan | undefined;

/** Registers a regex for the shared index; its id for anchoredTest() and anchoredScan(). */
export function registerLeads(re: RegExp): number {
  registered.push(re);
  index = undefined;
  lastText = previousText = lastScan = previousScan = undefined;
  return registered.length - 1;
}

function sharedIndex(): LeadIndex {
  return (index ??= new LeadIndex(registered));
}

/** The lead scan of a text (cached): candidates of every registered regex, and the words for the needle gate. */
export function scanOf(text: string): LeadScan {
  if (text === lastText) return lastScan!;
  const scan = text === previousText ? previousScan! : sharedIndex().candidates(text);
  previousText = lastText;
  previousScan = lastScan;
  lastText = text;
  lastScan = scan;
  return scan;
}

/** registered[id].test(text), through the shared index and the cached scan of the text. */
export function anchoredTest(id: number, text: string): boolean {
  const index = sharedIndex();
  return index.indexed[id] ? index.test(id, text, scanOf(text)) : registered[id]!.test(text);
}

/** The matches of registered[id] (a global regex) as LeadIndex.matches() finds them, or undefined (the caller scans). */
export function anchoredScan(id: number, text: string, max: number): { start: number; end: number }[] | undefined {
  const index = sharedIndex();
  return index.indexed[id] && index.rest[id] === undefined ? index.matches(id, text, max, scanOf(text)) : undefined;
}
