import { MAX_VALUE_DEPTH, describeKey, setAttribute } from "./attributes";
import { DecodeError } from "./decode-error";
import { emptySpan, type AnyValue, type Attributes, type ReceivedSpan, type ResourceInfo, type ScopeInfo, type SpanEvent, type SpanLink } from "./model";

/*
 * The OTLP/JSON mapping of ExportTraceServiceRequest: lowerCamelCase keys (the proto snake_case
 * names are accepted too), ids as hex strings, int64/fixed64 as decimal strings or numbers,
 * enums as integers (enum value names are accepted too), bytes as base64. A null field reads as
 * absent. Problems inside one span are recorded on that span; only a request whose structure
 * above the spans is wrong throws DecodeError.
 */

type JsonObject = Record<string, unknown>;

const snakeNames = new Map<string, string>();

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `camelName`, falling back to its snake_case spelling. */
function get(obj: JsonObject, camelName: string): unknown {
  let value = obj[camelName];
  if (value === undefined) {
    let snake = snakeNames.get(camelName);
    if (snake === undefined) {
      snake = camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      snakeNames.set(camelName, snake);
    }
    value = obj[snake];
  }
  return value === null ? undefined : value;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

const HEX = /^[0-9a-fA-F]*$/;
const UNSIGNED = /^\d+$/;
const SIGNED = /^-?\d+$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const MAX_UINT64 = (1n << 64n) - 1n;
const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

const SPAN_KIND_ENUM: Record<string, number> = {
  SPAN_KIND_UNSPECIFIED: 0,
  SPAN_KIND_INTERNAL: 1,
  SPAN_KIND_SERVER: 2,
  SPAN_KIND_CLIENT: 3,
  SPAN_KIND_PRODUCER: 4,
  SPAN_KIND_CONSUMER: 5,
};
const STATUS_CODE_ENUM: Record<string, number> = { STATUS_CODE_UNSET: 0, STATUS_CODE_OK: 1, STATUS_CODE_ERROR: 2 };

function readString(value: unknown, path: string, problems: string[]): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  problems.push(`${path}: expected a string, got ${kindOf(value)}`);
  return "";
}

function readHexId(value: unknown, path: string, problems: string[]): string {
  if (value === undefined) return "";
  if (typeof value === "string" && HEX.test(value)) return value.toLowerCase();
  problems.push(`${path}: expected a hex string, got ${typeof value === "string" ? "non-hex characters" : kindOf(value)}`);
  return "";
}

function readUint64(value: unknown, path: string, problems: string[]): bigint {
  if (value === undefined) return 0n;
  if (typeof value === "string" && UNSIGNED.test(value)) {
    const n = BigInt(value);
    if (n <= MAX_UINT64) return n;
  } else if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 2 ** 64) {
    return BigInt(value);
  }
  problems.push(
    `${path}: expected an unsigned 64-bit integer (decimal string or number), got ${typeof value === "string" ? "a non-numeric or out-of-range string" : kindOf(value)}`,
  );
  return 0n;
}

function readInt64(value: unknown, path: string, problems: string[]): bigint | null {
  if (typeof value === "string" && SIGNED.test(value)) {
    const n = BigInt(value);
    if (n >= MIN_INT64 && n <= MAX_INT64) return n;
  } else if (typeof value === "number" && Number.isInteger(value) && value >= Number(MIN_INT64) && value < Number(MAX_INT64)) {
    return BigInt(value);
  }
  problems.push(
    `${path}: expected a 64-bit integer (decimal string or number), got ${typeof value === "string" ? "a non-integer or out-of-range string" : kindOf(value)}`,
  );
  return null;
}

function readDouble(value: unknown, path: string, problems: string[]): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    if (value === "NaN") return NaN;
    if (value === "Infinity") return Infinity;
    if (value === "-Infinity") return -Infinity;
    const n = value.trim() === "" ? NaN : Number(value);
    if (!Number.isNaN(n)) return n;
  }
  problems.push(`${path}: expected a number, got ${typeof value === "string" ? "a non-numeric string" : kindOf(value)}`);
  return null;
}

function readEnum(value: unknown, names: Record<string, number>, path: string, problems: string[]): number {
  if (value === undefined) return 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && Object.hasOwn(names, value)) return names[value]!;
  problems.push(`${path}: expected an enum integer, got ${typeof value === "string" ? "an unknown enum name" : kindOf(value)}`);
  return 0;
}

function readBytes(value: unknown, path: string, problems: string[]): Uint8Array | null {
  if (typeof value === "string" && BASE64.test(value)) return new Uint8Array(Buffer.from(value, "base64"));
  problems.push(`${path}: expected base64 bytes, got ${typeof value === "string" ? "a non-base64 string" : kindOf(value)}`);
  return null;
}

