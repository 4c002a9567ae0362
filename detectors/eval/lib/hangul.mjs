// Hangul syllables split into their jamo (the letters a syllable block is built from): the
// generators use it to write Korean attacks in decomposed, harder-to-match form.

const CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
const JONG = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];

/** The initial, medial and final jamo of one precomposed syllable (final "" when none); null for any other character. */
export function decompose(ch) {
  const c = ch.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return null;
  return [CHO[Math.floor(c / 588)], JUNG[Math.floor((c % 588) / 28)], JONG[c % 28]];
}

/** Every syllable of `s` replaced by its jamo; other characters kept. */
export function toJamo(s) {
  let out = "";
  for (const ch of s) out += decompose(ch)?.join("") ?? ch;
  return out;
}
