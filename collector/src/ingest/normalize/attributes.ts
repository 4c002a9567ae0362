import type { AnyValue, Attributes } from "../receiver/model";

/**
 * Typed reads of span attributes. Each returns undefined when the attribute is absent or has a type
 * that cannot mean what the caller asked for, so an odd attribute never drops a span.
 */

export function readString(attrs: Attributes, ...keys: string[]): string | undefined {
  return readStringIn(attrs, keys);
}

/** readString over a list of keys held in a constant (no rest-argument array per call). */
export function readStringIn(attrs: Attributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = attrs[key];
    if (typeof v === "string") return v;
    if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return String(v);
  }
  return undefined;
}

export function readNumber(attrs: Attributes, ...keys: string[]): number | undefined {
  return readNumberIn(attrs, keys);
}

export function readNumberIn(attrs: Attributes, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const v = attrs[key];
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "bigint") return Number(v);
    if (typeof v === "string" && v.trim() !== "") {
      const n = Number(v);
      if (Number.isFinite(n)) return n;
    }
  }
  return undefined;
}

export function readBoolean(attrs: Attributes, ...keys: string[]): boolean | undefined {
  return readBooleanIn(attrs, keys);
}

export function readBooleanIn(attrs: Attributes, keys: readonly string[]): boolean | undefined {
  for (const key of keys) {
    const v = attrs[key];
    if (typeof v === "boolean") return v;
    if (v === "true") return true;
    if (v === "false") return false;
  }
  return undefined;
}

/** A string array; a single string counts as a one-element array, a JSON-encoded array is decoded. */
export function readStringArray(attrs: Attributes, ...keys: string[]): string[] | undefined {
  return readStringArrayIn(attrs, keys);
}

export function readStringArrayIn(attrs: Attributes, keys: readonly string[]): string[] | undefined {
  for (const key of keys) {
    const v = attrs[key];
    if (Array.isArray(v)) return v.filter((x) => x !== null && typeof x !== "object").map(String);
    if (typeof v === "string") {
      if (v.startsWith("[")) {
        try {
          const parsed: unknown = JSON.parse(v);
          if (Array.isArray(parsed)) return parsed.map(String);
        } catch {
          // not JSON: fall through to the single-value reading
        }
      }
      return [v];
    }
  }
  return undefined;
}

/**
 * The string form ClickHouse's Map(String, String) columns hold, matching the OpenTelemetry
 * Collector exporter (pcommon AsString): scalars as text, bytes as base64, arrays/maps as JSON.
 */
export function stringifyValue(value: AnyValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "number") return formatDouble(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  return JSON.stringify(toJson(value));
}

export function stringifyAttributes(attrs: Attributes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(attrs)) out[k] = stringifyValue(attrs[k] as AnyValue);
  return out;
}

function formatDouble(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  return String(n);
}

function toJson(value: AnyValue): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : formatDouble(value);
  // int64 beyond 2^53 must not be rounded by JSON: keep it as a number only while it is exact.
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toJson);
  const obj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) obj[k] = toJson(v);
  return obj;
}
