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

/**
 * The steps after unfoldedForm(): normalizeForInjection(t) === foldUnfolded(unfoldedForm(t)).
 * @param spacedOut SPACED_OUT_TEXT.test(unfolded), when the caller has it already.
 */
export function foldUnfolded(unfolded: string, spacedOut = SPACED_OUT_TEXT.test(unfolded)): string {
  const leet = foldLeetWords(unfolded);
  let s = leet.text;
  if (leet.mixed >= 3 && leet.mixed * 60 >= unfolded.length) s = s.replace(LEET_NUMBER, (n) => n.replace(/[0-9]/g, (c) => LEET[c] ?? c));
  s = s.replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_*]/g, ""));
  // In spaced-out text, two-letter words come spaced out too ("n o", "t o").
  if (spacedOut) s = s.replace(SPACED_PAIR, (pair) => pair.replace(/[ .\-_*]/, ""));
  s = s.replace(SPLIT_WORD, (word) => {
    const joined = word.replace(/[-_.]/g, "");
    return KEYWORD.test(joined) ? joined : word;
  });
  s = joinHalfWords(s);
  // Runs of spaces collapsed; a lone " " is left alone, so ordinary text is not copied.
  return EXTRA_SPACE.test(s) ? s.replace(EXTRA_SPACES, " ") : s;
}

/** Whitespace other than a single " " (newlines kept): what the collapse step changes. */
const EXTRA_SPACE = / [^\S\n]|[^\S\n ]/;
const EXTRA_SPACES = / [^\S\n]+|[^\S\n ][^\S\n]*/g;

