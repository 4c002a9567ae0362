/**
 * The conversations routes of the fake Mistral API (fake-mistral-server.ts): POST /v1/conversations
 * (start), /v1/conversations/{id} (append) and /v1/conversations/{id}/restart, answered as a
 * ConversationResponse or, with `stream: true`, as server-sent conversation events ending in
 * `conversation.response.done` with the usage. A request offering function tools whose last input
 * is not a function result gets a function call; otherwise the fixed answer. The answering model is
 * the one the conversation started with (an agent's: MISTRAL_AGENT_MODEL).
 */
import type * as http from "node:http";
import { sendEvent, sendJson } from "./fake-server";

export const CONVERSATION_TEXT = "Refunds take five business days.";
export const CONVERSATION_USAGE = { prompt_tokens: 42, completion_tokens: 9, total_tokens: 51, connector_tokens: null, connectors: null };
export const CONVERSATION_TOOL_ARGS = { city: "Paris" };

type Body = Record<string, any>;
type SendError = (res: http.ServerResponse, status: number, message: string) => void;

/** Answers a conversations request and returns true; false for any other path. */
export function conversationRoutes(agentModel: string): (path: string, body: Body, res: http.ServerResponse, sendError: SendError) => boolean {
  const models = new Map<string, string>();
  let ids = 0;
  return (path, body, res, sendError) => {
    const match = /^\/v1\/conversations(?:\/([^/]+)(\/restart)?)?$/.exec(path);
    if (match === null) return false;
    const existing = match[1];
    let conversationId: string;
    if (existing === undefined) {
      if (typeof body.model !== "string" && typeof body.agent_id !== "string") {
        sendError(res, 422, "model or agent_id is required");
        return true;
      }
      conversationId = `conv_fake_${++ids}`;
      models.set(conversationId, typeof body.model === "string" ? body.model : agentModel);
    } else if (!models.has(existing)) {
      sendError(res, 404, `conversation ${existing} not found`);
      return true;
    } else conversationId = existing;
    const model = models.get(conversationId)!;
    const inputs: Body[] = Array.isArray(body.inputs) ? body.inputs : [];
    const tool = (Array.isArray(body.tools) ? (body.tools as Body[]) : []).find((t) => t.type === "function");
    const call = tool !== undefined && inputs.at(-1)?.type !== "function.result" ? String(tool.function.name) : undefined;
    const created = new Date().toISOString();
    const entry = { object: "entry", created_at: created, completed_at: created, agent_id: body.agent_id ?? null, model, id: `entry_${ids}` };
    if (body.stream === true) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const event = (data: Body) => sendEvent(res, { created_at: created, ...data }, data.type);
      event({ type: "conversation.response.started", conversation_id: conversationId });
      const common = { output_index: 0, id: entry.id, model, agent_id: entry.agent_id };
      if (call !== undefined)
        event({ type: "function.call.delta", ...common, name: call, tool_call_id: "call_fake_1", arguments: JSON.stringify(CONVERSATION_TOOL_ARGS) });
      else
        for (const piece of CONVERSATION_TEXT.match(/\S+\s*/g) ?? [])
          event({ type: "message.output.delta", ...common, content_index: 0, role: "assistant", content: piece });
      event({ type: "conversation.response.done", usage: CONVERSATION_USAGE });
      res.end();
      return true;
    }
    const output =
      call !== undefined
        ? { ...entry, type: "function.call", tool_call_id: "call_fake_1", name: call, arguments: JSON.stringify(CONVERSATION_TOOL_ARGS) }
        : { ...entry, type: "message.output", role: "assistant", content: CONVERSATION_TEXT };
    sendJson(res, 200, { object: "conversation.response", conversation_id: conversationId, outputs: [output], usage: CONVERSATION_USAGE });
    return true;
  };
}
