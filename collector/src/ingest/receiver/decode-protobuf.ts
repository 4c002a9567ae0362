import { Reader } from "protobufjs/minimal";
import { MAX_VALUE_DEPTH, describeKey, setAttribute } from "./attributes";
import { DecodeError } from "./decode-error";
import { emptySpan, type AnyValue, type Attributes, type ReceivedSpan, type ResourceInfo, type ScopeInfo, type SpanEvent, type SpanLink } from "./model";

/*
 * Field numbers follow opentelemetry-proto: collector/trace/v1/trace_service.proto,
 * trace/v1/trace.proto, common/v1/common.proto and resource/v1/resource.proto.
 * Unknown fields are skipped; fields the receiver does not use (dropped_*_count, flags,
 * entity_refs, ScopeSpans.schema_url) are skipped the same way.
 */

const VARINT = 0;
const I64 = 1;
const LEN = 2;
const WIRE_NAMES = ["varint", "64-bit", "length-delimited", "start-group", "end-group", "32-bit"];

/** Thrown inside a field reader when the wire type does not match the field's declared type. */
class WireTypeMismatch extends Error {
  constructor(
    readonly actual: number,
    readonly expected: number,
  ) {
    super("wire type mismatch");
  }
}

function want(wire: number, expected: number): void {
  if (wire !== expected) throw new WireTypeMismatch(wire, expected);
}

/**
 * Reads the fields of one message up to `end`. `onField` returns false for fields it does not
 * know, which are then skipped. Any reader failure becomes a DecodeError naming the field and
 * message; an inner DecodeError (more precise) passes through unchanged.
 */
/** `context` is handed to `onField`, so a reader called for every span can be one function rather than a closure per span. */
function readFields<C>(r: Reader, end: number, message: string, onField: (field: number, wire: number, context: C) => boolean, context?: C): void {
  while (r.pos < end) {
    let field = 0;
    try {
      const tag = r.uint32();
      field = tag >>> 3;
      const wire = tag & 7;
      if (field === 0) throw new DecodeError(`invalid protobuf: field number 0 in ${message}`);
      if (!onField(field, wire, context as C)) r.skipType(wire);
    } catch (err) {
      if (err instanceof DecodeError) throw err;
      if (err instanceof WireTypeMismatch) {
        throw new DecodeError(
          `invalid protobuf: field ${field} in ${message} has wire type ${err.actual} (${WIRE_NAMES[err.actual] ?? "invalid"}), expected ${err.expected} (${WIRE_NAMES[err.expected]})`,
        );
      }
      const what = field === 0 ? "a field tag" : `field ${field}`;
      throw new DecodeError(`invalid protobuf: truncated or malformed ${what} in ${message}`);
    }
    if (r.pos > end) throw new DecodeError(`invalid protobuf: truncated field ${field} in ${message}`);
  }
}

/** Reads a length prefix and returns where the length-delimited payload ends. */
function payloadEnd(r: Reader): number {
  const length = r.uint32();
  const end = r.pos + length;
  if (end > r.len) throw new RangeError("length past end of buffer");
  return end;
}

/**
 * The text of the reader's bytes up to `end`. decodeProtobufTraces hands the Reader a Buffer, so
 * this slices the body in place: no Buffer view is made per string.
 */
function bytesText(r: Reader, end: number, encoding: "utf8" | "hex"): string {
  return (r.buf as Buffer).toString(encoding, r.pos, end);
}

function readString(r: Reader): string {
  const end = payloadEnd(r);
  const text = end === r.pos ? "" : bytesText(r, end, "utf8");
  r.pos = end;
  return text;
}

function readHex(r: Reader): string {
  const end = payloadEnd(r);
  const hex = bytesText(r, end, "hex");
  r.pos = end;
  return hex;
}

/** A copy, so a kept value does not pin the whole request buffer in memory. */
function readBytes(r: Reader): Uint8Array {
  const end = payloadEnd(r);
  const bytes = new Uint8Array(r.buf.subarray(r.pos, end));
  r.pos = end;
  return bytes;
}

/** fixed64 as an exact bigint (little-endian low word first). */
function readFixed64(r: Reader): bigint {
  const low = r.fixed32();
  const high = r.fixed32();
  return (BigInt(high) << 32n) | BigInt(low);
}

