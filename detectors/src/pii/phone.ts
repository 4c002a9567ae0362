import { countDigits, idContext, isDigit, NUM_END, NUM_START } from "./numbers";
import type { PiiFinding } from "./types";

// Phone numbers: shapes that only dialling plans use are found anywhere; short and compact digit runs, which
// amounts, dates and ids share, only next to a word that names a phone line.

/** The words that mark an extension: "x123", "ext. 45", "extension 6", "extensión 6", "Durchwahl 12", "poste 204", "ramal 31", "anexo 2", "доб. 7". */
const EXT_WORD = String.raw`(?:x|[Ee]xt\.?|[Ee]xtn\.?|[Ee]xtensi[oó]n|[Dd]urchwahl|[Pp]oste|[Rr]amal|[Aa]nexo|[Дд]об\.?)`;
/** An extension after a number. */
const EXT = String.raw`(?:[ ,]{0,2}${EXT_WORD}[ .:]{0,2}\d{1,6})?`;
/** International: "+" (or a 00 / 011 exit code) and a country code, then digit groups with single separators, 8–15 digits in all. */
const INTL_PHONE_RE = new RegExp(
  String.raw`(?<![0-9A-Za-z_+])(?:\+|(?<![0-9A-Za-z_.-]|\d[ .-])(?:00|011)[ .-]?)[1-9]\d{0,2}(?:[ .-]?\((?:0|\d{1,4})\)|[ .-]?\d{1,6}){1,7}` +
    EXT +
    String.raw`(?![0-9A-Za-z_]|[-.]\d)`,
  "g",
);
/** North American: (NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX with an optional leading 1, and an extension. */
const NANP_RE = new RegExp(`${NUM_START}(?:1[ .-]?)?(?:\\((\\d{3})\\)[ .-]?|(\\d{3})([ .-]))\\d{3}[ .-]\\d{4}${EXT}${NUM_END}`, "g");
/** National formats with a trunk 0 and perhaps a dashed direct-dial suffix (DE 030 1234567-89, FR 01 23 45 67 89, KR 010-1234-5678, UK 020 7946 0958). */
const TRUNK_PHONE_RE = new RegExp(`(?<![0-9A-Za-z_]|\\d[-. /])0[1-9]\\d{0,3}([ /.-])\\d{2,8}(?:\\1\\d{2,8}){0,3}(?:-(\\d{1,5}))?${EXT}${NUM_END}`, "g");
/**
 * A trunk-0 area code set off by its own separator, the subscriber number grouped with spaces (SE 070-123 45 67,
 * 08-123 456 78; DE 089 / 123 456 78, 030/123 456 78).
 */
const TRUNK_MIXED_RE = new RegExp(`(?<![0-9A-Za-z_]|\\d[-. /])0[1-9]\\d{0,3}(?:-| ?/ ?)\\d{2,4}(?: \\d{2,4}){1,3}${EXT}${NUM_END}`, "g");
/**
 * Groupings that national plans use and that amounts, dates and serials do not, so they need no phone word:
 * ES nine digits from 6–9 as 3-2-2-2 or 2-3-2-2 (914 90 66 60, 612.34.56.78, 91 123 45 67), CN mobiles
 * 1[3-9]x as 3-4-4 (138 0013 8000), BR a two-digit area code, a space, then 4–5 and 4 digits joined by a
 * dash (11 98765-4321). IN mobiles as 5-5 from 6–9 (98765 43210, group 3) share their shape with two
 * postcodes and need a phone word next to them, as short local numbers do.
 */
