/**
 * HTTP plumbing of the fake OpenAI server: OpenAI-shaped errors, body parsing and parameter checks.
 */
import { randomBytes } from "node:crypto";
import type * as http from "node:http";
import { type WireMessage, isRecord } from "./fake-completion";
import type { Random } from "./random";

/** An error answered as OpenAI does: `{ error: { message, type, param, code } }` with an HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Headers the real API sends; the request id is seeded when a random source is given. */
export function responseHeaders(rng?: Random): Record<string, string> {
  return {
    "x-request-id": `req_${rng ? rng.hex(32) : randomBytes(16).toString("hex")}`,
    "openai-version": "2020-10-01",
    "openai-organization": "org-demo",
    "x-ratelimit-limit-requests": "500",
    "x-ratelimit-remaining-requests": "499",
  };
}

export function sendJson(res: http.ServerResponse, status: number, payload: unknown, rng?: Random): void {
  if (res.destroyed) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, { ...responseHeaders(rng), "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body too large: expected at most ${MAX_BODY_BYTES} bytes`, "invalid_request_error");
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJson(raw: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError(400, "We could not parse the JSON body of your request: expected a JSON object.", "invalid_request_error");
  }
  if (!isRecord(parsed)) throw new HttpError(400, "The request body must be a JSON object.", "invalid_request_error");
  return parsed;
}

export function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value === "") {
    throw new HttpError(400, `Missing required parameter: '${key}' (expected a non-empty string).`, "invalid_request_error", "missing_required_parameter", key);
  }
  return value;
}

export function optionalPositiveInt(body: Record<string, unknown>, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new HttpError(400, `Invalid '${key}': expected a positive integer, got ${JSON.stringify(value)}.`, "invalid_request_error", "invalid_value", key);
  }
  return value;
}

export function requireMessages(body: Record<string, unknown>): WireMessage[] {
  const messages = body["messages"];
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new HttpError(
      400,
      "Missing required parameter: 'messages' (expected a non-empty array).",
      "invalid_request_error",
      "missing_required_parameter",
      "messages",
    );
  }
  return messages.map((m: unknown, i) => {
    if (!isRecord(m) || typeof m["role"] !== "string") {
      throw new HttpError(
        400,
        `Invalid 'messages[${i}]': expected an object with a string 'role'.`,
        "invalid_request_error",
        "invalid_value",
        `messages[${i}]`,
      );
    }
    return { role: m["role"], content: m["content"] };
  });
}