/** A varint int64 (two's complement, up to 10 bytes) as an exact bigint. */
function readInt64(r: Reader): bigint {
  // Counts and sizes fit 7 bytes (49 bits), exact as a number: one BigInt at the end, not one per byte.
  const start = r.pos;
  let small = 0;
  let scale = 1;
  for (let i = 0; i < 7 && r.pos < r.len; i++) {
    const byte = r.buf[r.pos++]!;
    small += (byte & 0x7f) * scale;
    if (byte < 0x80) return BigInt(small);
    scale *= 128;
  }
  r.pos = start;
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (r.pos >= r.len) throw new RangeError("varint past end of buffer");
    const byte = r.buf[r.pos++]!;
    result |= BigInt(byte & 0x7f) << shift;
    if (byte < 0x80) return BigInt.asIntN(64, result);
    shift += 7n;
  }
  throw new RangeError("varint longer than 10 bytes");
}

function decodeAnyValue(r: Reader, end: number, depth: number): AnyValue {
  if (depth > MAX_VALUE_DEPTH) throw new DecodeError(`invalid protobuf: AnyValue nested deeper than ${MAX_VALUE_DEPTH} levels`);
  let value: AnyValue = null;
  readFields(r, end, "AnyValue", (field, wire) => {
    switch (field) {
      case 1:
        want(wire, LEN);
        value = readString(r);
        return true;
      case 2:
        want(wire, VARINT);
        value = r.bool();
        return true;
      case 3:
        want(wire, VARINT);
        value = readInt64(r);
        return true;
      case 4:
        want(wire, I64);
        value = r.double();
        return true;
      case 5: {
        want(wire, LEN);
        const values: AnyValue[] = [];
        readFields(r, payloadEnd(r), "ArrayValue", (f, w) => {
          if (f !== 1) return false;
          want(w, LEN);
          values.push(decodeAnyValue(r, payloadEnd(r), depth + 1));
          return true;
        });
        value = values;
        return true;
      }
      case 6: {
        want(wire, LEN);
        const entries: Attributes = {};
        readFields(r, payloadEnd(r), "KeyValueList", (f, w) => {
          if (f !== 1) return false;
          want(w, LEN);
          decodeKeyValue(r, payloadEnd(r), entries, depth + 1);
          return true;
        });
        value = entries;
        return true;
      }
      case 7:
        want(wire, LEN);
        value = readBytes(r);
        return true;
      default:
        return false;
    }
  });
  return value;
}

/**
 * Most attributes are `{ key, value: { stringValue | intValue } }`, each field once and in order:
 * read here without the generic field loop and its callbacks. False, with the reader where it was,
 * for any other shape (or bytes that do not parse), which the generic reader then decodes or names.
 */
function readPlainKeyValue(r: Reader, end: number, into: Attributes): boolean {
  const start = r.pos;
  const buf = r.buf;
  // 0x0a: field 1, length-delimited (KeyValue.key); 0x12: field 2, length-delimited (KeyValue.value).
  if (buf[start] !== 0x0a) return false;
  try {
    r.pos = start + 1;
    const keyEnd = payloadEnd(r);
    if (keyEnd >= end || buf[keyEnd] !== 0x12) return rewind(r, start);
    const key = keyEnd === r.pos ? "" : bytesText(r, keyEnd, "utf8");
    r.pos = keyEnd + 1;
    if (payloadEnd(r) !== end) return rewind(r, start);
    const tag = buf[r.pos];
    let value: AnyValue;
    if (tag === 0x0a) {
      // AnyValue.string_value (field 1, length-delimited)
      r.pos++;
      if (payloadEnd(r) !== end) return rewind(r, start);
      value = end === r.pos ? "" : bytesText(r, end, "utf8");
      r.pos = end;
    } else if (tag === 0x18) {
      // AnyValue.int_value (field 3, varint)
      r.pos++;
      value = readInt64(r);
      if (r.pos !== end) return rewind(r, start);
    } else return rewind(r, start);
    setAttribute(into, key, value);
    return true;
  } catch {
    return rewind(r, start);
  }
}

function rewind(r: Reader, to: number): false {
  r.pos = to;
  return false;
}

function decodeKeyValue(r: Reader, end: number, into: Attributes, depth: number): void {
  // The value's depth is checked by decodeAnyValue: a value too deep goes there to be named.
  if (depth <= MAX_VALUE_DEPTH && readPlainKeyValue(r, end, into)) return;
  let key: string | undefined;
  let value: AnyValue = null;
  try {
    readFields(r, end, "KeyValue", (field, wire) => {
      if (field === 1) {
        want(wire, LEN);
        key = readString(r);
        return true;
      }
      if (field === 2) {
        want(wire, LEN);
        value = decodeAnyValue(r, payloadEnd(r), depth);
        return true;
      }
      return false;
    });
  } catch (err) {
    // Name the attribute (innermost first) so a per-span rejection says which value was bad.
    if (err instanceof DecodeError && key !== undefined) throw new DecodeError(`[${describeKey(key)}]${err.message.startsWith("[") ? "" : ": "}${err.message}`);
    throw err;
  }
  setAttribute(into, key ?? "", value);
}

