/**
 * The feedback wire schema: the JSON body of the collector's POST /v1/feedback, which the
 * instrumentation's recordFeedback() sends. Validated by hand rather than with a schema library so
 * the instrumentation package stays free of runtime dependencies.
 */

export const FEEDBACK_PATH = "/v1/feedback";

/**
 * The feedback name the satisfaction_rate and prompt_ab queries and the default satisfaction_low
 * alert read, and the SDK's default. Another name is for a second kind of rating (e.g.
 * "helpfulness"), passed to the queries as feedback_name.
 */
export const DEFAULT_FEEDBACK_NAME = "user_feedback";

/** A rating: a number (any scale), true/false, or "thumbs_up"/"thumbs_down" (stored as 1/0). */
export type FeedbackValue = number | boolean | "thumbs_up" | "thumbs_down";

/** The body as sent. */
export interface FeedbackBody {
  /** 32 hex characters, not all zero. */
  trace_id: string;
  /** 16 hex characters, not all zero. */
  span_id?: string;
  /** 1–100 letters, digits or _ . : -; default DEFAULT_FEEDBACK_NAME. */
  name?: string;
  value: FeedbackValue;
  /** At most 4000 characters. */
  comment?: string;
  /** At most 256 characters. */
  user_id?: string;
}

/** The body as accepted: ids in lower case, the name defaulted, the value as a score and a label. */
export interface Feedback {
  trace_id: string;
  span_id?: string;
  name: string;
  value: { score: number; label: "" | "thumbs_up" | "thumbs_down" };
  comment?: string;
  user_id?: string;
}

export type FeedbackParse = { ok: true; feedback: Feedback } | { ok: false; error: string };

const FIELDS: ReadonlySet<string> = new Set(["trace_id", "span_id", "name", "value", "comment", "user_id"]);
const TRACE_ID = /^[0-9a-fA-F]{32}$/;
const SPAN_ID = /^[0-9a-fA-F]{16}$/;
const NAME = /^[A-Za-z0-9_.:-]{1,100}$/;
const ALL_ZERO = /^0+$/;

class Invalid extends Error {}
function fail(field: string, message: string): never {
  throw new Invalid(`${field}: ${message}`);
}

/** Checks a decoded JSON body; the error names the first bad field ("field: what was expected"). */
export function parseFeedback(body: unknown): FeedbackParse {
  try {
    return { ok: true, feedback: readFeedback(body) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    throw err;
  }
}

function readFeedback(body: unknown): Feedback {
  if (typeof body !== "object" || body === null || Array.isArray(body)) fail("body", `Invalid input: expected object, received ${kindOf(body)}`);
  const b = body as Record<string, unknown>;
  // Fields are checked in wire order, so a body with several bad fields is answered with the first.
  const traceId = id(b.trace_id, "trace_id", TRACE_ID, "a trace id: 32 hex characters", "trace");
  const spanId = b.span_id === undefined ? undefined : id(b.span_id, "span_id", SPAN_ID, "a span id: 16 hex characters", "span");
  const name = b.name === undefined ? DEFAULT_FEEDBACK_NAME : feedbackName(b.name);
  const feedback: Feedback = { trace_id: traceId, ...(spanId !== undefined && { span_id: spanId }), name, value: valueOf(b.value) };
  if (b.comment !== undefined) feedback.comment = text(b.comment, "comment", 4000);
  if (b.user_id !== undefined) feedback.user_id = text(b.user_id, "user_id", 256);
  const unknown = Object.keys(b).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) fail("body", `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${unknown.map((k) => JSON.stringify(k)).join(", ")}`);
  return feedback;
}

function feedbackName(value: unknown): string {
  if (typeof value !== "string") fail("name", "expected a feedback name such as user_feedback");
  if (!NAME.test(value)) fail("name", "expected 1–100 letters, digits, or _ . : - (e.g. user_feedback)");
  return value;
}

function id(value: unknown, field: string, shape: RegExp, expected: string, kind: string): string {
  if (typeof value !== "string" || !shape.test(value)) fail(field, `expected ${expected}`);
  if (ALL_ZERO.test(value)) fail(field, `the all-zero ${kind} id is invalid`);
  return value.toLowerCase();
}

function valueOf(value: unknown): Feedback["value"] {
  if (typeof value === "number" && Number.isFinite(value)) return { score: value, label: "" };
  if (value === true || value === "thumbs_up") return { score: 1, label: "thumbs_up" };
  if (value === false || value === "thumbs_down") return { score: 0, label: "thumbs_down" };
  return fail("value", 'expected a finite number, true/false, or "thumbs_up"/"thumbs_down"');
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== "string") fail(field, "expected a string");
  if (value.length > max) fail(field, `at most ${max} characters`);
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
