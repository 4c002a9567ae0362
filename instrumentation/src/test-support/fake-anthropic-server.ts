/**
 * A local stand-in for the Anthropic Messages API, good enough for the real `@anthropic-ai/sdk`:
 * POST /v1/messages, plain or streamed as server-sent events, with tool use, cache usage and
 * Anthropic-shaped errors. It only ever listens on 127.0.0.1.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeAnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export interface FakeAnthropic {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests received so far, including failed ones. */
  readonly requests: number;
  /** The next requests fail with these statuses, one each, in order (429 and 529 carry retry-after-ms: 1). */
  failNext(...statuses: (400 | 429 | 500 | 529)[]): void;
  /** The next request gets no answer at all until the server closes (for client timeouts). */
  hangNext(): void;
  close(): Promise<void>;
}

export const FAKE_ANTHROPIC_TEXT = "Refunds take five business days.";
export const FAKE_ANTHROPIC_USAGE: FakeAnthropicUsage = { input_tokens: 21, output_tokens: 9, cache_creation_input_tokens: 100, cache_read_input_tokens: 300 };
export const FAKE_TOOL_INPUT = { city: "Paris", unit: "celsius" };

const ERROR_TYPES: Record<number, string> = { 400: "invalid_request_error", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error" };

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const failures: number[] = [];
  const hanging = new Set<http.ServerResponse>();
  let hangs = 0;
  let requests = 0;
  let ids = 0;

  const server = http.createServer((req, res) => {
    requests++;
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", () => {
      if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== "/v1/messages") return sendError(res, 404, "invalid_request_error", `Unknown route ${req.method} ${req.url}`);
      if (req.headers["x-api-key"] === undefined && req.headers.authorization === undefined) return sendError(res, 401, "authentication_error", "an x-api-key or authorization header is required");
      if (hangs > 0) {
        hangs--;
        hanging.add(res);
        return;
      }
      const status = failures.shift();
      if (status !== undefined) return sendError(res, status, ERROR_TYPES[status] ?? "api_error", `injected ${status}`);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return sendError(res, 400, "invalid_request_error", "body is not JSON");
      }
      if (typeof body.model !== "string" || !Array.isArray(body.messages)) return sendError(res, 400, "invalid_request_error", "model and messages are required");
      const message = buildMessage(body, `msg_fake_${++ids}`);
      if (body.stream === true) stream(res, message);
      else sendJson(res, 200, message);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    failNext: (...statuses) => failures.push(...statuses),
    hangNext: () => void hangs++,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Block {
  type: string;
  [key: string]: unknown;
}

function buildMessage(body: Record<string, unknown>, id: string) {
  const tools = Array.isArray(body.tools) ? (body.tools as { name: string }[]) : [];
  const content: Block[] = [{ type: "text", text: FAKE_ANTHROPIC_TEXT }];
  if (tools.length > 0) content.push({ type: "tool_use", id: "toolu_fake_1", name: tools[0]!.name, input: FAKE_TOOL_INPUT });
  return {
    id,
    type: "message",
    role: "assistant",
    model: body.model as string,
    content,
    stop_reason: tools.length > 0 ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: { ...FAKE_ANTHROPIC_USAGE },
  };
}

function stream(res: http.ServerResponse, message: ReturnType<typeof buildMessage>): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "request-id": `req_${message.id}` });
  const send = (event: string, data: unknown) => {
    if (!res.destroyed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const { usage } = message;
  send("message_start", {
    type: "message_start",
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  send("ping", { type: "ping" });
  message.content.forEach((block, index) => {
    if (block.type === "text") {
      send("content_block_start", { type: "content_block_start", index, content_block: { type: "text", text: "" } });
      for (const piece of String(block.text).match(/\S+\s*/g) ?? []) {
        send("content_block_delta", { type: "content_block_delta", index, delta: { type: "text_delta", text: piece } });
      }
    } else {
      send("content_block_start", { type: "content_block_start", index, content_block: { ...block, input: {} } });
      const json = JSON.stringify(block.input);
      const half = Math.floor(json.length / 2);
      for (const partial of [json.slice(0, half), json.slice(half)]) {
        send("content_block_delta", { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: partial } });
      }
    }
    send("content_block_stop", { type: "content_block_stop", index });
  });
  send("message_delta", { type: "message_delta", delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
  send("message_stop", { type: "message_stop" });
  res.end();
}

function sendError(res: http.ServerResponse, status: number, type: string, message: string): void {
  const headers: Record<string, string> = status === 429 || status === 529 ? { "retry-after-ms": "1" } : {};
  sendJson(res, status, { type: "error", error: { type, message } }, headers);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "request-id": "req_fake", ...headers });
  res.end(text);
}