const NATIONAL_SHAPE_RE = new RegExp(
  `${NUM_START}(?:[6-9]\\d{2}([ .])\\d{2}\\1\\d{2}\\1\\d{2}|[6-9]\\d \\d{3} \\d{2} \\d{2}|1[3-9]\\d([ -])\\d{4}\\2\\d{4}|[1-9][1-9] 9?\\d{4}-\\d{4}|([6-9]\\d{4} \\d{5}))${EXT}${NUM_END}`,
  "g",
);
/**
 * An area code in parentheses (AU (02) 9876 5432, BR (11) 91234-5678, UK (020) 7946 0958, DE (030) 1234567, RU 8 (495) 123-45-67
 * with its trunk 8), or a country code, alone with its "+" or followed by an area code (ES (+34) 913 908 121, AR (54 11) 4959-0200,
 * CL (56-2) 2354 3000, UY (598 2) 487 3837): group 2 holds a country code.
 */
const PAREN_AREA_RE = new RegExp(
  `(?:(?<![0-9A-Za-z_])8 ?(?=\\()|(?<![0-9A-Za-z_)]))\\((?:\\d{2,5}|(\\+\\d{1,3}|\\+?\\d{1,4}[ -]\\d{1,4}))\\)[ .-]?\\d{2,8}(?:[ .-]\\d{2,8}){0,3}${EXT}${NUM_END}`,
  "g",
);
/**
 * A short local number (555-0132, 2345 6789, 12 34 56 78, 96 228011, 93 2746809, 21 284 698 2548): only next
 * to a word that names a phone, or listed right after another number. Leading groups have 2–4 digits, so a 5-digit postcode in front is not taken in.
 */
const LOCAL_PHONE_RE = new RegExp(`${NUM_START}\\d{2,4}([ .-])(?:\\d{2,4}\\1){0,3}\\d{2,9}${EXT}${NUM_END}`, "g");
/**
 * Digit groups whose separators change within the number, or that open with a one-digit area code (ES 91 336-87-85,
 * 91-336 87 85, CL 2 2354 3000): only right after a phone word, where nothing else is written that way.
 */
const MIXED_GROUPS_RE = new RegExp(`${NUM_START}\\d{1,4}(?:[ .-]\\d{2,4}){2,4}${EXT}${NUM_END}`, "g");
/** A number dialled without separators ("Call me at 0612345678", "phone: 5551234567x12"): only right after a phone word. */
const COMPACT_PHONE_RE = new RegExp(`${NUM_START}\\d{7,11}${EXT}${NUM_END}`, "y");
/**
 * One scan for compact numbers, alone or two joined by a dash or slash with no space ("Tel. 913908121-913908122"):
 * a pair after a phone word is two numbers; otherwise each half is judged as a compact number of its own.
 */