/** The first steps only (NFKC, invisible characters, diacritics, case, look-alikes): for token signals. */
export function unfoldedForm(text: string): string {
  const plain = text.includes("%20") ? text.replace(/%20/g, " ") : text;
  // Unicode normalisation, invisible characters and look-alikes are all non-ASCII: ASCII text only needs lower case.
  if (!NON_ASCII.test(plain)) return plain.toLowerCase();
  const s = foldIslands(revealTags(plain)).toLowerCase();
  return HAS_CONFUSABLE.test(s) ? s.replace(CONFUSABLE_CHARS, (c) => CONFUSABLES[c] ?? c) : s;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** Non-ASCII runs closer than this are folded together (fewer calls). */
const ISLAND_GAP = 32;

/**
 * NFKC, invisible characters removed, NFD, combining marks removed, NFC: on the stretches of the text
 * around non-ASCII characters only. Each of these steps gives the same result on a text as on its
 * parts when it is cut right before an ASCII character (an ASCII character is a starter that composes
 * with nothing before it and is its own normal form), so a non-ASCII run is folded together with the
 * ASCII character before it (that may be its base: "e" + U+0301) and the ASCII text in between is
 * left as it is. Lower case comes after, on the whole text (a final sigma depends on its neighbours).
 */
function foldIslands(text: string): string {
  let out = "";
  let copied = 0;
  let start = -1;
  let end = -1;
  const fold = () => {
    out +=
      text.slice(copied, start) +
      text.slice(start, end).normalize("NFKC").replace(INVISIBLE, "").normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
    copied = end;
  };
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(text); m !== null; m = NON_ASCII_RUN.exec(text)) {
    const from = Math.max(0, m.index - 1);
    if (start >= 0 && from - end < ISLAND_GAP) end = m.index + m[0].length;
    else {
      if (start >= 0) fold();
      start = from;
      end = m.index + m[0].length;
    }
  }
  if (start >= 0) fold();
  return out + text.slice(copied);
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
  а: "a",
  в: "b",
  г: "r",
  д: "d",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  п: "n",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ь: "b",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  һ: "h",
  ԁ: "d",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  ү: "y",
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  σ: "o",
  ς: "c",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  ϲ: "c",
  ϳ: "j",
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

/**
 * Leet characters folded in every word (maximal run of [a-z0-9@$!]) that has a Latin letter: the
 * same as replacing each match of the global regex "[a-z0-9@$!]*[a-z][a-z0-9@$!]*" with foldLeet()
 * (its matches are exactly those runs), without calling foldLeet() for the many words with no leet
 * character. Also counts, for the leet-heavy test, the words of [a-z0-9] that mix a letter and one of
 * 0 1 3 4 5 7 ("pr3v10us", "ru135", "5p34k"): the matches of
 * /(?<![a-z0-9])(?=[a-z0-9]*[a-z])[a-z0-9]*[013457][a-z0-9]*(?![a-z0-9])/g.
 */
function foldLeetWords(s: string): { text: string; mixed: number } {
  let out = "";
  let copied = 0;
  let mixed = 0;
  // Only the words around a leet character need a look; they are found by a regex scan, fast on prose.
  LEET_CHAR.lastIndex = 0;
  for (let m = LEET_CHAR.exec(s); m !== null; m = LEET_CHAR.exec(s)) {
    let start = m.index;
    while (start > 0 && isLeetWordChar(s.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < s.length && isLeetWordChar(s.charCodeAt(end))) end++;
    // The word s[start, end) and its runs of [a-z0-9]: a letter anywhere, a letter and a leet digit in a run.
    let letter = false;
    let runLetter = false;
    let runLeet = false;
    for (let i = start; i <= end; i++) {
      const c = i < end ? s.charCodeAt(i) : 0;
      if (c >= 97 && c <= 122) letter = runLetter = true;
      else if (c >= 48 && c <= 57)
        runLeet ||= c !== 50 && c !== 54 && c !== 56 && c !== 57; // not 2 6 8 9
      else {
        if (runLetter && runLeet) mixed++;
        runLetter = runLeet = false;
      }
    }
    if (letter) {
      const word = s.slice(start, end);
      const folded = foldLeet(word, start, s);
      if (folded !== word) {
        out += s.slice(copied, start) + folded;
        copied = end;
      }
    }
    LEET_CHAR.lastIndex = end;
  }
  return { text: copied === 0 ? s : out + s.slice(copied), mixed };
}

const LEET_CHAR = /[0-9@$!]/g;

/** [a-z0-9@$!] */
function isLeetWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33;
}

/** A word with a letter and a leet character ([0-9@$!]; foldLeetWords() checks) with its leet characters folded. */
function foldLeet(word: string, offset: number, text: string): string {
  if (NOT_LEET.has(word)) return word;
  // A trailing "!" is punctuation, not a letter.
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 33) end--;
  const body = word.slice(0, end);
  const tail = word.slice(end);
  // An email address ("c0llect0r@3vil.example") keeps its "@": exfiltration signals look for it.
  // A mention of the assistant ("@assistant") keeps its "@" too.
  if (body.charCodeAt(0) === 64 && LEADING_MENTION.test(body)) return "@" + foldChars(body.slice(1), true) + tail;
  const at = body.indexOf("@");
  if (at > 0 && tail === "" && EMAIL_DOMAIN_REST.test(text.slice(offset + word.length, offset + word.length + 64))) {
    return foldChars(body.slice(0, at), false) + "@" + foldChars(body.slice(at + 1).replace(/@/g, "a"), false);
  }
  return foldChars(body, true) + tail;
}

/** Leet digits, "$" and "!" (and "@" when `at`) replaced by the letters they stand for (LEET). */
function foldChars(part: string, at: boolean): string {
  let out = "";
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    out += at || c !== "@" ? (LEET[c] ?? c) : c;
  }
  return out;
}

