import { describeKey } from "./attributes";
import type { ReceiverLimits } from "./config";
import type { AnyValue, Attributes, ReceivedSpan, RejectedSpan, ValidSpan } from "./model";

/** Short, stable reason codes (the `reason` label of llmscope_receiver_spans_rejected_total). */
export type RejectionCode = "decode" | "trace_id" | "span_id" | "parent_span_id" | "name" | "timestamps" | "attributes" | "events" | "links" | "column_range";

/** A rejected span plus the stable code of its first failed check. */
export interface SpanRejection extends RejectedSpan {
  code: RejectionCode;
}

interface Failure {
  code: RejectionCode;
  reason: string;
}

/**
 * A check a later stage adds (the receiver knows the wire, not the tables): it returns why the span
 * cannot be kept, or undefined. Runs after the receiver's own checks, on spans that passed them.
 */
export interface SpanCheck {
  code: RejectionCode;
  check(span: ReceivedSpan): string | undefined;
}

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ALL_ZEROS = /^0+$/;
const PROBLEMS_SHOWN = 3;

/**
 * The latest time the store keeps correctly: 2106-02-07T06:28:15.999999999Z. DateTime64(9) itself
 * reaches 2262, but the tables' TTL, sort key and partition read the time through 32-bit DateTime,
 * which wraps after this instant: a later row would sort as 1970 and expire at once.
 */
export const MAX_STORED_TIME_UNIX_NANO = 4_294_967_296n * 1_000_000_000n - 1n;
const MAX_STORED_TIME_TEXT = "2106-02-07T06:28:15.999999999Z";

function checkTime(value: bigint, field: string): Failure | undefined {
  if (value <= MAX_STORED_TIME_UNIX_NANO) return undefined;
  return { code: "timestamps", reason: `${field}: ${value} ns is after ${MAX_STORED_TIME_TEXT}, the latest time the store holds` };
}

function checkId(id: string, field: string, pattern: RegExp, hexChars: number, code: RejectionCode): Failure | undefined {
  if (!pattern.test(id)) {
    const got = id === "" ? "nothing" : `${id.length} characters`;
    return { code, reason: `${field}: expected ${hexChars} lowercase hex characters (${hexChars / 2} bytes), got ${got}` };
  }
  if (ALL_ZEROS.test(id)) return { code, reason: `${field}: must not be all zeros` };
  return undefined;
}

/** UTF-8 length of `s`, or a lower bound already above `limit` (avoids measuring huge strings). */
function stringBytes(s: string, limit: number): number {
  if (s.length > limit) return s.length;
  return Buffer.byteLength(s, "utf8");
}

/** Size of an array/kvlist value rendered as JSON, stopping early once it exceeds `limit`. */
function renderedBytes(value: AnyValue, limit: number): number {
  switch (typeof value) {
    case "string":
      return stringBytes(value, limit) + 2;
    case "boolean":
      return value ? 4 : 5;
    case "number":
    case "bigint":
      return String(value).length;
  }
  if (value === null) return 4;
  if (value instanceof Uint8Array) return Math.ceil(value.length / 3) * 4 + 2;
  // Brackets, plus a comma between items.
  let size = 1;
  if (Array.isArray(value)) {
    for (const item of value) {
      size += 1 + renderedBytes(item, limit);
      if (size > limit) return size;
    }
    return Math.max(size, 2);
  }
  for (const [key, item] of Object.entries(value)) {
    size += 1 + stringBytes(key, limit) + 3 + renderedBytes(item, limit);
    if (size > limit) return size;
  }
  return Math.max(size, 2);
}

function valueBytes(value: AnyValue, limit: number): number {
  if (typeof value === "string") return stringBytes(value, limit);
  if (value instanceof Uint8Array) return value.length;
  if (typeof value === "object" && value !== null) return renderedBytes(value, limit);
  return 0;
}

function checkAttributes(attributes: Attributes, path: string, code: RejectionCode, limits: ReceiverLimits): Failure | undefined {
  const keys = Object.keys(attributes);
  if (keys.length > limits.maxAttributesPerSpan) {
    return { code, reason: `${path}: ${keys.length} attributes, at most ${limits.maxAttributesPerSpan} allowed` };
  }
  for (const key of keys) {
    if (key.length > limits.maxAttributeKeyLength) {
      return { code, reason: `${path}[${describeKey(key)}]: key is ${key.length} characters, at most ${limits.maxAttributeKeyLength} allowed` };
    }
    const bytes = valueBytes(attributes[key]!, limits.maxAttributeValueBytes);
    if (bytes > limits.maxAttributeValueBytes) {
      return { code, reason: `${path}[${describeKey(key)}]: value is over ${limits.maxAttributeValueBytes} bytes` };
    }
  }
  return undefined;
}

