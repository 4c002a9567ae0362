/**
 * Words as numbers: the lead index (leads.ts) and the needle gate (gate.ts) look up the first few
 * characters of a word without cutting the text into strings. a–z → 1–26, 0–9 → 27–36, any other
 * character 0 (a word boundary); base 37, so up to four characters stay a small integer.
 */
export function code37(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return 0;
}

/** The base-37 number of a short string of word characters. */
export function key37(text: string): number {
  let key = 0;
  for (let i = 0; i < text.length; i++) key = key * 37 + code37(text.charCodeAt(i));
  return key;
}
