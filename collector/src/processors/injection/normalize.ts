/**
 * Folds text into the form the injection signals are written against: NFKC, no zero-width or
 * format characters, no diacritics (Latin), lower case, Cyrillic/Greek look-alikes mapped to Latin,
 * leetspeak folded inside words, spaced-out letters joined, runs of spaces collapsed (newlines kept).
 */
export function normalizeForInjection(text: string): string {
  let s = unfoldedForm(text).replace(LEET_WORD, foldLeet);
  s = s.replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_*]/g, ""));
  return s.replace(/[^\S\n]+/g, " ");
}

/** The first steps only (NFKC, invisible characters, diacritics, case, look-alikes): for token signals. */
export function unfoldedForm(text: string): string {
  const s = text.normalize("NFKC").replace(INVISIBLE, "").normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC").toLowerCase();
  return s.replace(CONFUSABLE_CHARS, (c) => CONFUSABLES[c] ?? c);
}

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase Cyrillic and Greek letters that render like a Latin letter. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a", в: "b", г: "r", д: "d", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", п: "n", р: "p", с: "c", т: "t",
  у: "y", х: "x", ь: "b", ѕ: "s", і: "i", ї: "i", ј: "j", һ: "h", ԁ: "d", ӏ: "l", ԛ: "q", ԝ: "w", ү: "y",
  α: "a", β: "b", γ: "y", ε: "e", η: "n", ι: "i", κ: "k", μ: "u", ν: "v", ο: "o", ρ: "p", σ: "o", ς: "c", τ: "t", υ: "u",
  χ: "x", ω: "w", ϲ: "c", ϳ: "j",
};
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "g");

const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "!": "i" };

/** A word with at least one Latin letter; leet characters in it are folded when the word has any. */
const LEET_WORD = /[a-z0-9@$!]*[a-z][a-z0-9@$!]*/g;

function foldLeet(word: string): string {
  if (!/[0-9@$!]/.test(word)) return word;
  // A trailing "!" is punctuation, not a letter.
  const tail = /!+$/.exec(word)?.[0] ?? "";
  const body = word.slice(0, word.length - tail.length);
  return body.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c) + tail;
}

/** Three or more single letters separated by one space, dot, dash, underscore or star: "i g n o r e". */
const SPACED_LETTERS = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){2,}[a-z0-9](?![a-z0-9])/g;
