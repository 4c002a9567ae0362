/**
 * The engine of the compositional signals (one file per language beside it: en.ts, de.ts, fr.ts, es.ts,
 * ko.ts, and addressed.ts for notes to the model in any of them). Instead of whole phrases, families of words (an override verb, an
 * instruction object, an anteriority or authority cue, a destination, …) that must occur together in
 * one clause, in a given order and within a few words. They catch paraphrases ("set aside whatever you
 * were told earlier", "the rules you were given no longer apply") that no fixed phrase lists, and keep
 * lone verbs ("ignore case", "forget it") silent. They run on normalised text (../normalize.ts).
 *
 * Cost: the matches of a family are those of a global regex scan (at most MAX_HITS), found by trying
 * the regex only where one of its leads starts a word (../prefilter/leads.ts); pairs are found with two pointers
 * over the sorted matches, and cues are tested on bounded slices around a pair, so the pass is linear
 * in the length of the text.
 */
import { anchoredScan, registerLeads } from "../prefilter/leads";
import { COMPOSED_WEIGHTS as W } from "../tuning";
import type { SignalName } from "./phrases";

export type Add = (name: SignalName, weight: number) => void;

export interface Hit {
  start: number;
  end: number;
}

const MAX_HITS = 64;

/** A word family: one of the alternatives, not inside a longer word; scanned with hits(). */
export function family(source: string): RegExp {
  const re = new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, "g");
  FAMILY_ID.set(re, registerLeads(re));
  FAMILIES.push(re);
  return re;
}

/** Every family (exported for tests), and its id in the shared lead index (../prefilter/leads.ts). */
export const FAMILIES: RegExp[] = [];
const FAMILY_ID = new Map<RegExp, number>();

