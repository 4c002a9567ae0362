import type { NamedQuery, QueryColumn, QueryParam } from "./parse";
import { LlmscopeError } from "@llmscope/semconv";

/** Bad parameter input, with the parameter's name and what was expected. */
export class QueryParamError extends LlmscopeError {
  constructor(message: string) {
    super("invalid_input", message);
  }
}

export type BoundParams = Record<string, string | number>;

/**
 * Turns user-supplied text (CLI flags, URL query) into typed values for `{name:Type}` placeholders.
 * Values are bound by the database, never spliced into SQL; this only checks and converts them.
 * Times accept ISO 8601, epoch milliseconds, `now`, or `now-<n><s|m|h|d>`.
 */
export function bindParams(query: NamedQuery, raw: Record<string, string | undefined>, now = Date.now()): BoundParams {
  for (const key of Object.keys(raw)) {
    if (!query.params.some((p) => p.name === key)) {
      throw new QueryParamError(`${query.name}: unknown parameter ${shown(key)} (known: ${query.params.map((p) => p.name).join(", ") || "none"})`);
    }
  }
  const bound: BoundParams = {};
  for (const param of query.params) {
    const text = raw[param.name] ?? param.default;
    if (text === undefined) throw new QueryParamError(`${query.name}: missing parameter "${param.name}" (${param.type}: ${param.description})`);
    bound[param.name] = convert(query.name, param, text, now);
  }
  return bound;
}

/** Inclusive bounds of ClickHouse's integer types. */
const INTEGER_BOUNDS: Record<string, [bigint, bigint]> = {
  UInt8: [0n, 255n],
  UInt16: [0n, 65_535n],
  UInt32: [0n, 4_294_967_295n],
  UInt64: [0n, 18_446_744_073_709_551_615n],
  Int8: [-128n, 127n],
  Int16: [-32_768n, 32_767n],
  Int32: [-2_147_483_648n, 2_147_483_647n],
  Int64: [-9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n],
};

/**
 * Times a parameter may name: the span times the store holds (1970 up to the end of 32-bit
 * DateTime, which the tables' sort keys and TTLs use). ClickHouse refuses some times outside it
 * and misreads others, so they are refused here with a message instead.
 */
const MIN_TIME_MS = 0;
const MAX_TIME_MS = 4_294_967_295_000;
const TIME_FORMS = "ISO 8601 (2026-01-31T12:00:00Z), epoch milliseconds, now, or now-<n><s|m|h|d>";
/** Longer input is refused before parsing: no valid value of any supported type is this long. */
const MAX_NUMBER_TEXT = 64;

/** The value as quoted in an error message: cut short, so a huge input is not echoed back whole. */
function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** The time range the CLI and the HTTP API use when a query's `from` / `to` are not given: the last 24 hours. */
export const DEFAULT_RANGE: Readonly<Record<"from" | "to", string>> = { from: "now-24h", to: "now" };

/**
 * `raw` with DEFAULT_RANGE filled in for the query's `from` / `to` parameters that are missing and
 * have no default of their own, so every caller (CLI, HTTP API, report) reads the same range.
 */
export function withDefaultRange(query: NamedQuery, raw: Record<string, string | undefined>): Record<string, string | undefined> {
  const out = { ...raw };
  for (const key of ["from", "to"] as const) {
    const param = query.params.find((p) => p.name === key);
    if (param && param.default === undefined && out[key] === undefined) out[key] = DEFAULT_RANGE[key];
  }
  return out;
}

function convert(queryName: string, param: QueryParam, text: string, now: number): string | number {
  const fail = (expected: string): never => {
    throw new QueryParamError(`${queryName}: parameter "${param.name}" must be ${expected}, got ${shown(text)}`);
  };
  if (param.oneOf && !param.oneOf.includes(text)) fail(`one of ${param.oneOf.join(", ")}`);
  const type = param.type;
  if (type === "String" || type.startsWith("LowCardinality")) return text;
  const integer = INTEGER_BOUNDS[type];
  if (integer) {
    let [min, max] = integer;
    if (param.range) [min, max] = [BigInt(Math.ceil(param.range.min)), BigInt(Math.floor(param.range.max))];
    const expected = `an integer from ${min} to ${max}`;
    if (text.length > MAX_NUMBER_TEXT || !/^-?\d+$/.test(text)) fail(expected);
    const n = BigInt(text);
    if (n < min || n > max) fail(expected);
    return type.endsWith("64") ? n.toString() : Number(n);
  }
  if (/^Float(32|64)$/.test(type)) {
    const { min, max } = param.range ?? { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };
    const expected = param.range ? `a number from ${min} to ${max}` : "a finite number";
    const n = Number(text);
    if (text.length > MAX_NUMBER_TEXT || text.trim() === "" || !Number.isFinite(n) || n < min || n > max) fail(expected);
    return n;
  }
  if (/^DateTime(64)?(\(.*\))?$/.test(type)) {
    const ms = text.length > MAX_NUMBER_TEXT ? undefined : parseTime(text, now);
    if (ms === undefined) fail(`a time: ${TIME_FORMS}`);
    if (ms! < MIN_TIME_MS || ms! > MAX_TIME_MS) fail(`a time from 1970-01-01T00:00:00Z to 2106-02-07T06:28:15Z (${TIME_FORMS})`);
    // Epoch seconds with a fraction: the one text form DateTime64 parameters read without time-zone ambiguity.
    return (ms! / 1000).toFixed(3);
  }
  return fail(`of a supported type (the query declares ${type})`);
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function parseTime(text: string, now: number): number | undefined {
  if (text === "now") return now;
  const rel = /^now-(\d{1,15})([smhd])$/.exec(text);
  if (rel) return now - Number(rel[1]) * UNIT_MS[rel[2]!]!;
  if (/^\d{10,16}$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Result rows with 64-bit integers (JSON strings from ClickHouse) turned into numbers when exact. */
export function typeRows(columns: readonly QueryColumn[], rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const numeric = columns.filter((c) => /^(U?Int\d+|Float\d+|Decimal.*)$/.test(c.type)).map((c) => c.name);
  return rows.map((row) => {
    const out = { ...row };
    for (const name of numeric) {
      const v = out[name];
      if (typeof v === "string" && v !== "" && Number.isSafeInteger(Number(v))) out[name] = Number(v);
      else if (typeof v === "string" && /^-?\d*\.\d+(e[-+]?\d+)?$/i.test(v)) out[name] = Number(v);
    }
    return out;
  });
}
