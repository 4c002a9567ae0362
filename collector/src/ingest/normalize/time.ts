import type { DateTime64String } from "../../store/rows";

const NS_PER_SECOND = 1_000_000_000n;
/** From here on (1973-03-03) the seconds have nine digits or more. */
const NINE_SECONDS_DIGITS = 100_000_000n * NS_PER_SECOND;

/**
 * Nanoseconds since the epoch as "seconds.nanoseconds", which DateTime64(9) parses exactly. The
 * seconds are zero-padded to at least 9 digits: ClickHouse reads a shorter digit run as a
 * date-time text ("5.000000000" fails to parse), so a time before 1973-03-03 would poison an insert.
 */
export function toDateTime64(unixNano: bigint): DateTime64String {
  if (unixNano >= NINE_SECONDS_DIGITS) {
    // Split the one decimal string: no BigInt quotient and remainder, no padding (every span's time takes this path).
    const digits = unixNano.toString();
    return `${digits.slice(0, -9)}.${digits.slice(-9)}`;
  }
  const seconds = unixNano / NS_PER_SECOND;
  const nanos = unixNano % NS_PER_SECOND;
  return `${seconds.toString().padStart(9, "0")}.${nanos.toString().padStart(9, "0")}`;
}
