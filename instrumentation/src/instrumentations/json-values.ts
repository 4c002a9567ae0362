/**
 * Small readers for the loosely-typed JSON the provider SDKs send and receive. Mappings read
 * unknown shapes defensively: a field of the wrong type is treated as absent, never thrown on.
 */
export type Json = Record<string, any>;

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function strings(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
}

export function text(content: string): Json {
  return { type: "text", content };
}

/** Tool-call arguments as an object when they are JSON text, as they came otherwise. */
export function parseArguments(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Sum of two optional counts; undefined only when both are. */
export function plus(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

/**
 * Sets `key` only when `value` is defined (null counts as absent). Mappings build their request
 * attributes with it, one by one into one object, on every call: computed-key object literals
 * (`{ [sc.ATTR_X]: … }`) are several times slower in V8.
 */
export function put(into: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== null) into[key] = value;
}
