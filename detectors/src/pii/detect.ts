import { cardValid, charClasses, IBAN_LENGTHS, ibanChecksumValid, ipv4Valid, ipv6Valid, shannonEntropy, ssnValid } from "./validators";
import { idContext, NUM_END, NUM_START } from "./numbers";
import { findPhones, phoneWordBefore } from "./phone";
import type { PiiFinding, PiiType } from "./types";

export { PII_TYPES, type PiiFinding, type PiiType } from "./types";

/**
 * Finds personal data and secrets in `text`. Each type has a cheap pre-filter (an "@", a digit, a
 * key prefix) and a candidate pattern whose matches go through a validator (checksum, ranges,
 * issuer table, entropy), so bare look-alikes are not reported. Boundaries only look at ASCII
 * letters and digits, so values glued to Korean, Japanese or German words are still found.
 * Overlapping candidates: the longer wins, then the more specific type.
 */
export function detectPii(text: string): PiiFinding[] {
  const candidates: PiiFinding[] = [];
  const blocked: PiiFinding[] = [];
  if (text.includes("@")) findEmails(text, candidates);
  if (/\d/.test(text)) {
    findCards(text, candidates);
    findSsns(text, candidates);
    findPhones(text, candidates);
    findIbans(text, candidates, blocked);
    if (text.includes(".")) findIpv4(text, candidates);
  }
  if (text.includes(":")) findIpv6(text, candidates);
  findApiKeys(text, candidates);
  return resolveOverlaps(blocked.length === 0 ? candidates : candidates.filter((c) => !blocked.some((b) => overlaps(b, c))));
}

// ---- EMAIL ------------------------------------------------------------------------------------

/** Local-part characters: ASCII atext plus Latin-1/Latin Extended letters (müller@…), not CJK/Hangul. */
function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || isLatinLetter(c);
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 45 || isLatinLetter(c);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

const GLUED_MAIL_LABEL = /^e-?mail\./i;

function findEmails(text: string, out: PiiFinding[]): void {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text[start] === ".") start++;
    // A label glued on with a dot ("E-mail.jane@…") is a valid local part, but not the address's.
    const label = GLUED_MAIL_LABEL.exec(text.slice(start, at));
    if (label !== null && start + label[0].length < at) start += label[0].length;
    if (start === at || text[at - 1] === ".") continue;
    let end = at + 1;
    while (end < text.length && end - at < 256 && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    if (validDomain(text.slice(at + 1, end))) out.push({ type: "EMAIL", start, end });
  }
}

function validDomain(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label === "" || label.length > 63 || label.startsWith("-") || label.endsWith("-")) return false;
  }
  const tld = labels[labels.length - 1]!;
  return tld.length >= 2 && /^(?:[A-Za-z\u00c0-\u024f]+|xn--[a-z0-9-]+)$/.test(tld);
}

// ---- CREDIT_CARD ------------------------------------------------------------------------------

const CARD_RE = new RegExp(
  `${NUM_START}(?:\\d{12,19}|\\d{4}([ -])\\d{4}\\1\\d{4}(?:\\1\\d{1,4}(?:\\1\\d{1,3})?)?|\\d{4}([ -])\\d{6}\\2\\d{4,5})${NUM_END}`,
  "g",
);

function findCards(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(CARD_RE)) {
    const digits = m[0].replace(/[ -]/g, "");
    if (cardValid(digits) && !idContext(text, m.index)) out.push({ type: "CREDIT_CARD", start: m.index, end: m.index + m[0].length });
  }
}

// ---- SSN --------------------------------------------------------------------------------------

const SSN_RE = new RegExp(`${NUM_START}(\\d{3})(?:([- ])(\\d{2})\\2|(\\d{2}))(\\d{4})${NUM_END}`, "g");
/** A separator-less 9-digit SSN is only taken with one of these words shortly before it. */
const SSN_CONTEXT = /(?:ssn|social security|soc\.? sec|sozialversicherung|numéro de sécurité sociale|seguro social|사회보장)[^0-9]{0,24}$/i;

