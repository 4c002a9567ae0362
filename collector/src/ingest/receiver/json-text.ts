/**
 * A JSON string literal, or an integer literal with 16+ digits standing alone as a value.
 * The string alternative is consumed first so digits inside strings are never touched.
 */
const STRING_OR_LONG_INTEGER = /"[^"\\]*(?:\\.[^"\\]*)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g;
/** Cheap pre-check: a long digit run right after a value separator. */
const MAYBE_LONG_INTEGER = /[:,[]\s*-?\d{16}/;

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** A `\uD800`–`\uDFFF` escape: the only way JSON text that is valid UTF-8 can carry a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `s` with each lone surrogate replaced by U+FFFD (ClickHouse's JSON input refuses lone high surrogates). */
export const toWellFormed = (s: string): string => s.replace(LONE_SURROGATE, "\ufffd");

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Replaces lone surrogates in every string and key with U+FFFD, as the protobuf path's UTF-8
 * decoding does for invalid bytes. ClickHouse refuses a lone high surrogate in JSON input, so one
 * such string would otherwise fail the insert of every row in its batch. Iterative: the value may
 * be nested deeper than the call stack allows.
 */
function wellFormed(root: JsonValue): JsonValue {
  if (typeof root === "string") return toWellFormed(root);
  const stack: JsonValue[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i]!;
        if (typeof item === "string") node[i] = toWellFormed(item);
        else if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) {
        const item = node[key]!;
        const value = typeof item === "string" ? toWellFormed(item) : item;
        if (typeof item === "object" && item !== null) stack.push(item);
        const fixedKey = toWellFormed(key);
        if (fixedKey !== key) delete node[key];
        // defineProperty: a "__proto__" key is an own property here and must stay one.
        if (fixedKey !== key || value !== item) Object.defineProperty(node, fixedKey, { value, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return root;
}

/**
 * Parses an OTLP/JSON body without losing int64 precision: integer literals too long to be
 * sure they fit a double (16+ digits, e.g. nanosecond timestamps sent as numbers) are turned
 * into strings before `JSON.parse`, and the decoder reads int64 fields from strings exactly.
 * Lone surrogates (from `\uD800`-style escapes) become U+FFFD. Throws SyntaxError for invalid JSON
 * and TypeError for a body that is not UTF-8.
 */
export function parseJsonKeepingInt64(body: Uint8Array): unknown {
  const text = utf8.decode(body);
  const parsed = (
    MAYBE_LONG_INTEGER.test(text)
      ? JSON.parse(text.replace(STRING_OR_LONG_INTEGER, (match, integer: string | undefined) => (integer ? `"${integer}"` : match)))
      : JSON.parse(text)
  ) as JsonValue;
  return SURROGATE_ESCAPE.test(text) ? wellFormed(parsed) : parsed;
}