const COMPACT_RUN_RE = new RegExp(`${NUM_START}\\d{7,11}(?:[-/]\\d{7,11})?${EXT}${NUM_END}`, "g");
const PHONE_CONTEXT =
  /(?<![a-z])(?:phone|tel|telephone|call(?: me| us)?|(?:ligue|liga-me|chiam(?:a|ate|ami)|zadzwo[nń]|dzwo[nń]|zavolej(?:te)?|hubungi|appelle[zr]?)(?:[ -](?:me|mi|moi|mnie|nos|saya))?|(?:ring|bel) (?:me|us|mig|oss|ons)|number(?<=(?:my|your|his|her|our|their) number)|contact (?:number|no\.?|phone)|n[úu]mero de contacto|messages? to|ll[áa]m(?:ame|enos|eme|ar|e|en)|line(?<=(?:direct|office|main|help|support|phone) ?line)|mobile|cell|cellphone|fax|hotline|landline|extension|dial|whatsapp|sms|text me|reach (?:me|us|him|her|them)|answering(?: at| on)?|tfno|tfn|tfo|tf|tlfno|tlfn|tlf|telf|tel[ée]f|tel[eéè]fon(?:e|oa)?|telefax|telem[óo]vel|fono|fone|m[òo]bil|cel|handy|festnetz|t[ée]l[ée]phone|portable|t[ée]l[ée]fono|m[óo]vil|celular|전화|연락처|휴대폰|핸드폰|電話)(?:s|nummer|number|no)?\.?(?: (?:number|no\.?|nr\.?|num[ée]ro|n[úu]mero|nummer|numer|번호))?(?: (?:de )?contacto| (?:fijo|fixo|particular|directo|casa|trabajo|oficina|consulta|secretar[íi]a|centralita|urgencias|home|work|office|direct|private|business|personal))?(?: (?:is|was|ist|est|es|es el|at|on|unter|au|al|:|na|para(?: o)?|op|på|di))?\s*[:#]?\s*$/i;

/**
 * A phone word right after a number labels it too, as contact lists write it: "9885 1152-Office",
 * "22 498317 office", "3660170548-Fax", "555 1234 (mobile)".
 */
const PHONE_LABEL_AFTER = /[ ]?[-,(]?[ ]?(?:office|fax|mobile|cell|phone|tel|landline)(?![a-z])/iy;

/** What joins numbers listed under one label: "Tfno: 956 203 145 y 956 203 146", "Tel. 917277336 - 606409021". */
const LIST_JOINER = /(?:\s*[-/,;]\s*|\s+(?:y|and|or|o|und|oder|et|ou)\s+)$/i;

/**
 * A phone noun qualified by whose or which line it is, then a colon: "Número de teléfono de la madre:",
 * "Phone number of her mother:", "Telefonnummer der Mutter:", "Telephone (home):". The qualifier must open
 * with a preposition or a parenthesis, so "mobile data usage:" or "phone model:" label something else.
 */
const PHONE_LABEL_QUALIFIED =
  /(?<![a-z])(?:phone|telephone|tel|mobile|cell|fax|tfno|tlf|telf|telef|telefon|t[ée]l[ée]phone|t[ée]l[ée]fono|m[óo]vil|celular|handy)(?:s|nummer|number|no)?\.?(?: (?:number|no\.?|num[ée]ro|n[úu]mero|nummer))?(?: (?:of|for|de|del|da|do|der|des|du|di|von|vom|van)(?= )| ?\((?=[^()]{2,20}\)))(?:[ (]?\p{L}{1,15}\)?){1,4} ?:\s*$/iu;

/** A short label between two numbers of one contact block: "Mobile: 737 219 628 Desk: 540 392 6876". */
const CONTACT_LABEL_JOINER = /^[,;]?\s+\p{Lu}\p{Ll}{1,10}\.?\s?:\s*$/u;

/** Whether the number at `start` follows a colon and at most three spaces or tabs. */
function colonBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= start - 3 && (text[i] === " " || text[i] === "\t")) i--;
  return text[i] === ":";
}

