import type { AnyValue, Attributes } from "./model";

/** Deepest array/kvlist nesting a decoder accepts inside one attribute value. */
export const MAX_VALUE_DEPTH = 32;

/**
 * Sets one attribute (a later duplicate key wins, as in the OTLP spec's "last one wins" reading).
 * A key such as "__proto__" becomes an ordinary own property instead of replacing the prototype.
 */
export function setAttribute(into: Attributes, key: string, value: AnyValue): void {
  if (key === "__proto__") Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  else into[key] = value;
}

/** An attribute key as shown in a rejection message: quoted, and cut short when long. */
export function describeKey(key: string): string {
  return JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key);
}
