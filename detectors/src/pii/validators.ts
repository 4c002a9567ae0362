/**
 * Checksum and range validators behind the PII detector. Each takes the candidate's characters
 * (separators already removed where the format allows them) and says whether it is a real value.
 */

/** Luhn (mod 10) checksum over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export type CardIssuer = "visa" | "mastercard" | "amex" | "discover" | "jcb" | "diners" | "unionpay" | "mir" | "troy" | "maestro";

/**
 * The issuer whose prefix range (the public ISO/IEC 7812 issuer identification ranges) and length the
 * card number fits, or undefined. Ranges are tried from the most specific: Discover's 622126–622925
 * before UnionPay's 62, everything else before Maestro's broad 50 / 56–69.
 */
export function cardIssuer(digits: string): CardIssuer | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  const long = n >= 16 && n <= 19;
  if (digits[0] === "4") return n === 13 || n === 16 || n === 19 ? "visa" : undefined;
  if (p4 >= 2200 && p4 <= 2204) return long ? "mir" : undefined;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16 ? "mastercard" : undefined;
  if (p2 === 34 || p2 === 37) return n === 15 ? "amex" : undefined;
  // JCB issues from 3528–3589; the rest of 35 is in use by other schemes of the same length.
  if (p2 === 35) return long ? "jcb" : undefined;
  if (p4 === 2131 || p4 === 1800) return n === 15 ? "jcb" : undefined;
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) return long ? "discover" : undefined;
  if (p2 === 62 || (p4 >= 8100 && p4 <= 8171)) return long ? "unionpay" : undefined;
  if ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19 ? "diners" : undefined;
  if (p4 === 9792) return n === 16 ? "troy" : undefined;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19 ? "maestro" : undefined;
  return undefined;
}

/** A payment card number: a known issuer's prefix and length, and a valid Luhn checksum. */
export function cardValid(digits: string): boolean {
  return cardIssuer(digits) !== undefined && luhnValid(digits);
}

/** US SSN ranges: area not 000, 666 or 900–999; group not 00; serial not 0000. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === "00" || serial === "0000") return false;
  // Numbers the SSA voided after they were published as examples.
  const whole = area + group + serial;
  return whole !== "078051120" && whole !== "219099999";
}

/** IBAN length per country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** ISO 7064 mod 97-10 over an IBAN without spaces (uppercase letters and digits). */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rest = (rest * 100 + (c - 55)) % 97;
    else return false;
  }
  return rest === 1;
}

/** Dotted-quad IPv4: four decimal octets 0–255 without leading zeros. */
export function ipv4Valid(text: string): boolean {
  const parts = text.split(".");
  if (parts.length !== 4) return false;
  return parts.every((p) => p.length >= 1 && p.length <= 3 && /^\d+$/.test(p) && (p.length === 1 || p[0] !== "0") && Number(p) <= 255);
}

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * IPv6 in full or compressed ("::") form, optionally ending in an embedded IPv4. Short compressed
 * forms that read like code ("ab::cd") need three groups, a 4-digit first group, or a leading "::".
 */
export function ipv6Valid(text: string): boolean {
  if (text.includes(":::")) return false;
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const compressed = halves.length === 2;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (i === groups.length - 1 && g.includes(".")) {
      if (!ipv4Valid(g) || (!compressed && groups.length !== 7)) return false;
      count += 2;
    } else if (HEX_GROUP.test(g)) count += 1;
    else return false;
  }
  if (compressed ? count > 7 : count !== 8) return false;
  if (!compressed) return true;
  if (count === 0) return false;
  return groups.length >= 3 || text.startsWith("::") || groups[0]!.length === 4;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of: lowercase, uppercase, digits, other, the text uses. */
export function charClasses(text: string): number {
  return (/[a-z]/.test(text) ? 1 : 0) + (/[A-Z]/.test(text) ? 1 : 0) + (/[0-9]/.test(text) ? 1 : 0) + (/[^A-Za-z0-9]/.test(text) ? 1 : 0);
}
