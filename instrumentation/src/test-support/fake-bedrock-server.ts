/**
 * A local stand-in for Bedrock Runtime, good enough for the real `@aws-sdk/client-bedrock-runtime`:
 * POST /model/{modelId}/converse, /converse-stream (AWS event-stream binary framing, encoded with
 * Smithy's own codec) and /invoke (Anthropic Messages, Titan embeddings and Llama bodies).
 * Request signatures are not checked. Errors come in the restJson1 shape (x-amzn-errortype).
 * 127.0.0.1 only.
 */
import { EventStreamCodec } from "@smithy/core/event-streams";
import type * as http from "node:http";
import { type FakeServer, sendJson, startFakeServer } from "./fake-server";

export type FakeBedrock = FakeServer<400 | 429 | 500>;

export const BEDROCK_TEXT = "Refunds take five business days.";
export const BEDROCK_USAGE = { inputTokens: 30, outputTokens: 9, cacheReadInputTokens: 100, cacheWriteInputTokens: 20 };
export const BEDROCK_TOOL_INPUT = { city: "Paris" };
export const ANTHROPIC_BODY_USAGE = { input_tokens: 12, output_tokens: 6, cache_read_input_tokens: 50, cache_creation_input_tokens: 0 };
export const TITAN_EMBED_TOKENS = 5;
export const LLAMA_COUNTS = { prompt_token_count: 14, generation_token_count: 7 };

const ERROR_TYPES: Record<number, string> = { 400: "ValidationException", 429: "ThrottlingException", 500: "InternalServerException" };
const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString("utf8"),
  (text) => new Uint8Array(Buffer.from(text, "utf8")),
);

type Body = Record<string, any>;

export function startFakeBedrock(): Promise<FakeBedrock> {
  return startFakeServer({
    http2: true,
    precheck(req, res) {
      if (!String(req.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256")) {
        sendError(res, 403, "AccessDeniedException", "requests must be SigV4-signed");
        return true;
      }
      return false;
    },
    fail: (res, status) => sendError(res, status, ERROR_TYPES[status] ?? "InternalServerException", `injected ${status}`),
    handle(req, raw, res) {
      const match = /^\/model\/([^/]+)\/(converse|converse-stream|invoke)$/.exec((req.url ?? "").split("?")[0]!);
      if (match === null) return sendError(res, 404, "ResourceNotFoundException", `unknown route ${req.url}`);
      const modelId = decodeURIComponent(match[1]!);
      let body: Body;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, "ValidationException", "body is not JSON");
      }
      if (match[2] === "invoke") return invoke(res, modelId, body);
      const tool = body.toolConfig?.tools?.[0]?.toolSpec?.name as string | undefined;
      if (match[2] === "converse") {
        const content: object[] = [{ text: BEDROCK_TEXT }];
        if (tool !== undefined) content.push({ toolUse: { toolUseId: "tooluse_1", name: tool, input: BEDROCK_TOOL_INPUT } });
        return sendJson(res, 200, {
          output: { message: { role: "assistant", content } },
          stopReason: tool !== undefined ? "tool_use" : "end_turn",
          usage: { ...BEDROCK_USAGE, totalTokens: 159 },
          metrics: { latencyMs: 5 },
        });
      }
      converseStream(res, tool);
    },
  });
}

function converseStream(res: http.ServerResponse, tool: string | undefined): void {
  res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": "req-stream" });
  const event = (type: string, payload: object) => {
    const message = codec.encode({
      headers: {
        ":message-type": { type: "string", value: "event" },
        ":event-type": { type: "string", value: type },
        ":content-type": { type: "string", value: "application/json" },
      },
      body: new Uint8Array(Buffer.from(JSON.stringify(payload))),
    });
    res.write(Buffer.from(message));
  };
  event("messageStart", { role: "assistant" });
  for (const piece of BEDROCK_TEXT.match(/\S+\s*/g) ?? []) event("contentBlockDelta", { contentBlockIndex: 0, delta: { text: piece } });
  event("contentBlockStop", { contentBlockIndex: 0 });
  if (tool !== undefined) {
    event("contentBlockStart", { contentBlockIndex: 1, start: { toolUse: { toolUseId: "tooluse_1", name: tool } } });
    const json = JSON.stringify(BEDROCK_TOOL_INPUT);
    for (const half of [json.slice(0, 5), json.slice(5)]) event("contentBlockDelta", { contentBlockIndex: 1, delta: { toolUse: { input: half } } });
    event("contentBlockStop", { contentBlockIndex: 1 });
  }
  event("messageStop", { stopReason: tool !== undefined ? "tool_use" : "end_turn" });
  event("metadata", { usage: { ...BEDROCK_USAGE, totalTokens: 159 }, metrics: { latencyMs: 5 } });
  res.end();
}

function invoke(res: http.ServerResponse, modelId: string, body: Body): void {
  if (modelId.startsWith("anthropic.")) {
    return sendJson(res, 200, {
      id: "msg_bdrk_1",
      type: "message",
      role: "assistant",
      model: "claude-3-5-haiku-20241022",
      content: [{ type: "text", text: BEDROCK_TEXT }],
      stop_reason: "end_turn",
      usage: ANTHROPIC_BODY_USAGE,
    });
  }
  if (modelId.startsWith("amazon.titan-embed")) return sendJson(res, 200, { embedding: [0.1, 0.2, 0.3], inputTextTokenCount: TITAN_EMBED_TOKENS });
  if (modelId.startsWith("meta.llama")) return sendJson(res, 200, { generation: BEDROCK_TEXT, ...LLAMA_COUNTS, stop_reason: "stop" });
  sendError(res, 400, "ValidationException", `The provided model identifier is invalid: ${modelId} (${Object.keys(body).length} fields)`);
}

function sendError(res: http.ServerResponse, status: number, type: string, message: string): void {
  sendJson(res, status, { message }, { "x-amzn-errortype": `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/` });
}
