import { crc32 } from "node:zlib";

/** How a logged request body was encoded on the wire (after gzip was undone). */
export type LoggedEncoding = "protobuf" | "json";

export interface LoggedRequest {
  encoding: LoggedEncoding;
  body: Buffer;
}

/**
 * One log record: a 9-byte header, then the body.
 *   u32 LE  body length
 *   u32 LE  CRC-32 of (encoding byte + body)
 *   u8      encoding: 1 = protobuf, 2 = json
 * The CRC tells a torn or damaged record from a good one; the length lets a reader skip ahead
 * without parsing bodies.
 */
const HEADER_BYTES = 9;
const ENCODING_BYTE: Record<LoggedEncoding, number> = { protobuf: 1, json: 2 };
const ENCODING_OF: Record<number, LoggedEncoding> = { 1: "protobuf", 2: "json" };

export function encodeRecord(request: LoggedRequest): Buffer {
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  const tag = ENCODING_BYTE[request.encoding];
  header.writeUInt32LE(request.body.length, 0);
  header.writeUInt32LE(crc32(request.body, crc32(Buffer.of(tag))), 4);
  header.writeUInt8(tag, 8);
  return header;
}

/** The header and body as separate buffers, so appending never copies the body. */
export function recordParts(request: LoggedRequest): Buffer[] {
  return [encodeRecord(request), request.body];
}

export interface ParsedSegment {
  records: LoggedRequest[];
  /**
   * Why reading stopped before the end, when it did. A record cut short at the very end is a
   * write the crash interrupted (never acknowledged: its fsync had not returned) and is not a
   * problem; anything else is damage.
   */
  damage?: string;
  /** Bytes of an incomplete last record (an interrupted append). */
  tornBytes: number;
}

export function parseSegment(data: Buffer): ParsedSegment {
  const records: LoggedRequest[] = [];
  let at = 0;
  while (at < data.length) {
    if (data.length - at < HEADER_BYTES) return { records, tornBytes: data.length - at };
    const length = data.readUInt32LE(at);
    const crc = data.readUInt32LE(at + 4);
    const tag = data.readUInt8(at + 8);
    const encoding = ENCODING_OF[tag];
    const end = at + HEADER_BYTES + length;
    if (end > data.length) {
      // A length that runs past the end is either the torn tail of an interrupted append or a
      // damaged header; only a valid encoding byte makes the first reading plausible.
      if (encoding) return { records, tornBytes: data.length - at };
      return { records, tornBytes: 0, damage: `bad record header at byte ${at}` };
    }
    const body = data.subarray(at + HEADER_BYTES, end);
    if (!encoding || crc32(body, crc32(Buffer.of(tag))) !== crc) {
      return { records, tornBytes: 0, damage: `checksum mismatch in the record at byte ${at}` };
    }
    records.push({ encoding, body });
    at = end;
  }
  return { records, tornBytes: 0 };
}