/** Whether a phone word (PHONE_CONTEXT) ends right before `start`, within 40 characters. */
export function phoneWordBefore(text: string, start: number): boolean {
  return PHONE_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

function phoneWordNear(text: string, start: number, end: number, found: readonly PiiFinding[]): boolean {
  if (phoneWordBefore(text, start)) return true;
  // The qualified label ends in a colon: the cheap look for one comes first.
  if (colonBefore(text, start) && PHONE_LABEL_QUALIFIED.test(text.slice(Math.max(0, start - 64), start))) return true;
  PHONE_LABEL_AFTER.lastIndex = end;
  if (PHONE_LABEL_AFTER.test(text)) return true;
  // A joiner is at most 16 characters: only a phone number ending that close can head a list.
  const previous = found.find((f) => f.type === "PHONE" && f.end < start && f.end >= start - 16);
  if (previous === undefined) return false;
  const between = text.slice(previous.end, start);
  if (CONTACT_LABEL_JOINER.test(between)) return !idContext(text, start);
  const joiner = LIST_JOINER.exec(between);
  return joiner !== null && joiner.index === 0;
}

/** "2019-2020", "1998 2004": two years side by side read as a span of time, whatever word is near. */
const YEAR_RANGE = /^(?:19|20)\d\d[ .-](?:19|20)\d\d$/;
/** "2024-03-15", "15-03-1980", "2024 03 15": a date in digit groups is never a local number. */
const DATE = String.raw`(?:(?:19|20)\d\d([ .-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([ .-])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d)`;
const DATE_GROUPS = new RegExp(`^${DATE}$`);
/** "12-03-2019 10 30": a date, then a time or other figures. */
const DATE_FIRST = new RegExp(`^${DATE}(?!\\d)`);

const UNIFORM_GROUPS = /^(?:\d{3}([ /.-])\d{3}(?:\1\d{3})+|\d{4}([ /.-])\d{4}(?:\2\d{4})+)$/;

/** Cheap pre-checks: an exit code where a number starts, and any common phone word in the text (PHONE_CONTEXT's words are PHONE_WORD's and MORE_PHONE_WORDS'). */
const EXIT_CODE = /(?<![0-9A-Za-z_.-])(?:00|011)[ .-]?[1-9]/;
const PHONE_WORD =
  /phone|tel|call|m[oò]bil|cel|fax|hotline|landline|extension|dial|whatsapp|sms|text me|reach|answering|office|tf|tlf|fono|fone|handy|festnetz|portable|t[ée]l[ée]fono|m[óo]vil|전화|연락처|휴대폰|핸드폰|電話/i;
/** The rarer phone words, tested only when none of PHONE_WORD's is in the text. */
const MORE_PHONE_WORDS = /ring |bel |ligue|liga-me|chiam|dzwo|zavolej|hubungi|appelle|number|contact|messag|ll[áa]m|(?:direct|main|help|support) ?line/i;

export function findPhones(text: string, out: PiiFinding[]): void {
  if (text.includes("+") || EXIT_CODE.test(text)) {
    for (const m of text.matchAll(INTL_PHONE_RE)) {
      const digits = countDigits(m[0]) - extDigits(m[0]) - (m[0][0] === "+" ? 0 : m[0].startsWith("011") ? 3 : 2);
      // "00…" without a separator is as likely a zero-padded id as a dialled number, unless a phone word is right before it; dialled with an
      // exit code, a number is seldom longer than 13 digits (a run of 14 or 15 is more likely a reading).
      if (m[0][0] !== "+" && ((!/[ .()-]/.test(m[0]) && !phoneWordBefore(text, m.index)) || digits > 13)) continue;
      if (digits >= 8 && digits <= 15 && !idContext(text, m.index)) push(out, m[0], m.index);
    }
  }
  for (const m of text.matchAll(NANP_RE)) {
    if (idContext(text, m.index)) continue;
    // A 1xx/0xx area code is not a NANP number, but "123-456-7890" with one separator throughout still reads as one.
    const area = m[1] ?? m[2]!;
    if ((area[0] === "0" || area[0] === "1") && !/^(?:\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}|\(\d{3}\)[ -]?\d{3}-\d{4})/.test(m[0])) continue;
    push(out, m[0], m.index);
  }
  for (const m of text.matchAll(TRUNK_PHONE_RE)) {
    const digits = countDigits(m[0]) - extDigits(m[0]) - (m[2]?.length ?? 0);
    if (digits < 9 || digits > 12 || idContext(text, m.index) || continuesGroups(text, m[0], m.index, m[1]!)) continue;
    if (m[1] === "." && /^\d{2}\.\d{2}\.\d{4}/.test(m[0])) continue; // a dotted date
    if (/^\d{3}-\d{2}-\d{4}$/.test(m[0])) continue; // SSN-shaped
    // Three or more groups of one length of 3+ digits ("055 458 935 685", "0548 8213 6031") are readings or
    // serials: national plans group a trunk-0 number unevenly (030 1234567, 0171 2345678, 010-1234-5678)
    // or in pairs (01 23 45 67 89). With a phone word before it, it is a number.
    if (UNIFORM_GROUPS.test(m[0]) && !phoneWordBefore(text, m.index)) continue;
    push(out, m[0], m.index);
  }
  for (const m of text.matchAll(TRUNK_MIXED_RE)) {
    const digits = countDigits(m[0]) - extDigits(m[0]);
    if (digits >= 9 && digits <= 12 && !idContext(text, m.index)) push(out, m[0], m.index);
  }
  const phoneWord = PHONE_WORD.test(text) || MORE_PHONE_WORDS.test(text);
  for (const m of text.matchAll(NATIONAL_SHAPE_RE)) {
    if (m[3] !== undefined && !(phoneWord && phoneWordNear(text, m.index, m.index + m[0].length, out))) continue;
    // "12 2019-2020": a count before a span of years has the Brazilian shape.
    if (!idContext(text, m.index) && !YEAR_RANGE.test(m[0].slice(-9))) push(out, m[0], m.index);
  }
  if (text.includes("(")) {
    for (const m of text.matchAll(PAREN_AREA_RE)) {
      const digits = countDigits(m[0]) - extDigits(m[0]);
      const country = m[1];
      // Two numbers in parentheses ("(1-2) 345 678") are as often a range or a count as a dialling code: only after a phone word.
      if (country !== undefined && country[0] !== "+" && !phoneWordBefore(text, m.index)) continue;
      if (digits >= 8 && digits <= (country === undefined ? 12 : 15) && !idContext(text, m.index)) push(out, m[0], m.index);
    }
  }
  // Short local numbers need a phone word next to them: one scan for any such word first.
  if (!phoneWord) return;
  for (const m of text.matchAll(LOCAL_PHONE_RE)) {
    const digits = countDigits(m[0]) - extDigits(m[0]);
    if (digits < 6 || digits > 12 || (m[1] === "." && /^\d{2}\.\d{2}\.\d{2,4}$/.test(m[0])) || YEAR_RANGE.test(m[0]) || DATE_GROUPS.test(m[0])) continue;
    if (phoneWordNear(text, m.index, m.index + m[0].length, out)) push(out, m[0], m.index);
  }
  for (const m of text.matchAll(MIXED_GROUPS_RE)) {
    const digits = countDigits(m[0]) - extDigits(m[0]);
    if (digits >= 8 && digits <= 12 && !DATE_FIRST.test(m[0]) && phoneWordBefore(text, m.index)) push(out, m[0], m.index);
  }
  for (const m of text.matchAll(COMPACT_RUN_RE)) {
    const joint = m[0].search(/[-/]\d/);
    if (joint === -1) {
      if (phoneWordNear(text, m.index, m.index + m[0].length, out)) push(out, m[0], m.index);
    } else if (phoneWordBefore(text, m.index)) {
      push(out, m[0].slice(0, joint), m.index);
      push(out, m[0].slice(joint + 1), m.index + joint + 1);
    } else {
      // A slash is no word boundary to a compact number: each half may be one.
      for (const at of [m.index, m.index + joint + 1]) {
        COMPACT_PHONE_RE.lastIndex = at;
        const half = COMPACT_PHONE_RE.exec(text);
        if (half !== null && phoneWordNear(text, at, at + half[0].length, out)) push(out, half[0], at);
      }
    }
  }
}

/**
 * Whether digit groups go on past a candidate with its separator and its last group's length ("04 12 23 31 42"
 * followed by " 48"): a run longer than any plan groups a number is a list of figures, not a phone number.
 */
function continuesGroups(text: string, value: string, start: number, separator: string): boolean {
  const end = start + value.length;
  if (text[end] !== separator) return false;
  const last = value.length - value.lastIndexOf(separator) - 1;
  let n = 0;
  while (isDigit(text.charCodeAt(end + 1 + n))) n++;
  return n === last;
}

function push(out: PiiFinding[], value: string, start: number): void {
  out.push({ type: "PHONE", start, end: start + value.length });
}

/** Digits of a trailing extension ("x123", "ext. 45"), which do not count towards the number's length. */
const EXT_DIGITS = new RegExp(String.raw`${EXT_WORD}[ .:]{0,2}(\d{1,6})$`, "i");

function extDigits(value: string): number {
  const m = EXT_DIGITS.exec(value);
  return m ? m[1]!.length : 0;
}
