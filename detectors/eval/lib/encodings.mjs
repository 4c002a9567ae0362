// The encodings and letter-level obfuscations the generators wrap attack payloads in, written once
// so every set encodes a payload the same way.

export const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
export const hex = (s) => Buffer.from(s, "utf8").toString("hex");
/** ROT13 of the ASCII letters; every other character kept. */
export const rot13 = (s) =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

export const LEET = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
/** Every a, e, i, o, s, t (either case) as its leetspeak digit. */
export const leet = (s) => s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()]);
/** "ignore all" → "i g n o r e   a l l": letters one space apart, words three. */
export const spaced = (s) =>
  s
    .split(" ")
    .map((w) => [...w].join(" "))
    .join("   ");
/** "ignore all" → "i.g.n.o.r.e a.l.l". */
export const dotted = (s) =>
  s
    .split(" ")
    .map((w) => [...w].join("."))
    .join(" ");