function firstFailure(span: ReceivedSpan, limits: ReceiverLimits, checks: readonly SpanCheck[]): Failure | undefined {
  if (span.problems.length > 0) {
    const more = span.problems.length - PROBLEMS_SHOWN;
    const shown = span.problems.slice(0, PROBLEMS_SHOWN).join("; ");
    return { code: "decode", reason: more > 0 ? `${shown}; and ${more} more` : shown };
  }
  const failure = checkId(span.traceId, "traceId", TRACE_ID, 32, "trace_id") ?? checkId(span.spanId, "spanId", SPAN_ID, 16, "span_id");
  if (failure) return failure;
  if (span.parentSpanId !== "" && !SPAN_ID.test(span.parentSpanId)) {
    return {
      code: "parent_span_id",
      reason: `parentSpanId: expected empty or 16 lowercase hex characters (8 bytes), got ${span.parentSpanId.length} characters`,
    };
  }
  if (span.name === "") return { code: "name", reason: "name: must not be empty" };
  if (span.startTimeUnixNano === 0n) return { code: "timestamps", reason: "startTimeUnixNano: missing or 0" };
  if (span.endTimeUnixNano === 0n) return { code: "timestamps", reason: "endTimeUnixNano: missing or 0" };
  const timeFailure = checkTime(span.startTimeUnixNano, "startTimeUnixNano") ?? checkTime(span.endTimeUnixNano, "endTimeUnixNano");
  if (timeFailure) return timeFailure;
  if (span.endTimeUnixNano < span.startTimeUnixNano) {
    return { code: "timestamps", reason: "endTimeUnixNano: earlier than startTimeUnixNano" };
  }
  for (let i = 0; i < span.events.length; i++) {
    const eventTimeFailure = checkTime(span.events[i]!.timeUnixNano, `events[${i}].timeUnixNano`);
    if (eventTimeFailure) return eventTimeFailure;
  }
  const attributeFailure = checkAttributes(span.attributes, "attributes", "attributes", limits);
  if (attributeFailure) return attributeFailure;
  if (span.events.length > limits.maxEventsPerSpan) {
    return { code: "events", reason: `events: ${span.events.length} events, at most ${limits.maxEventsPerSpan} allowed` };
  }
  for (let i = 0; i < span.events.length; i++) {
    const eventFailure = checkAttributes(span.events[i]!.attributes, `events[${i}].attributes`, "events", limits);
    if (eventFailure) return eventFailure;
  }
  if (span.links.length > limits.maxLinksPerSpan) {
    return { code: "links", reason: `links: ${span.links.length} links, at most ${limits.maxLinksPerSpan} allowed` };
  }
  for (let i = 0; i < span.links.length; i++) {
    const linkFailure = checkAttributes(span.links[i]!.attributes, `links[${i}].attributes`, "links", limits);
    if (linkFailure) return linkFailure;
  }
  for (const { code, check } of checks) {
    const reason = check(span);
    if (reason !== undefined) return { code, reason };
  }
  return undefined;
}

/**
 * Splits decoded spans into valid ones and rejections. Each span is judged alone; a rejection
 * names its first failed check (field and what was expected). Event and link attributes are held
 * to the same count, key and value limits as span attributes.
 */
export function validateSpans(
  spans: ReceivedSpan[],
  limits: ReceiverLimits,
  checks: readonly SpanCheck[] = [],
): { valid: ValidSpan[]; rejected: SpanRejection[] } {
  const valid: ValidSpan[] = [];
  const rejected: SpanRejection[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const failure = firstFailure(span, limits, checks);
    if (failure) rejected.push({ index, traceId: span.traceId, spanId: span.spanId, name: span.name, code: failure.code, reason: failure.reason });
    else valid.push(validSpan(span));
  }
  return { valid, rejected };
}

/**
 * The span without its (empty) problem list, named field by field: one object shape for every span,
 * where a rest-and-spread copy is a generic property walk, many times slower per span.
 */
function validSpan(span: ReceivedSpan): ValidSpan {
  const { resource, scope, traceId, spanId, parentSpanId, traceState, name, kind, startTimeUnixNano, endTimeUnixNano, attributes, events, links, status } =
    span;
  return {
    resource,
    scope,
    traceId,
    spanId,
    parentSpanId,
    traceState,
    name,
    kind,
    startTimeUnixNano,
    endTimeUnixNano,
    attributes,
    events,
    links,
    status,
    validated: true,
  };
}
