import { STATUS_CODES, type Server } from "node:http";
import type { Socket } from "node:net";
import type { RequestHandler } from "express";

/** Longest request target (path and query) served; longer ones get 414. */
export const MAX_URL_BYTES = 8192;
/** How long a refused connection may keep sending before it is closed anyway. */
const DRAIN_MS = 5000;

/** 414 for a URL longer than MAX_URL_BYTES, before any route reads it. */
export function limitUrlLength(): RequestHandler {
  return (req, res, next) => {
    const bytes = Buffer.byteLength(req.originalUrl, "utf8");
    if (bytes <= MAX_URL_BYTES) return next();
    res
      .status(414)
      .set("Connection", "close")
      .json({ error: `the URL is ${bytes} bytes long; at most ${MAX_URL_BYTES} are accepted` });
  };
}

interface ParseError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

function statusOf(err: ParseError): number {
  if (err.code === "HPE_HEADER_OVERFLOW") {
    // No end of the request line in what was read: the URL itself is what overflowed.
    return err.rawPacket && !err.rawPacket.includes("\r\n") ? 414 : 431;
  }
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  if (err.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW") return 413;
  return 400;
}

const MESSAGES: Record<number, string> = {
  414: "the URL is too long for the collector's header limit",
  431: "the request headers are too large",
  408: "the request was not received in time",
  413: "a chunk extension is too large",
  400: "the request is not valid HTTP",
};

/**
 * Answers requests Node's HTTP parser refuses (an over-long URL or header, malformed HTTP) with a
 * status and a JSON message instead of Node's bare reply, then reads and discards whatever the
 * client is still sending for a moment: closing a socket with unread data resets the connection,
 * and the client would see a reset instead of the answer.
 */
export function answerParserErrors(server: Server): void {
  const answered = new WeakSet<Socket>();
  server.on("clientError", (err: ParseError, socket: Socket) => {
    if (answered.has(socket)) return;
    answered.add(socket);
    if (err.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(err);
    const body = JSON.stringify({ error: MESSAGES[status] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    socket.on("data", () => undefined);
    socket.on("error", () => undefined);
    setTimeout(() => socket.destroy(), DRAIN_MS).unref();
  });
}