function findSsns(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(SSN_RE)) {
    const group = m[3] ?? m[4]!;
    if (!ssnValid(m[1]!, group, m[5]!)) continue;
    if (m[4] !== undefined && !SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (idContext(text, m.index)) continue;
    out.push({ type: "SSN", start: m.index, end: m.index + m[0].length });
  }
}

// ---- IBAN -------------------------------------------------------------------------------------

const IBAN_START_RE = /(?<![A-Z0-9])([A-Za-z]{2})(\d{2})[ -]?[A-Za-z0-9]/g;

/**
 * Reads the country's IBAN length of alphanumerics from the start, in either case, allowing one
 * kind of single separator (space or dash) between characters: "DE89 3704 …", "de89370400440532013000",
 * "FR76-3000-6000-…". Only an upper-case value with a bad checksum blocks other findings inside it: a
 * lower-case word glued to digits is no sign of a mistyped IBAN.
 */
function findIbans(text: string, out: PiiFinding[], blocked: PiiFinding[]): void {
  for (const m of text.matchAll(IBAN_START_RE)) {
    const length = IBAN_LENGTHS[m[1]!.toUpperCase()];
    // Upper case stands out glued to a word ("anGB82…"); lower case must start a word.
    if (length === undefined || (m.index > 0 && /[a-z]/.test(m[1]!) && isAsciiAlnum(text.charCodeAt(m.index - 1)))) continue;
    let chars = "";
    let separator = 0;
    let i = m.index;
    while (i < text.length && chars.length < length) {
      const c = text.charCodeAt(i);
      if (isAsciiAlnum(c)) {
        chars += text[i];
        i++;
      } else if (
        (c === 32 || c === 45) &&
        (separator === 0 || separator === c) &&
        chars.length >= 2 &&
        i + 1 < text.length &&
        isAsciiAlnum(text.charCodeAt(i + 1))
      ) {
        separator = c;
        i++;
      } else break;
    }
    if (chars.length !== length || (i < text.length && isAsciiAlnum(text.charCodeAt(i)))) continue;
    const upper = chars.toUpperCase();
    // An IBAN-shaped value with a wrong checksum is a typo, not a phone number or a card.
    if (ibanChecksumValid(upper)) out.push({ type: "IBAN", start: m.index, end: i });
    else if (upper === chars) blocked.push({ type: "IBAN", start: m.index, end: i });
  }
}

// ---- IP_ADDRESS -------------------------------------------------------------------------------

