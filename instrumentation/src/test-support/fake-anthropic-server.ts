/**
 * A local stand-in for the Anthropic Messages API, good enough for the real `@anthropic-ai/sdk`:
 * POST /v1/messages, plain or streamed as server-sent events, with tool use, cache usage and
 * Anthropic-shaped errors. It only ever listens on 127.0.0.1.
 */
import type * as http from "node:http";
import { type FakeServer, sendEvent, sendJson, startFakeServer } from "./fake-server";

export interface FakeAnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/** 429 and 529 carry retry-after-ms: 1. */
export type FakeAnthropic = FakeServer<400 | 429 | 500 | 529>;

export const FAKE_ANTHROPIC_TEXT = "Refunds take five business days.";
export const FAKE_ANTHROPIC_USAGE: FakeAnthropicUsage = { input_tokens: 21, output_tokens: 9, cache_creation_input_tokens: 100, cache_read_input_tokens: 300 };
export const FAKE_TOOL_INPUT = { city: "Paris", unit: "celsius" };

const ERROR_TYPES: Record<number, string> = { 400: "invalid_request_error", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error" };

export function startFakeAnthropic(): Promise<FakeAnthropic> {
  let ids = 0;
  return startFakeServer({
    precheck(req, res) {
      if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== "/v1/messages") {
        sendError(res, 404, "invalid_request_error", `Unknown route ${req.method} ${req.url}`);
        return true;
      }
      if (req.headers["x-api-key"] === undefined && req.headers.authorization === undefined) {
        sendError(res, 401, "authentication_error", "an x-api-key or authorization header is required");
        return true;
      }
      return false;
    },
    fail: (res, status) => sendError(res, status, ERROR_TYPES[status] ?? "api_error", `injected ${status}`),
    handle(_req, raw, res) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return sendError(res, 400, "invalid_request_error", "body is not JSON");
      }
      if (typeof body.model !== "string" || !Array.isArray(body.messages))
        return sendError(res, 400, "invalid_request_error", "model and messages are required");
      const message = buildMessage(body, `msg_fake_${++ids}`);
      if (body.stream === true) stream(res, message);
      else send(res, 200, message);
    },
  });
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
  const event = (name: string, data: unknown) => sendEvent(res, data, name);
  const { usage } = message;
  event("message_start", {
    type: "message_start",
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  event("ping", { type: "ping" });
  message.content.forEach((block, index) => {
    if (block.type === "text") {
      event("content_block_start", { type: "content_block_start", index, content_block: { type: "text", text: "" } });
      for (const piece of String(block.text).match(/\S+\s*/g) ?? []) {
        event("content_block_delta", { type: "content_block_delta", index, delta: { type: "text_delta", text: piece } });
      }
    } else {
      event("content_block_start", { type: "content_block_start", index, content_block: { ...block, input: {} } });
      const json = JSON.stringify(block.input);
      const half = Math.floor(json.length / 2);
      for (const partial of [json.slice(0, half), json.slice(half)]) {
        event("content_block_delta", { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: partial } });
      }
    }
    event("content_block_stop", { type: "content_block_stop", index });
  });
  event("message_delta", {
    type: "message_delta",
    delta: { stop_reason: message.stop_reason, stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  event("message_stop", { type: "message_stop" });
  res.end();
}

function sendError(res: http.ServerResponse, status: number, type: string, message: string): void {
  const headers: Record<string, string> = status === 429 || status === 529 ? { "retry-after-ms": "1" } : {};
  send(res, status, { type: "error", error: { type, message } }, headers);
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJson(res, status, body, { "request-id": "req_fake", ...headers });
}
