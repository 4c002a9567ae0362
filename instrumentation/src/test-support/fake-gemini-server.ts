/**
 * A local stand-in for the Gemini API (generativelanguage v1beta), good enough for the real
 * `@google/genai` SDK: models/{model}:generateContent, :streamGenerateContent?alt=sse (cumulative
 * usageMetadata on each chunk, finishReason on the last), :batchEmbedContents, function calls, and
 * Google-shaped errors. 127.0.0.1 only.
 */
import type * as http from "node:http";
import { type FakeServer, sendEvent, sendJson, startFakeServer } from "./fake-server";

export type FakeGemini = FakeServer<400 | 429 | 500>;

export const GEMINI_TEXT = "Refunds take five business days.";
export const GEMINI_USAGE = { promptTokenCount: 40, candidatesTokenCount: 8, thoughtsTokenCount: 12, cachedContentTokenCount: 16, totalTokenCount: 60 };
export const GEMINI_TOOL_ARGS = { city: "Paris" };
export const GEMINI_MODEL_VERSION = "gemini-2.5-flash-001";

const STATUS_NAMES: Record<number, string> = { 400: "INVALID_ARGUMENT", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL" };

export function startFakeGemini(): Promise<FakeGemini> {
  let ids = 0;
  return startFakeServer({
    precheck(req, res) {
      if (req.headers["x-goog-api-key"] === undefined) {
        sendError(res, 403, "PERMISSION_DENIED", "an x-goog-api-key header is required");
        return true;
      }
      return false;
    },
    fail: (res, status) => sendError(res, status, STATUS_NAMES[status] ?? "INTERNAL", `injected ${status}`),
    handle(req, raw, res) {
      const match = /^\/v1beta\/models\/([^:/]+):(\w+)/.exec(req.url ?? "");
      if (match === null) return sendError(res, 404, "NOT_FOUND", `unknown route ${req.url}`);
      const [, model, action] = match;
      let body: Record<string, any>;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, "INVALID_ARGUMENT", "body is not JSON");
      }
      if (action === "batchEmbedContents") {
        return sendJson(res, 200, { embeddings: (body.requests ?? []).map(() => ({ values: [0.1, 0.2, 0.3] })) });
      }
      if (!Array.isArray(body.contents) || body.contents.length === 0) return sendError(res, 400, "INVALID_ARGUMENT", "contents is required");
      const tools = (body.tools ?? []).flatMap((t: { functionDeclarations?: { name: string }[] }) => t.functionDeclarations ?? []);
      const parts: object[] = [{ text: GEMINI_TEXT }];
      if (tools.length > 0) parts.push({ functionCall: { name: tools[0].name, args: GEMINI_TOOL_ARGS } });
      const responseId = `resp-${++ids}`;
      if (action === "generateContent") {
        return sendJson(res, 200, {
          candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
          usageMetadata: GEMINI_USAGE,
          modelVersion: GEMINI_MODEL_VERSION,
          responseId,
        });
      }
      if (action === "streamGenerateContent") return stream(res, parts, responseId);
      sendError(res, 404, "NOT_FOUND", `unknown method ${model}:${action}`);
    },
  });
}

function stream(res: http.ServerResponse, parts: object[], responseId: string): void {
  res.writeHead(200, { "content-type": "text/event-stream" });
  const pieces = GEMINI_TEXT.match(/\S+\s*/g) ?? [];
  const chunks: object[][] = [...pieces.map((t) => [{ text: t }]), parts.slice(1)].filter((p) => p.length > 0);
  chunks.forEach((chunkParts, i) => {
    const last = i === chunks.length - 1;
    const usageMetadata = last ? GEMINI_USAGE : { promptTokenCount: GEMINI_USAGE.promptTokenCount, totalTokenCount: GEMINI_USAGE.promptTokenCount };
    sendEvent(res, {
      candidates: [{ content: { role: "model", parts: chunkParts }, index: 0, ...(last && { finishReason: "STOP" }) }],
      usageMetadata,
      modelVersion: GEMINI_MODEL_VERSION,
      responseId,
    });
  });
  res.end();
}

function sendError(res: http.ServerResponse, code: number, status: string, message: string): void {
  sendJson(res, code, { error: { code, message, status } });
}