const IPV4_RE = /(?<![0-9A-Za-z_.]|\d-)(?:\d{1,3}\.){3}\d{1,3}(?![0-9A-Za-z_]|\.\d)/g;
const VERSION_CONTEXT = /(?<![a-z])(?:version|ver\.?|release|build|firmware|버전|versión)\s*[:#]?\s*$/i;

function findIpv4(text: string, out: PiiFinding[]): void {
  for (const m of text.matchAll(IPV4_RE)) {
    if (!ipv4Valid(m[0]) || VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // After a phone word a dotted quad is a number dialled in pairs (Tel. 91.123.45.67): the PHONE scan reports it.
    if (phoneWordBefore(text, m.index)) continue;
    out.push({ type: "IP_ADDRESS", start: m.index, end: m.index + m[0].length });
  }
}

/** IPv6 candidates grow from each ":" over hex digits, colons and (for an IPv4 tail) dots. */
function findIpv6(text: string, out: PiiFinding[]): void {
  let from = 0;
  for (let colon = text.indexOf(":", from); colon !== -1; colon = text.indexOf(":", from)) {
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && (isHexOrColon(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
    from = end + 1;
    while (end > colon && text[end - 1] === ".") end--;
    const found =
      ipv6At(text, start, end) ?? (text[start] !== ":" && text.indexOf(":", start) < end ? ipv6At(text, text.indexOf(":", start) + 1, end) : undefined);
    if (found) out.push(found);
  }
}

function ipv6At(text: string, start: number, end: number): PiiFinding | undefined {
  if (text[start] === ":" && text[start + 1] !== ":") start++;
  if (text[end - 1] === ":" && text[end - 2] !== ":") end--;
  if (end - start < 2 || (start > 0 && isWordChar(text.charCodeAt(start - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)))) return undefined;
  const value = text.slice(start, end);
  if (value.indexOf(":") === value.lastIndexOf(":") || !ipv6Valid(value)) return undefined;
  return { type: "IP_ADDRESS", start, end };
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

// ---- API_KEY ----------------------------------------------------------------------------------

/** Prefix-identified secrets, each behind a plain substring test; the whole match is the key. */
const PREFIXED_KEYS: readonly [string, RegExp][] = [
  ["AKIA", /(?<![A-Za-z0-9])AKIA[A-Z0-9]{16}(?![A-Za-z0-9])/g],
  ["ASIA", /(?<![A-Za-z0-9])ASIA[A-Z0-9]{16}(?![A-Za-z0-9])/g],
  ["sk-", /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-api\d\d-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g],
  ["_", /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,255}(?![A-Za-z0-9_])/g],
  ["github_pat_", /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{40,255}/g],
  ["xox", /(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9-]{10,}/g],
  ["_live_", /(?<![A-Za-z0-9_])(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}/g],
];

const LABEL_PREFILTER = /bearer|token|secret|api[-_]?key/i;

/** Secrets recognised by the label in front of them; group 1 is the value. */
const LABELLED_SECRET_RE =
  /(?:\bbearer\s+|\b(?:access_?token|auth_?token|api[-_]?key|apikey|token|secret|client_secret|aws_secret_access_key|secret_access_key|aws_secret)\s*["']?\s*[=:]\s*["']?)([A-Za-z0-9._~+/=-]{16,})/gi;

function findApiKeys(text: string, out: PiiFinding[]): void {
  for (const [marker, re] of PREFIXED_KEYS) {
    if (!text.includes(marker)) continue;
    for (const m of text.matchAll(re)) {
      const value = m[0];
      if (value.startsWith("sk-") && !(/\d/.test(value) && /[A-Za-z]/.test(value.slice(3)) && shannonEntropy(value) >= 3.5)) continue;
      out.push({ type: "API_KEY", start: m.index, end: m.index + value.length });
    }
  }
  if (!LABEL_PREFILTER.test(text)) return;
  for (const m of text.matchAll(LABELLED_SECRET_RE)) {
    const value = m[1]!.replace(/[.=]+$/, (tail) => (tail.startsWith("=") ? tail : ""));
    if (!secretLike(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: "API_KEY", start, end: start + value.length });
  }
}

/** High-entropy token: long enough, several character classes, not a trace id, span id or UUID. */
function secretLike(value: string): boolean {
  if (value.length < 20) return false;
  if (/^[0-9a-f]+$/i.test(value) && value.length <= 32) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  if (charClasses(value) < 2 || !/\d/.test(value)) return false;
  return shannonEntropy(value) >= 3.5;
}

// ---- overlaps ---------------------------------------------------------------------------------

const SPECIFICITY: Record<PiiType, number> = { API_KEY: 0, EMAIL: 1, IBAN: 2, CREDIT_CARD: 3, SSN: 4, IP_ADDRESS: 5, PHONE: 6 };

function resolveOverlaps(candidates: PiiFinding[]): PiiFinding[] {
  if (candidates.length <= 1) return candidates;
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || SPECIFICITY[a.type] - SPECIFICITY[b.type] || a.start - b.start);
  const kept: PiiFinding[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlaps(a: PiiFinding, b: PiiFinding): boolean {
  return a.start < b.end && b.start < a.end;
}