function readList(value: unknown, path: string, problems: string[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  problems.push(`${path}: expected an array, got ${kindOf(value)}`);
  return [];
}

function readAnyValue(value: unknown, path: string, problems: string[], depth: number): AnyValue {
  if (value === undefined) return null;
  if (!isObject(value)) {
    problems.push(`${path}: expected an AnyValue object, got ${kindOf(value)}`);
    return null;
  }
  if (depth > MAX_VALUE_DEPTH) {
    problems.push(`${path}: value nested deeper than ${MAX_VALUE_DEPTH} levels`);
    return null;
  }
  let v: unknown;
  if ((v = get(value, "stringValue")) !== undefined) return readString(v, `${path}.stringValue`, problems);
  if ((v = get(value, "boolValue")) !== undefined) {
    if (typeof v === "boolean") return v;
    problems.push(`${path}.boolValue: expected a boolean, got ${kindOf(v)}`);
    return null;
  }
  if ((v = get(value, "intValue")) !== undefined) return readInt64(v, `${path}.intValue`, problems);
  if ((v = get(value, "doubleValue")) !== undefined) return readDouble(v, `${path}.doubleValue`, problems);
  if ((v = get(value, "arrayValue")) !== undefined) {
    if (!isObject(v)) {
      problems.push(`${path}.arrayValue: expected an object, got ${kindOf(v)}`);
      return null;
    }
    const items = readList(get(v, "values"), `${path}.arrayValue.values`, problems);
    return items.map((item, i) => readAnyValue(item, `${path}.arrayValue.values[${i}]`, problems, depth + 1));
  }
  if ((v = get(value, "kvlistValue")) !== undefined) {
    if (!isObject(v)) {
      problems.push(`${path}.kvlistValue: expected an object, got ${kindOf(v)}`);
      return null;
    }
    return readKeyValues(get(v, "values"), `${path}.kvlistValue.values`, problems, depth + 1);
  }
  if ((v = get(value, "bytesValue")) !== undefined) return readBytes(v, `${path}.bytesValue`, problems);
  return null;
}

function readKeyValues(value: unknown, path: string, problems: string[], depth: number): Attributes {
  const attributes: Attributes = {};
  const list = readList(value, path, problems);
  for (let i = 0; i < list.length; i++) {
    const kv = list[i];
    if (!isObject(kv)) {
      problems.push(`${path}[${i}]: expected a {key, value} object, got ${kindOf(kv)}`);
      continue;
    }
    const key = get(kv, "key");
    if (key !== undefined && typeof key !== "string") {
      problems.push(`${path}[${i}].key: expected a string, got ${kindOf(key)}`);
      continue;
    }
    const keyText = key ?? "";
    const value = get(kv, "value");
    // Most values are plain strings: taken as they are, without building the path a problem would name.
    const text = depth <= MAX_VALUE_DEPTH && isObject(value) ? value.stringValue : undefined;
    setAttribute(attributes, keyText, typeof text === "string" ? text : readAnyValue(value, `${path}[${describeKey(keyText)}]`, problems, depth));
  }
  return attributes;
}

function readEvent(value: unknown, path: string, problems: string[]): SpanEvent {
  if (!isObject(value)) {
    problems.push(`${path}: expected an object, got ${kindOf(value)}`);
    return { timeUnixNano: 0n, name: "", attributes: {} };
  }
  return {
    timeUnixNano: readUint64(get(value, "timeUnixNano"), `${path}.timeUnixNano`, problems),
    name: readString(get(value, "name"), `${path}.name`, problems),
    attributes: readKeyValues(get(value, "attributes"), `${path}.attributes`, problems, 0),
  };
}

function readLink(value: unknown, path: string, problems: string[]): SpanLink {
  if (!isObject(value)) {
    problems.push(`${path}: expected an object, got ${kindOf(value)}`);
    return { traceId: "", spanId: "", traceState: "", attributes: {} };
  }
  return {
    traceId: readHexId(get(value, "traceId"), `${path}.traceId`, problems),
    spanId: readHexId(get(value, "spanId"), `${path}.spanId`, problems),
    traceState: readString(get(value, "traceState"), `${path}.traceState`, problems),
    attributes: readKeyValues(get(value, "attributes"), `${path}.attributes`, problems, 0),
  };
}

function readStatus(value: unknown, problems: string[]): ReceivedSpan["status"] {
  if (value === undefined) return { code: 0, message: "" };
  if (!isObject(value)) {
    problems.push(`status: expected an object, got ${kindOf(value)}`);
    return { code: 0, message: "" };
  }
  return {
    code: readEnum(get(value, "code"), STATUS_CODE_ENUM, "status.code", problems),
    message: readString(get(value, "message"), "status.message", problems),
  };
}

function readSpan(value: unknown, resource: ResourceInfo, scope: ScopeInfo, groupProblems: string[]): ReceivedSpan {
  const problems = [...groupProblems];
  const span = emptySpan(resource, scope, problems);
  if (!isObject(value)) {
    problems.push(`span: expected an object, got ${kindOf(value)}`);
    return span;
  }
  span.traceId = readHexId(get(value, "traceId"), "traceId", problems);
  span.spanId = readHexId(get(value, "spanId"), "spanId", problems);
  span.parentSpanId = readHexId(get(value, "parentSpanId"), "parentSpanId", problems);
  span.traceState = readString(get(value, "traceState"), "traceState", problems);
  span.name = readString(get(value, "name"), "name", problems);
  span.kind = readEnum(get(value, "kind"), SPAN_KIND_ENUM, "kind", problems);
  span.startTimeUnixNano = readUint64(get(value, "startTimeUnixNano"), "startTimeUnixNano", problems);
  span.endTimeUnixNano = readUint64(get(value, "endTimeUnixNano"), "endTimeUnixNano", problems);
  span.attributes = readKeyValues(get(value, "attributes"), "attributes", problems, 0);
  span.events = readList(get(value, "events"), "events", problems).map((e, i) => readEvent(e, `events[${i}]`, problems));
  span.links = readList(get(value, "links"), "links", problems).map((l, i) => readLink(l, `links[${i}]`, problems));
  span.status = readStatus(get(value, "status"), problems);
  return span;
}

function readResource(value: unknown, schemaUrl: unknown, problems: string[]): ResourceInfo {
  const resource: ResourceInfo = { attributes: {}, schemaUrl: readString(schemaUrl, "resourceSpans.schemaUrl", problems) };
  if (value === undefined) return resource;
  if (!isObject(value)) {
    problems.push(`resource: expected an object, got ${kindOf(value)}`);
    return resource;
  }
  resource.attributes = readKeyValues(get(value, "attributes"), "resource.attributes", problems, 0);
  return resource;
}

function readScope(value: unknown, problems: string[]): ScopeInfo {
  const scope: ScopeInfo = { name: "", version: "", attributes: {} };
  if (value === undefined) return scope;
  if (!isObject(value)) {
    problems.push(`scope: expected an object, got ${kindOf(value)}`);
    return scope;
  }
  scope.name = readString(get(value, "name"), "scope.name", problems);
  scope.version = readString(get(value, "version"), "scope.version", problems);
  scope.attributes = readKeyValues(get(value, "attributes"), "scope.attributes", problems, 0);
  return scope;
}

/** An array that must be present-or-absent at the request's structural level. */
function structuralList(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DecodeError(`invalid OTLP/JSON: ${path} must be an array, got ${kindOf(value)}`);
  return value;
}

function structuralObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new DecodeError(`invalid OTLP/JSON: ${path} must be an object, got ${kindOf(value)}`);
  return value;
}