/** A short number standing alone ("45" for "as", "15" for "is"), folded only in leet-heavy text. */
const LEET_NUMBER = /(?<![a-z0-9.,:/$%+#-])[0-9]{1,3}(?![a-z0-9.,:/%])/g;

/** A word cut by hyphens, underscores or dots ("ign-ore", "instruc_tions"). */
const SPLIT_WORD = /(?<![a-z0-9])[a-z]+(?:[-_.][a-z]+){1,4}(?![a-z0-9])/g;
/** Words the signals are written against; a split word is joined when the joined form is one of them. */
const KEYWORDS = [
  ...[
    "ignore",
    "ignoring",
    "disregard",
    "forget",
    "previous",
    "prior",
    "instruction",
    "instructions",
    "system",
    "prompt",
    "prompts",
    "rules",
    "guidelines",
    "directives",
  ],
  ...[
    "override",
    "bypass",
    "reveal",
    "jailbreak",
    "restrictions",
    "developer",
    "password",
    "passwords",
    "credentials",
    "exfiltrate",
    "execute",
    "unrestricted",
  ],
  ...[
    "uncensored",
    "unfiltered",
    "assistant",
    "policies",
    "constraints",
    "programming",
    "secret",
    "secrets",
    "confidential",
    "hidden",
    "decode",
    "anweisungen",
  ],
  ...["vorherigen", "ignoriere", "vergiss", "instrucciones", "anteriores", "ignora", "olvida", "consignes", "precedentes", "oublie"],
];
const KEYWORD = new RegExp(`^(?:${KEYWORDS.join("|")})$`);
/** The keywords as a trie over a–z: state 1 is the root, TRIE_NEXT[state * 26 + letter] the next state (0: none). */
const TRIE_STATES = 2 + KEYWORDS.reduce((n, k) => n + k.length, 0);
const TRIE_NEXT = new Int32Array(TRIE_STATES * 26);
/** TRIE_KEYWORD[state]: a keyword ends in this state. */
const TRIE_KEYWORD = new Uint8Array(TRIE_STATES);
{
  let states = 2;
  for (const k of KEYWORDS) {
    let state = 1;
    for (let i = 0; i < k.length; i++) {
      const slot = state * 26 + k.charCodeAt(i) - 97;
      if (TRIE_NEXT[slot] === 0) TRIE_NEXT[slot] = states++;
      state = TRIE_NEXT[slot]!;
    }
    TRIE_KEYWORD[state] = 1;
  }
}

/**
 * A keyword cut by a space ("igno re prev ious"): a word of two or more letters (not after a letter,
 * digit or apostrophe), one space, and a next word of 2–12 letters (not followed by a letter, digit or
 * apostrophe) are joined when together they are a keyword. The same as replacing the matches of
 * /(?<![a-z0-9'])(?:proper prefixes of keywords) (?=([a-z]{2,12})(?![a-z0-9']))/g, but the words are
 * walked through a trie of the keywords as they are read: most fall out of it at their first letters.
 */
function joinHalfWords(s: string): string {
  let out = "";
  let copied = 0;
  const length = s.length;
  for (let i = 0; i < length;) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122 || (i > 0 && isWordOrQuote(s.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let state = 1;
    let end = i;
    for (; end < length; end++) {
      const d = s.charCodeAt(end);
      if (d < 97 || d > 122) break;
      if (state !== 0) state = TRIE_NEXT[state * 26 + d - 97]!;
    }
    if (state !== 0 && end - i >= 2 && s.charCodeAt(end) === 32) {
      let next = end + 1;
      for (; next < length; next++) {
        const d = s.charCodeAt(next);
        if (d < 97 || d > 122) break;
        if (state !== 0) state = TRIE_NEXT[state * 26 + d - 97]!;
      }
      const second = next - end - 1;
      if (state !== 0 && TRIE_KEYWORD[state] === 1 && second >= 2 && second <= 12 && !(next < length && isWordOrQuote(s.charCodeAt(next)))) {
        out += s.slice(copied, end);
        copied = end + 1;
      }
    }
    i = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** [a-z0-9'] */
function isWordOrQuote(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

/** Three or more single letters separated by one space, dot, dash, underscore or star: "i g n o r e". */
const SPACED_LETTERS = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){2,}[a-z0-9](?![a-z0-9])/g;
/** Four or more spaced-out letters: the text is spaced out, and two spaced letters are a word too. */
export const SPACED_OUT_TEXT = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){3,}[a-z0-9](?![a-z0-9])/;
const SPACED_PAIR = /(?<![a-z0-9][ .\-_*]?)[a-z0-9][ .\-_*][a-z0-9](?![a-z0-9]|[ .\-_*][a-z0-9](?![a-z0-9]))/g;
/** Words with digits that are names, not leetspeak ("base64" must not become "base6a"). */
const NOT_LEET = new Set([
  "base64",
  "b64",
  "base32",
  "rot13",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "utf8",
  "utf16",
  "ipv4",
  "ipv6",
  "s3",
  "k8s",
  "gpt3",
  "gpt4",
  "llama2",
  "llama3",
  "x86",
  "x64",
  "win32",
  "mp3",
  "mp4",
  "h264",
  "oauth2",
  "web3",
  "i18n",
]);
/** "@assistant", "@bot", "@claude": a mention, not leetspeak for "a". */
const LEADING_MENTION = /^@(?:ai|assistant|bot|agent|claude|chatgpt|copilot|gemini|gpt|llm)/;
/** What follows the part before "@" of an email address: the rest of the domain and a dot. */
const EMAIL_DOMAIN_REST = /^[a-z0-9-]*\.[a-z0-9]/;
