/**
 * ClickHouse error codes that mean "the store is busy or degraded, try again later" rather than
 * "this SQL or data is wrong". Everything else from the server is treated as not retriable.
 */
const TRANSIENT_CODES = new Set([
  159, // TIMEOUT_EXCEEDED
  164, // READONLY (e.g. replica lost its Keeper session)
  202, // TOO_MANY_SIMULTANEOUS_QUERIES
  209, // SOCKET_TIMEOUT
  210, // NETWORK_ERROR
  241, // MEMORY_LIMIT_EXCEEDED
  242, // TABLE_IS_READ_ONLY
  252, // TOO_MANY_PARTS
  285, // TOO_FEW_LIVE_REPLICAS
  319, // UNKNOWN_STATUS_OF_INSERT
  425, // SYSTEM_ERROR
  999, // KEEPER_EXCEPTION
]);

/** Authentication failures: 516 on current servers, 192-195 on older ones (e.g. 18.16). */
const AUTH_CODES = new Set([192, 193, 194, 195, 516]);

export const isTransientCode = (code: number | undefined): boolean => code !== undefined && TRANSIENT_CODES.has(code);
export const isAuthCode = (code: number | undefined): boolean => code !== undefined && AUTH_CODES.has(code);

/** Reads "Code: N" from a ClickHouse exception text (both the current and the 18.x layout). */
export function codeFromMessage(message: string): number | undefined {
  const match = /\bCode: (\d+)[.,]/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * A short, bounded label for why the store refused rows: the ClickHouse error name when the message
 * carries one ("CANNOT_PARSE_DATETIME"), else "code_<n>", else "refused". Never row content.
 */
export function refusalReason(message: string, code: number | undefined): string {
  const names = [...message.matchAll(/\(([A-Z][A-Z0-9_]{2,})\)/g)];
  if (names.length > 0) return names[names.length - 1]![1]!;
  return code !== undefined ? `code_${code}` : "refused";
}

/**
 * What a store refusal says, without the row excerpt ClickHouse quotes in parse errors ("before:
 * '<row text>'"), which can carry span content: the reason, the error code and the column.
 */
export function describeRefusal(message: string, code: number | undefined): string {
  const column = /while reading the value of key ([^)\s:]+)|column ([\w.]+)/i.exec(message);
  const name = column?.[1] ?? column?.[2];
  return `${refusalReason(message, code)}${code !== undefined ? ` (code ${code})` : ""}${name ? ` in column ${name}` : ""}`;
}