/**
 * Decodes a parsed OTLP/JSON `ExportTraceServiceRequest` into spans, in request order. A problem
 * in a resource or scope is recorded on every span under it.
 */
export function decodeJsonTraces(body: unknown): ReceivedSpan[] {
  const request = structuralObject(body, "the request body");
  const spans: ReceivedSpan[] = [];
  const resourceSpansList = structuralList(get(request, "resourceSpans"), "resourceSpans");
  for (let i = 0; i < resourceSpansList.length; i++) {
    const resourceSpans = structuralObject(resourceSpansList[i], `resourceSpans[${i}]`);
    const resourceProblems: string[] = [];
    const resource = readResource(get(resourceSpans, "resource"), get(resourceSpans, "schemaUrl"), resourceProblems);
    const scopeSpansList = structuralList(get(resourceSpans, "scopeSpans"), `resourceSpans[${i}].scopeSpans`);
    for (let j = 0; j < scopeSpansList.length; j++) {
      const scopeSpans = structuralObject(scopeSpansList[j], `resourceSpans[${i}].scopeSpans[${j}]`);
      const groupProblems = [...resourceProblems];
      const scope = readScope(get(scopeSpans, "scope"), groupProblems);
      for (const span of structuralList(get(scopeSpans, "spans"), `resourceSpans[${i}].scopeSpans[${j}].spans`)) {
        spans.push(readSpan(span, resource, scope, groupProblems));
      }
    }
  }
  return spans;
}
