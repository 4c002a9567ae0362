/**
 * A JSON string literal, or an integer literal with 16+ digits standing alone as a value.
 * The string alternative is consumed first so digits inside strings are never touched.
 */
const STRING_OR_LONG_INTEGER = /"[^"\\]*(?:\\.[^"\\]*)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g;
/** Cheap pre-check: a long digit run right after a value separator. */
const MAYBE_LONG_INTEGER = /[:,[]\s*-?\d{16}/;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses an OTLP/JSON body without losing int64 precision: integer literals too long to be
 * sure they fit a double (16+ digits, e.g. nanosecond timestamps sent as numbers) are turned
 * into strings before `JSON.parse`, and the decoder reads int64 fields from strings exactly.
 * Throws SyntaxError for invalid JSON and TypeError for a body that is not UTF-8.
 */
export function parseJsonKeepingInt64(body: Uint8Array): unknown {
  const text = utf8.decode(body);
  if (!MAYBE_LONG_INTEGER.test(text)) return JSON.parse(text);
  return JSON.parse(text.replace(STRING_OR_LONG_INTEGER, (match, integer: string | undefined) => (integer ? `"${integer}"` : match)));
}
