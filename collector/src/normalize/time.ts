import type { DateTime64String } from "../store/rows";

const NS_PER_SECOND = 1_000_000_000n;

/** Nanoseconds since the epoch as "seconds.nanoseconds", which DateTime64(9) parses exactly. */
export function toDateTime64(unixNano: bigint): DateTime64String {
  const seconds = unixNano / NS_PER_SECOND;
  const nanos = unixNano % NS_PER_SECOND;
  return `${seconds}.${nanos.toString().padStart(9, "0")}`;
}
