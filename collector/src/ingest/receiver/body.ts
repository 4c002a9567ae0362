import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { LlmscopeError } from "@llmscope/semconv";

/** Why a request body could not be read; `status` is the HTTP answer (400 or 413). */
export class BodyError extends LlmscopeError {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super("invalid_input", message);
  }

  override get httpStatus(): number {
    return this.status;
  }
}

function tooLarge(maxBytes: number): BodyError {
  return new BodyError(413, `request body is larger than ${maxBytes} bytes (after decompression)`);
}

/**
 * Reads the whole request body, inflating it when `gzip` is set. The size limit applies to the
 * inflated bytes and is enforced while inflating, so a small gzip bomb stops at `maxBytes`.
 * `onWireBytes` sees every chunk as it arrives on the wire (compressed size).
 */
export function readBody(req: IncomingMessage, gzip: boolean, maxBytes: number, onWireBytes: (bytes: number) => void): Promise<Buffer> {
  if (req.readableEnded) return Promise.reject(new Error("the request body was already consumed: mount the OTLP router before any body parser"));
  if (!gzip && Number(req.headers["content-length"]) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const inflater = gzip ? createGunzip() : undefined;
    const output: Readable = inflater ?? req;

    const countWire = (chunk: Buffer) => onWireBytes(chunk.length);
    const onData = (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    };
    const fail = (err: BodyError) => {
      if (settled) return;
      settled = true;
      output.off("data", onData);
      if (inflater) {
        req.unpipe(inflater);
        inflater.destroy();
      }
      chunks.length = 0;
      // Let the rest of the body drain (discarded) so the response can still be written.
      req.resume();
      reject(err);
    };

    req.on("data", countWire);
    req.on("error", () => fail(new BodyError(400, "the request body could not be read (connection error)")));
    req.on("close", () => {
      if (!req.complete) fail(new BodyError(400, "the request body was cut short"));
    });
    if (inflater) {
      inflater.on("error", (err) => fail(new BodyError(400, `invalid gzip body: ${err.message}`)));
      req.pipe(inflater);
    }
    output.on("data", onData);
    output.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
  });
}
