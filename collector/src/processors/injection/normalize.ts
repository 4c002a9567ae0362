/**
 * Folds text into the form the injection signals are written against: Unicode tag characters made
 * visible, "%20" read as a space, NFKC, no zero-width or
 * format characters, no diacritics (Latin), lower case, Cyrillic/Greek look-alikes mapped to Latin,
 * leetspeak folded inside words (an email address keeps its "@"; in leet-heavy text lone short
 * numbers too), spaced-out letters joined, words cut by hyphens, dots or a space joined when they
 * form a keyword ("ign-ore", "igno re"), runs of spaces collapsed (newlines kept).
 */
export function normalizeForInjection(text: string): string {
  return foldUnfolded(unfoldedForm(text));
}

/** The steps after unfoldedForm(): normalizeForInjection(t) === foldUnfolded(unfoldedForm(t)). */
export function foldUnfolded(unfolded: string): string {
  let s = unfolded.replace(LEET_WORD, foldLeet);
  if (leetHeavy(unfolded)) s = s.replace(LEET_NUMBER, (n) => n.replace(/[0-9]/g, (c) => LEET[c] ?? c));
  s = s.replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_*]/g, ""));
  // In spaced-out text, two-letter words come spaced out too ("n o", "t o").
  if (SPACED_OUT_TEXT.test(unfolded)) s = s.replace(SPACED_PAIR, (pair) => pair.replace(/[ .\-_*]/, ""));
  s = s.replace(SPLIT_WORD, (word) => (KEYWORD.test(word.replace(/[-_.]/g, "")) ? word.replace(/[-_.]/g, "") : word));
  // A keyword cut by a space ("igno re prev ious"): the first half joins the next word when together they are one.
  s = s.replace(HALF_WORD, (first: string, second: string) => (KEYWORD.test(first.slice(0, -1) + second) ? first.slice(0, -1) : first));
  return s.replace(/[^\S\n]+/g, " ");
}

/** The first steps only (NFKC, invisible characters, diacritics, case, look-alikes): for token signals. */
export function unfoldedForm(text: string): string {
  const s = revealTags(text.includes("%20") ? text.replace(/%20/g, " ") : text).normalize("NFKC").replace(INVISIBLE, "").normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC").toLowerCase();
  return s.replace(CONFUSABLE_CHARS, (c) => CONFUSABLES[c] ?? c);
}

/**
 * Unicode tag characters (U+E0020–E007E) mirror ASCII and render as nothing: text hidden in them
 * ("ASCII smuggling") is made visible; the other tag characters are dropped.
 */
export function revealTags(text: string): string {
  if (!text.includes("\udb40")) return text;
  return text.replace(TAG_CHARS, (c) => {
    const code = c.codePointAt(0)! - 0xe0000;
    return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : "";
  });
}

const TAG_CHARS = /[\u{e0000}-\u{e007f}]/gu;

export const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase Cyrillic and Greek letters that render like a Latin letter. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a", в: "b", г: "r", д: "d", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", п: "n", р: "p", с: "c", т: "t",
  у: "y", х: "x", ь: "b", ѕ: "s", і: "i", ї: "i", ј: "j", һ: "h", ԁ: "d", ӏ: "l", ԛ: "q", ԝ: "w", ү: "y",
  α: "a", β: "b", γ: "y", ε: "e", η: "n", ι: "i", κ: "k", μ: "u", ν: "v", ο: "o", ρ: "p", σ: "o", ς: "c", τ: "t", υ: "u",
  χ: "x", ω: "w", ϲ: "c", ϳ: "j",
};
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "g");

/** Upper-case look-alikes too, case kept: for base64 blobs written with Cyrillic or Greek letters. */
const CONFUSABLES_CASED: Readonly<Record<string, string>> = {
  ...CONFUSABLES,
  ...Object.fromEntries(Object.entries(CONFUSABLES).flatMap(([k, v]) => (k.toUpperCase() !== k ? [[k.toUpperCase(), v.toUpperCase()]] : []))),
};
const CONFUSABLE_CASED_CHARS = new RegExp(`[${Object.keys(CONFUSABLES_CASED).join("")}]`, "g");
const HAS_CONFUSABLE = /[\u0370-\u03ff\u0400-\u052f]/;

/** Cyrillic and Greek look-alikes mapped to Latin letters of the same case; nothing else changes. */
export function deconfuse(text: string): string {
  return HAS_CONFUSABLE.test(text) ? text.replace(CONFUSABLE_CASED_CHARS, (c) => CONFUSABLES_CASED[c] ?? c) : text;
}

const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "!": "i" };

/** A word with at least one Latin letter; leet characters in it are folded when the word has any. */
const LEET_WORD = /[a-z0-9@$!]*[a-z][a-z0-9@$!]*/g;