/** A cue: the same, tested on a slice of context around a pair. */
export function cue(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`);
}

/**
 * The matches of a family in the text, as a global scan of its regex finds them (leftmost, not
 * overlapping, at most MAX_HITS). The regex is tried only where one of its leads (../prefilter/leads.ts) starts a
 * word: every family is an alternation of words, and a scan of the whole text at every position was
 * most of the cost of these rules.
 */
export function hits(re: RegExp, text: string): Hit[] {
  const id = FAMILY_ID.get(re);
  return (id !== undefined ? anchoredScan(id, text, MAX_HITS) : undefined) ?? scan(re, text);
}

/** hits() by a global scan: for a regex that is not a family, or whose leads could not be read. */
export function scan(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MAX_HITS; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/** A sentence end: . ! ? followed by a space or the end, a newline, a semicolon. */
const SENTENCE_BREAK = /[.!?](?=\s|$)|[\n;]/;

/**
 * Pairs (a, b): b starts after a ends, at most maxGap characters later, and the gap holds no sentence
 * break (nor `block`). Two pointers over matches sorted by start.
 */
export function* follows(text: string, as: Hit[], bs: Hit[], maxGap: number, block?: RegExp): Generator<[Hit, Hit]> {
  let j = 0;
  for (const a of as) {
    while (j < bs.length && bs[j]!.start < a.end) j++;
    for (let k = j; k < bs.length && bs[k]!.start - a.end <= maxGap; k++) {
      const gap = text.slice(a.end, bs[k]!.start);
      if (SENTENCE_BREAK.test(gap) || (block && block.test(gap))) continue;
      yield [a, bs[k]!];
    }
  }
}

export function any<T>(pairs: Iterable<T>): boolean {
  for (const _ of pairs) return true;
  return false;
}

/** The text from up to `before` characters before start to up to `after` after end, cut at sentence breaks. */
export function clause(text: string, start: number, end: number, before: number, after: number): string {
  let from = start;
  const minFrom = Math.max(0, start - before);
  while (from > minFrom && !breakAt(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + after);
  while (to < maxTo && !breakAt(text, to)) to++;
  return text.slice(from, to);
}

function breakAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n" || c === ";") return true;
  if (c !== "." && c !== "!" && c !== "?") return false;
  const next = text[i + 1];
  return next === undefined || next === " " || next === "\n" || next === "\t";
}

/** "… for the coffee machine", "… about parking": instructions about something else. */
export const WORLD_QUALIFIER = /^ (?:for|about|on|regarding|of|to|fur|zur|zum|uber|von|pour|sur|concernant|de|du|des|para|sobre|del|de la)(?![a-z])/;

/** A compositional rule: its needles (../prefilter/gate.ts) and the function that adds its signals for one line of normalised text. */
export interface ComposedRule {
  readonly needles?: readonly string[];
  run(text: string, add: Add): void;
}

// ---------------------------------------------------------------------------------------------- languages with one shape: German, French, Spanish

export interface Bracket {
  /** Tested on the clause up to the object (must match at its end). */
  before: RegExp;
  /** Tested on the 30 characters after the object (must match at their start). */
  after: RegExp;
  kind: "override" | "invalid";
}

export interface OverrideLanguage {
  /** Needles of the objects (gate.ts): the gate for the whole language. */
  needles: readonly string[];
  /** Verbs before the object ("ignoriere alle vorherigen Anweisungen"). */
  verb: RegExp;
  /** Verbs after the object ("alle vorherigen Anweisungen ignorieren"), within 20 characters. */
  verbAfter?: RegExp;
  object: RegExp;
  /** The model's or the system's instructions: strong for verbs and statements alike. */
  auth: RegExp;
  /** Cues that are strong with an override verb only ("Sicherheitsregeln ignorieren"). */
  authExtra: RegExp;
  prior: RegExp;
  user: RegExp;
  /** Statements after the object ("… gelten nicht mehr"). */
  invalid: RegExp;
  /** Verbs and statements that wrap the object ("beachte deine Anweisungen nicht mehr"). */
  brackets: readonly Bracket[];
  /** Objects that are the model's instructions (rather than rules of the world). */
  modelish: RegExp;
  /** Words that end a clause inside a verb–object gap. */
  block: RegExp;
}

/** The override and void rules of one language described by an OverrideLanguage (de.ts, fr.ts, es.ts). */
export function otherOverride(text: string, lang: OverrideLanguage, add: Add): void {
  const objects = hits(lang.object, text);
  if (objects.length === 0) return;
  // Without a cue in the language the words may be English ("ignore … instruction"): nothing.
  const weigh = (ctx: string) => {
    if (lang.auth.test(ctx) || lang.authExtra.test(ctx)) return W.override;
    if (lang.user.test(ctx)) return W.overrideOwn;
    return lang.prior.test(ctx) ? W.override : 0;
  };
  const invalidated = (o: Hit, ctx: string) => {
    if (lang.user.test(ctx)) return;
    if (lang.auth.test(ctx)) add("instruction_override", W.invalidated);
    else if (lang.prior.test(ctx)) {
      const model = lang.modelish.test(text.slice(o.start, o.end)) && !WORLD_QUALIFIER.test(text.slice(o.end, o.end + 12));
      add("instruction_override", model ? W.invalidatedModel : W.invalidatedPrior);
    }
  };
  for (const [v, o] of follows(text, hits(lang.verb, text), objects, 45, lang.block))
    add("instruction_override", weigh(text.slice(v.start, o.end) + clause(text, o.end, o.end, 0, 40)));
  if (lang.verbAfter)
    for (const [o, v] of follows(text, objects, hits(lang.verbAfter, text), 20, lang.block))
      add("instruction_override", weigh(clause(text, o.start, v.end, 40, 0)));
  for (const b of lang.brackets) {
    for (const o of objects) {
      const before = clause(text, o.start, o.start, 40, 0);
      if (!b.before.test(before) || !b.after.test(text.slice(o.end, o.end + 30))) continue;
      const ctx = before + text.slice(o.start, o.end);
      if (b.kind === "override") add("instruction_override", weigh(ctx));
      else invalidated(o, ctx);
    }
  }
  for (const [o, i] of follows(text, objects, hits(lang.invalid, text), 40)) invalidated(o, clause(text, o.start, o.end, 40, 0) + text.slice(o.end, i.start));
}