/** Reads one `repeated KeyValue` element (the caller has matched the field number). */
function readAttribute(r: Reader, wire: number, into: Attributes): true {
  want(wire, LEN);
  decodeKeyValue(r, payloadEnd(r), into, 0);
  return true;
}

function decodeResource(r: Reader, end: number, into: ResourceInfo): void {
  readFields(r, end, "Resource", (field, wire) => field === 1 && readAttribute(r, wire, into.attributes));
}

function decodeScope(r: Reader, end: number): ScopeInfo {
  const scope: ScopeInfo = { name: "", version: "", attributes: {} };
  readFields(r, end, "InstrumentationScope", (field, wire) => {
    switch (field) {
      case 1:
        want(wire, LEN);
        scope.name = readString(r);
        return true;
      case 2:
        want(wire, LEN);
        scope.version = readString(r);
        return true;
      case 3:
        return readAttribute(r, wire, scope.attributes);
      default:
        return false;
    }
  });
  return scope;
}

function decodeEvent(r: Reader, end: number): SpanEvent {
  const event: SpanEvent = { timeUnixNano: 0n, name: "", attributes: {} };
  readFields(r, end, "Span.Event", (field, wire) => {
    switch (field) {
      case 1:
        want(wire, I64);
        event.timeUnixNano = readFixed64(r);
        return true;
      case 2:
        want(wire, LEN);
        event.name = readString(r);
        return true;
      case 3:
        return readAttribute(r, wire, event.attributes);
      default:
        return false;
    }
  });
  return event;
}

function decodeLink(r: Reader, end: number): SpanLink {
  const link: SpanLink = { traceId: "", spanId: "", traceState: "", attributes: {} };
  readFields(r, end, "Span.Link", (field, wire) => {
    switch (field) {
      case 1:
        want(wire, LEN);
        link.traceId = readHex(r);
        return true;
      case 2:
        want(wire, LEN);
        link.spanId = readHex(r);
        return true;
      case 3:
        want(wire, LEN);
        link.traceState = readString(r);
        return true;
      case 4:
        return readAttribute(r, wire, link.attributes);
      default:
        return false;
    }
  });
  return link;
}

function decodeStatus(r: Reader, end: number, into: ReceivedSpan["status"]): void {
  readFields(r, end, "Status", (field, wire) => {
    if (field === 2) {
      want(wire, LEN);
      into.message = readString(r);
      return true;
    }
    if (field === 3) {
      want(wire, VARINT);
      into.code = r.int32();
      return true;
    }
    return false;
  });
}

/**
 * Reads one span. A fault inside it (an AnyValue nested too deep, a malformed nested message) is
 * that span's problem, not the request's: the span's own length prefix is intact, so reading
 * resumes at its end and the other spans of the request are kept. The fault names the field.
 */
function decodeSpan(r: Reader, end: number, resource: ResourceInfo, scope: ScopeInfo): ReceivedSpan {
  const span = emptySpan(resource, scope);
  spanReader.r = r;
  spanReader.at = "";
  try {
    readFields(r, end, "Span", readSpanField, span);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    const at = spanReader.at;
    span.problems.push(`${at}${at && !err.message.startsWith("[") ? ": " : ""}${err.message}`);
    r.pos = end;
  } finally {
    // Not kept: the reader holds the request body.
    spanReader.r = NO_READER;
  }
  return span;
}

/**
 * The reader of the span being decoded and the field it is in (for the problem text): one per
 * module, as spans are decoded one at a time and never nested, so decoding a span allocates no
 * closure for them.
 */
const NO_READER = new Reader(Buffer.alloc(0));
const spanReader: { r: Reader; at: string } = { r: NO_READER, at: "" };

