import { normalizeForInjection } from "../normalize";
import table from "./phrases.json";
import { AI_NAMES } from "./ai-names";

/**
 * The weighted signals of the injection detector. Patterns run on normalised text (see
 * normalize.ts): lower case, no diacritics, leetspeak folded. In Latin phrases, a space stands for
 * up to four non-alphanumeric characters (so "ignore...all" and spaced-out text that was joined
 * into "ignoreallprevious" both match) and each "l" also accepts an "i" (a folded "1").
 */
export interface Signal {
  /** Category; signals of one category count once, with the highest weight that fired. */
  name: SignalName;
  weight: number;
  pattern: RegExp;
  /** Match against the text before leetspeak folding and letter joining (for tokens like "<|im_start|>"). */
  unfolded?: true;
  /**
   * Cheap gate: the pattern runs only when the text contains one of these substrings (each "l" also
   * tried as "i", as in phrases). Every match of the pattern must contain one of them.
   */
  needles?: readonly string[];
}

/** The categories of the rules, in the order a verdict lists and combines them. */
export const RULE_SIGNAL_NAMES = [
  "instruction_override",
  "roleplay_jailbreak",
  "restriction_removal",
  "prompt_extraction",
  "delimiter_tokens",
  "tool_abuse",
  "command_execution",
  "data_exfiltration",
  "decode_and_follow",
  "addressed_to_ai",
  "authority_claim",
  "task_hijack",
  "encoded_payload",
] as const;

/** A rule category, or "lexical_model": not a phrase, the lexical model's signal (lexical.ts). */
export type SignalName = (typeof RULE_SIGNAL_NAMES)[number] | "lexical_model";

const SEP = "[^a-z0-9]{0,4}";

/** Needles of the signals addressed to a model ("=" marks a whole word). */
const AI_NEEDLES = ["=ai", "=ais", ...AI_NAMES, "assistant", "agent", "chatbot", "=bot", "=bots", "language", "model", "models"];
/** The destination of an exfiltration phrase: a URL, an email address, a redaction placeholder. */
const DEST = "https?://|www\\.|ftp://|@[a-z0-9-]+\\.[a-z0-9]|\\[(?:email|url|ip_address)\\]";

/** Compiles a Latin phrase: spaces → SEP, "l" → [li], anchored at a word start. */
function phrase(source: string): RegExp {
  const body = source.replace(/ /g, SEP).replace(/l/g, "[li]");
  return new RegExp(`(?<![a-z])${body}`);
}

/** A non-Latin (or already exact) pattern, used as is. */
function raw(source: string): RegExp {
  return new RegExp(source);
}

// "skip" and "drop" are left to the compositional rules (compose.ts), which want "your" with them.
const OVERRIDE_VERB_EN = "(?:ignore|disregard|forget|override|bypass|discard|neglect)";
const PRIOR_EN = "(?:previous|prior|above|preceding|earlier|former|original|initial|existing|system|old|foregoing|developer|safety|given)";
const RULES_EN =
  "(?:instructions?|prompts?|rules?|directions|directives|guidelines|guidance|constraints|commands|programming|restrictions|polic(?:y|ies)|guardrails)";
// "my" is left out on purpose: "ignore my previous instruction" is the user correcting themselves.
const DET_EN = "(?:(?:of )?(?:the |your |these |those |any |all )?)";

/** Russian words in normalised form (normalize.ts maps Cyrillic look-alikes to Latin letters and drops the breve of "й"). */
const ru = (words: string) => words.split(" ").map((w) => normalizeForInjection(w));
const RU_OVERRIDE_VERBS = ru("забудь забудьте игнорируй игнорируйте проигнорируй проигнорируйте отбрось отбросьте отмени отмените");
const RU_DETERMINERS = ru("все всё свои твои ваши предыдущие прежние прошлые старые данные эти");
const RU_OBJECTS = ru("инструкции инструкций указания указаний правила правил команды команд");

/**
 * What a row of phrases.json may reference as `${NAME}`: in a pattern, the shared alternations above;
 * in needles, a whole list of needles. Rows are data so that the vocabulary reads as a table (with a
 * note on why a rule or a family of rules exists) and the code as the compiler of it.
 */
const PATTERN_PARTS: Readonly<Record<string, string>> = {
  OVERRIDE_VERB_EN,
  PRIOR_EN,
  RULES_EN,
  DET_EN,
  DEST,
  RU_OVERRIDE_VERBS_ALTERNATIVES: RU_OVERRIDE_VERBS.join("|"),
  RU_DETERMINERS_ALTERNATIVES: RU_DETERMINERS.join("|"),
  RU_OBJECTS_ALTERNATIVES: RU_OBJECTS.join("|"),
};
const NEEDLE_LISTS: Readonly<Record<string, readonly string[]>> = {
  AI_NEEDLES,
  // "~" marks a needle matched against the normalised form (see the needle index).
  RU_OVERRIDE_NEEDLES: RU_OVERRIDE_VERBS.map((v) => "~" + v),
};

/** A row of phrases.json: exactly one of `phrase` (Latin, compiled by phrase()) and `raw` (used as is). */
interface PhraseRow {
  /** Why the rule (or the family it opens) exists; not read by the detector. */
  note?: string;
  name: string;
  weight: number;
  unfolded?: boolean;
  needles?: string[];
  phrase?: string;
  raw?: string;
}

const REFERENCE = /\$\{([A-Z_]+)\}/g;

function expand(source: string, row: number): string {
  return source.replace(REFERENCE, (_, name: string) => {
    const part = PATTERN_PARTS[name];
    if (part === undefined) throw new Error(`phrases.json row ${row}: unknown pattern part \${${name}}`);
    return part;
  });
}

function expandNeedles(needles: readonly string[], row: number): string[] {
  return needles.flatMap((needle) => {
    const list = /^\$\{([A-Z_]+)\}$/.exec(needle);
    if (!list) return [needle];
    const named = NEEDLE_LISTS[list[1]!];
    if (!named) throw new Error(`phrases.json row ${row}: unknown needle list ${needle}`);
    return named;
  });
}

function isSignalName(name: string): name is SignalName {
  return (RULE_SIGNAL_NAMES as readonly string[]).includes(name);
}

function compile(row: PhraseRow, index: number): Signal {
  if (!isSignalName(row.name)) throw new Error(`phrases.json row ${index}: unknown signal name "${row.name}"`);
  if ((row.phrase === undefined) === (row.raw === undefined)) throw new Error(`phrases.json row ${index}: give exactly one of "phrase" and "raw"`);
  const pattern = row.phrase !== undefined ? phrase(expand(row.phrase, index)) : raw(expand(row.raw!, index));
  return {
    name: row.name,
    weight: row.weight,
    ...(row.unfolded && { unfolded: true as const }),
    ...(row.needles && { needles: expandNeedles(row.needles, index) }),
    pattern,
  };
}

export const SIGNALS: readonly Signal[] = (table as PhraseRow[]).map(compile);