function foldLeet(word: string, offset: number, text: string): string {
  if (!/[0-9@$!]/.test(word) || NOT_LEET.has(word)) return word;
  // A trailing "!" is punctuation, not a letter.
  const tail = /!+$/.exec(word)?.[0] ?? "";
  const body = word.slice(0, word.length - tail.length);
  // An email address ("c0llect0r@3vil.example") keeps its "@": exfiltration signals look for it.
  // A mention of the assistant ("@assistant") keeps its "@" too.
  if (LEADING_MENTION.test(body)) return "@" + body.slice(1).replace(/[0-9$!@]/g, (c) => LEET[c] ?? c) + tail;
  const at = body.indexOf("@");
  if (at > 0 && tail === "" && EMAIL_DOMAIN_REST.test(text.slice(offset + word.length, offset + word.length + 64))) {
    const fold = (part: string) => part.replace(/[0-9$!]/g, (c) => LEET[c] ?? c);
    return fold(body.slice(0, at)) + "@" + fold(body.slice(at + 1).replace(/@/g, "a"));
  }
  return body.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c) + tail;
}

/** A word mixing letters and leet digits ("pr3v10us", "ru135", "5p34k"). */
const LEET_WORD_MIXED = /(?<![a-z0-9])(?=[a-z0-9]*[a-z])[a-z0-9]*[013457][a-z0-9]*(?![a-z0-9])/g;
/** A short number standing alone ("45" for "as", "15" for "is"), folded only in leet-heavy text. */
const LEET_NUMBER = /(?<![a-z0-9.,:/$%+#-])[0-9]{1,3}(?![a-z0-9.,:/%])/g;

/** Leet-heavy: at least three words mixing letters and leet digits, one per 60 characters or more; then lone short numbers are leet too. */
function leetHeavy(s: string): boolean {
  const count = s.match(LEET_WORD_MIXED)?.length ?? 0;
  return count >= 3 && count * 60 >= s.length;
}

/** A word cut by hyphens, underscores or dots ("ign-ore", "instruc_tions"). */
const SPLIT_WORD = /(?<![a-z0-9])[a-z]+(?:[-_.][a-z]+){1,4}(?![a-z0-9])/g;
/** Words the signals are written against; a split word is joined when the joined form is one of them. */
const KEYWORDS = [
  ...["ignore", "ignoring", "disregard", "forget", "previous", "prior", "instruction", "instructions", "system", "prompt", "prompts", "rules", "guidelines", "directives"],
  ...["override", "bypass", "reveal", "jailbreak", "restrictions", "developer", "password", "passwords", "credentials", "exfiltrate", "execute", "unrestricted"],
  ...["uncensored", "unfiltered", "assistant", "policies", "constraints", "programming", "secret", "secrets", "confidential", "hidden", "decode", "anweisungen"],
  ...["vorherigen", "ignoriere", "vergiss", "instrucciones", "anteriores", "ignora", "olvida", "consignes", "precedentes", "oublie"],
];
const KEYWORD = new RegExp(`^(?:${KEYWORDS.join("|")})$`);
/**
 * The first part of a keyword cut by a space ("igno re"), a space, and (looked at, not consumed) the
 * next word: only proper prefixes of keywords are tried, so ordinary text costs one regex scan.
 */
const HALF_WORD = new RegExp(
  `(?<![a-z0-9'])(?:${[...new Set(KEYWORDS.flatMap((k) => Array.from({ length: k.length - 3 }, (_, i) => k.slice(0, i + 2))))].sort((a, b) => b.length - a.length).join("|")}) (?=([a-z]{2,12})(?![a-z0-9']))`,
  "g",
);

/** Three or more single letters separated by one space, dot, dash, underscore or star: "i g n o r e". */
const SPACED_LETTERS = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){2,}[a-z0-9](?![a-z0-9])/g;
/** Four or more spaced-out letters: the text is spaced out, and two spaced letters are a word too. */
const SPACED_OUT_TEXT = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){3,}[a-z0-9](?![a-z0-9])/;
const SPACED_PAIR = /(?<![a-z0-9][ .\-_*]?)[a-z0-9][ .\-_*][a-z0-9](?![a-z0-9]|[ .\-_*][a-z0-9](?![a-z0-9]))/g;
/** Words with digits that are names, not leetspeak ("base64" must not become "base6a"). */
const NOT_LEET = new Set(["base64", "b64", "base32", "rot13", "sha1", "sha256", "sha512", "md5", "utf8", "utf16", "ipv4", "ipv6", "s3", "k8s", "gpt3", "gpt4", "llama2", "llama3", "x86", "x64", "win32", "mp3", "mp4", "h264", "oauth2", "web3", "i18n"]);
/** "@assistant", "@bot", "@claude": a mention, not leetspeak for "a". */
const LEADING_MENTION = /^@(?:ai|assistant|bot|agent|claude|chatgpt|copilot|gemini|gpt|llm)/;
/** What follows the part before "@" of an email address: the rest of the domain and a dot. */
const EMAIL_DOMAIN_REST = /^[a-z0-9-]*\.[a-z0-9]/;
