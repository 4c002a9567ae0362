/**
 * A local stand-in for Mistral's REST API, good enough for the real `@mistralai/mistralai`:
 * POST /v1/chat/completions, /v1/agents/completions and /v1/fim/completions, the conversations routes (fake-mistral-conversations.ts) (plain, or streamed as bare `data:` server-sent
 * events ending in `data: [DONE]`, usage on the last chunk), POST /v1/embeddings, tool calls, and Mistral-shaped
 * errors. The wire format is snake_case; the SDK turns it into camelCase objects. 127.0.0.1 only.
 */
import type * as http from "node:http";
import { conversationRoutes } from "./fake-mistral-conversations";
import { type FakeServer, sendEvent, sendJson, startJsonApiServer } from "./fake-server";

export type FakeMistral = FakeServer<400 | 401 | 422 | 500>;

export const MISTRAL_TEXT = "Refunds take five business days.";
export const MISTRAL_USAGE = { prompt_tokens: 31, completion_tokens: 8, total_tokens: 39, prompt_tokens_details: { cached_tokens: 16 } };
export const MISTRAL_EMBED_TOKENS = 6;
export const MISTRAL_TOOL_ARGS = { city: "Paris" };

/** The model behind every agent: /v1/agents/completions takes an agent_id instead of a model. */
export const MISTRAL_AGENT_MODEL = "mistral-medium-2505";

export function startFakeMistral(): Promise<FakeMistral> {
  let ids = 0;
  const conversations = conversationRoutes(MISTRAL_AGENT_MODEL);
  return startJsonApiServer({
    noKeyMessage: "Unauthorized",
    error: sendError,
    route(path, body, res) {
      if (conversations(path, body, res, sendError)) return;
      const agent = path === "/v1/agents/completions";
      if (agent ? typeof body.agent_id !== "string" : typeof body.model !== "string")
        return sendError(res, 422, agent ? "agent_id is required" : "model is required");
      const model: string = agent ? MISTRAL_AGENT_MODEL : body.model;
      const id = `cmpl-fake-${++ids}`;
      const created = Math.floor(Date.now() / 1000);
      if (path === "/v1/embeddings") {
        const inputs: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
        return sendJson(res, 200, {
          id,
          object: "list",
          model: body.model,
          data: inputs.map((_, index) => ({ object: "embedding", index, embedding: [0.1, 0.2, 0.3] })),
          usage: { prompt_tokens: MISTRAL_EMBED_TOKENS, completion_tokens: 0, total_tokens: MISTRAL_EMBED_TOKENS },
        });
      }
      if (path === "/v1/fim/completions") {
        if (typeof body.prompt !== "string") return sendError(res, 422, "prompt is required");
      } else if (path !== "/v1/chat/completions" && !agent) return sendError(res, 404, `unknown route ${path}`);
      else if (!Array.isArray(body.messages)) return sendError(res, 422, "messages are required");
      const tool = Array.isArray(body.tools) && body.tools.length > 0 ? (body.tools[0].function.name as string) : undefined;
      const toolCalls =
        tool === undefined
          ? undefined
          : [{ id: "call_fake_1", type: "function", index: 0, function: { name: tool, arguments: JSON.stringify(MISTRAL_TOOL_ARGS) } }];
      const finish = tool === undefined ? "stop" : "tool_calls";
      if (body.stream === true) return stream(res, id, created, model, toolCalls, finish);
      sendJson(res, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        usage: MISTRAL_USAGE,
        choices: [{ index: 0, message: { role: "assistant", content: MISTRAL_TEXT, tool_calls: toolCalls ?? null, prefix: false }, finish_reason: finish }],
      });
    },
  });
}

function stream(res: http.ServerResponse, id: string, created: number, model: string, toolCalls: object[] | undefined, finish: string): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const chunk = (delta: object, extra: object = {}) =>
    sendEvent(res, { id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, finish_reason: null }], ...extra });
  chunk({ role: "assistant", content: "" });
  for (const piece of MISTRAL_TEXT.match(/\S+\s*/g) ?? []) chunk({ content: piece });
  if (toolCalls !== undefined) chunk({ tool_calls: toolCalls });
  sendEvent(res, {
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta: { content: "" }, finish_reason: finish }],
    usage: MISTRAL_USAGE,
  });
  res.write("data: [DONE]\n\n");
  res.end();
}

function sendError(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { object: "error", message, type: status === 401 ? "authentication_error" : "invalid_request_error", param: null, code: null });
}