function readSpanField(field: number, wire: number, span: ReceivedSpan): boolean {
  const r = spanReader.r;
  spanReader.at = SPAN_FIELD_NAMES[field] ?? `field ${field}`;
  switch (field) {
    case 1:
      want(wire, LEN);
      span.traceId = readHex(r);
      return true;
    case 2:
      want(wire, LEN);
      span.spanId = readHex(r);
      return true;
    case 3:
      want(wire, LEN);
      span.traceState = readString(r);
      return true;
    case 4:
      want(wire, LEN);
      span.parentSpanId = readHex(r);
      return true;
    case 5:
      want(wire, LEN);
      span.name = readString(r);
      return true;
    case 6:
      want(wire, VARINT);
      span.kind = r.int32();
      return true;
    case 7:
      want(wire, I64);
      span.startTimeUnixNano = readFixed64(r);
      return true;
    case 8:
      want(wire, I64);
      span.endTimeUnixNano = readFixed64(r);
      return true;
    case 9:
      return readAttribute(r, wire, span.attributes);
    case 11:
      spanReader.at = `events[${span.events.length}]`;
      want(wire, LEN);
      span.events.push(decodeEvent(r, payloadEnd(r)));
      return true;
    case 13:
      spanReader.at = `links[${span.links.length}]`;
      want(wire, LEN);
      span.links.push(decodeLink(r, payloadEnd(r)));
      return true;
    case 15:
      want(wire, LEN);
      decodeStatus(r, payloadEnd(r), span.status);
      return true;
    default:
      return false;
  }
}

const SPAN_FIELD_NAMES: Record<number, string> = {
  1: "traceId",
  2: "spanId",
  3: "traceState",
  4: "parentSpanId",
  5: "name",
  6: "kind",
  7: "startTimeUnixNano",
  8: "endTimeUnixNano",
  9: "attributes",
  15: "status",
};

/** Spans of one ScopeSpans; the resource is shared by reference and may be filled in later. */
/**
 * Runs `read` over a length-delimited part whose fault should reject only the spans it applies
 * to: a DecodeError inside becomes `problem` text and reading resumes at the part's end.
 */
function readPart(r: Reader, what: string, problems: string[], read: (end: number) => void): void {
  const end = payloadEnd(r);
  try {
    read(end);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    problems.push(`${what}${err.message.startsWith("[") ? "" : ": "}${err.message}`);
    r.pos = end;
  }
}

function decodeScopeSpans(r: Reader, end: number, resource: ResourceInfo, out: ReceivedSpan[]): ReceivedSpan[] {
  let scope: ScopeInfo = { name: "", version: "", attributes: {} };
  const scopeProblems: string[] = [];
  const spans: ReceivedSpan[] = [];
  readFields(r, end, "ScopeSpans", (field, wire) => {
    if (field === 1) {
      want(wire, LEN);
      readPart(r, "scope", scopeProblems, (partEnd) => (scope = decodeScope(r, partEnd)));
      return true;
    }
    if (field === 2) {
      want(wire, LEN);
      spans.push(decodeSpan(r, payloadEnd(r), resource, scope));
      return true;
    }
    return false;
  });
  // The scope field may follow the spans on the wire.
  for (const span of spans) {
    span.scope = scope;
    span.problems.unshift(...scopeProblems);
  }
  out.push(...spans);
  return spans;
}

function decodeResourceSpans(r: Reader, end: number, out: ReceivedSpan[]): void {
  // Filled in place, so spans read before the resource field still see it.
  const resource: ResourceInfo = { attributes: {}, schemaUrl: "" };
  const resourceProblems: string[] = [];
  const spans: ReceivedSpan[] = [];
  readFields(r, end, "ResourceSpans", (field, wire) => {
    switch (field) {
      case 1:
        want(wire, LEN);
        readPart(r, "resource.attributes", resourceProblems, (partEnd) => decodeResource(r, partEnd, resource));
        return true;
      case 2:
        want(wire, LEN);
        spans.push(...decodeScopeSpans(r, payloadEnd(r), resource, out));
        return true;
      case 3:
        want(wire, LEN);
        resource.schemaUrl = readString(r);
        return true;
      default:
        return false;
    }
  });
  // A bad resource is the fault of every span under it (the resource may follow them on the wire).
  for (const span of spans) span.problems.unshift(...resourceProblems);
}

/**
 * Decodes an OTLP `ExportTraceServiceRequest` (binary protobuf) into spans, in request order.
 * Throws DecodeError only when the body is not a decodable message at all.
 */
export function decodeProtobufTraces(buf: Uint8Array): ReceivedSpan[] {
  const r = new Reader(Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
  const spans: ReceivedSpan[] = [];
  readFields(r, r.len, "ExportTraceServiceRequest", (field, wire) => {
    if (field !== 1) return false;
    want(wire, LEN);
    decodeResourceSpans(r, payloadEnd(r), spans);
    return true;
  });
  return spans;
}
