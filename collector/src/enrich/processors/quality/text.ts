/**
 * Lexical building blocks of the quality heuristics: language-agnostic word tokens, stopwords for
 * the languages the refusal list covers, a light English stemmer, and sentence splitting. Scripts
 * written without spaces (Han, Kana, Hangul) are compared by character bigrams, so a Korean noun with
 * a particle attached ("서울은") still meets the same noun elsewhere ("서울의").
 */

const STOPWORDS = new Set(
  // English
  (
    "a an and are as at be been being but by can could did do does doing for from had has have having he her here hers him his how i if in into is it its itself " +
    "just me more most my no nor not of off on once only or other our ours out over own same she should so some such than that the their theirs them then there " +
    "these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours " +
    "about above after again against all also am any because before below between both down during each few further let may might must shall " +
    "please tell give show explain describe know get got use used using like one two yes" +
    // German
    " der die das den dem des ein eine einer eines einem einen und oder aber ist sind war waren wird werden wie was wer wo wann warum mit von zu zur zum im in " +
    "auf für nicht kein keine ich du er sie es wir ihr mein dein sein auch noch nur so dass bei aus an als am um" +
    // French
    " le la les un une des du de et ou mais est sont était été être avec pour par sur dans en au aux ce cette ces qui que quoi quel quelle je tu il elle nous " +
    "vous ils elles mon ton son ne pas plus comment pourquoi où quand" +
    // Spanish
    " el los las un una unos unas y o pero es son era fue ser estar con para por sobre en al del lo que qué cual cuál quien yo tú él ella nosotros ellos mi tu " +
    "su no más cómo como por qué dónde cuándo"
  ).split(/\s+/),
);

const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Light English suffix stripping, applied the same way on both sides of every comparison. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Content tokens of a text: lower-cased, NFKC-normalised words without stopwords, stemmed; bigrams for CJK/Hangul. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  const normalized = text.normalize("NFKC").toLowerCase();
  const words = normalized.match(WORD);
  if (words === null) return out;
  // One scan of the whole text: most texts have no CJK/Hangul at all, and then no word needs the test.
  const mixed = NO_SPACE_SCRIPT.test(normalized);
  for (const word of words) {
    if (mixed && NO_SPACE_SCRIPT.test(word)) {
      if (word.length === 1) out.push(word);
      for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
      continue;
    }
    if (STOPWORDS.has(word)) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Sentences (or lines) of a text, each non-blank. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Lower-cased, NFKC-normalised, typographic apostrophes made plain, whitespace collapsed. */
export function normalizePhraseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ");
}
