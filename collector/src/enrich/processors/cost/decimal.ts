/**
 * Exact decimal arithmetic for prices and costs. Every amount is a bigint of atto-dollars
 * (1e-18 USD): a price per token is an integer number of atto-dollars, a cost is tokens × that
 * integer, and only the final total is rounded, once, to the 9 decimals of the CostUsd column.
 * No binary float ever holds a price or a cost.
 */

/** Fractional digits of an atto-dollar amount. */
export const ATTO_DIGITS = 18;
const ATTO_PER_NANO = 10n ** 9n;

const DECIMAL = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Parses a non-negative decimal (a string such as "0.075", "2.5e-6", or a JS number, whose
 * shortest round-trip text is taken as the intended decimal) into an integer scaled by 10^scale.
 * Digits beyond the scale are rounded half-up. Throws naming `what` on anything else.
 */
export function parseScaled(value: string | number, scale: number, what: string): bigint {
  const text = typeof value === "number" ? numberText(value, what) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`${what}: expected a non-negative decimal number, got ${JSON.stringify(value)}`);
  const [, whole, fraction = "", exponent = "0"] = match as unknown as [string, string, string?, string?];
  const shift = Number(exponent) + scale;
  const digits = `${whole}${fraction}`;
  const point = whole.length + shift;
  if (point <= 0) return digits.slice(0, 1) >= "5" && point === 0 ? 1n : 0n;
  if (point >= digits.length) return BigInt(digits + "0".repeat(point - digits.length));
  const kept = BigInt(digits.slice(0, point));
  return (digits[point] ?? "0") >= "5" ? kept + 1n : kept;
}

function numberText(value: number, what: string): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${what}: expected a finite non-negative number, got ${value}`);
  return String(value);
}

/** A price per million tokens (USD) as atto-dollars per token. */
export function perMillionToAtto(value: string | number, what: string): bigint {
  return parseScaled(value, ATTO_DIGITS - 6, what);
}

/** A price per token (USD) as atto-dollars per token. */
export function perTokenToAtto(value: string | number, what: string): bigint {
  return parseScaled(value, ATTO_DIGITS, what);
}

/** Atto-dollars rounded half-up to nano-dollars, as a USD decimal string with exactly 9 decimals. */
export function formatUsd(atto: bigint): string {
  if (atto < 0n) throw new Error(`cost cannot be negative (${atto} atto-USD)`);
  const nano = (atto + ATTO_PER_NANO / 2n) / ATTO_PER_NANO;
  const whole = nano / ATTO_PER_NANO;
  const fraction = (nano % ATTO_PER_NANO).toString().padStart(9, "0");
  return `${whole}.${fraction}`;
}
