/**
 * @mistralai/mistralai's conversations API (`beta.conversations.start/append/restart` and their
 * `…Stream` forms) → llmscope's call description. A conversation turn is a chat completion run on
 * Mistral's side: the request names a model or an agent (start) or an existing conversation
 * (append, restart); the response lists entries (messages, function calls, built-in tool runs) and
 * the turn's usage, and says which model answered on each message entry.
 */
import * as sc from "@llmscope/semconv";
import { type Json, put, str, text } from "../json-values";
import type { CallResult, CallStart } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";
import { message, PROVIDER, putSampling, usage } from "./mapping";

/** Where each method keeps the body: start takes it whole, append and restart wrap it next to the conversation id. */
const BODY_KEYS = ["conversationAppendRequest", "conversationAppendStreamRequest", "conversationRestartRequest", "conversationRestartStreamRequest"];

export function conversationStart(request: Json, stream: boolean, baseURL: string | undefined): CallStart {
  const body: Json = BODY_KEYS.map((k) => request[k] as Json | undefined).find((b) => b != null) ?? request;
  const attrs: CallStart["request"] = {};
  putSampling(attrs, body.completionArgs ?? {});
  attrs[sc.ATTR_REQUEST_STREAM] = stream;
  put(attrs, sc.ATTR_AGENT_ID, str(body.agentId));
  put(attrs, sc.ATTR_CONVERSATION_ID, str(request.conversationId));
  return {
    provider: PROVIDER,
    operation: "chat",
    model: str(body.model),
    baseURL,
    request: attrs,
    systemInstructions: () => (typeof body.instructions === "string" ? [text(body.instructions)] : undefined),
    inputMessages: () => (typeof body.inputs === "string" ? [{ role: "user", parts: [text(body.inputs)] }] : entryMessages(body.inputs, undefined)),
  };
}

/** A ConversationResponse: usage for the turn, the answering model from its message entries. */
export function conversationResult(body: Json): CallResult {
  const outputs: Json[] = Array.isArray(body.outputs) ? body.outputs : [];
  return {
    model: outputs.map((o) => str(o.model)).find((m) => m !== undefined),
    usage: usage(body.usage, true),
    outputMessages: () => entryMessages(outputs, ""),
  };
}

/**
 * Conversation entries as semconv messages: inputs and message outputs keep their role, a
 * function call is the assistant's tool call, a function result the tool's answer. Built-in tool
 * runs and agent handoffs happen on Mistral's side and are not messages.
 */
function entryMessages(entries: unknown, finish: string | undefined): Json[] | undefined {
  if (!Array.isArray(entries)) return undefined;
  const out: Json[] = [];
  for (const e of entries as Json[]) {
    if (e.type === "function.call") out.push(toolCallMessage(e.toolCallId, e.name, e.arguments, finish));
    else if (e.type === "function.result") out.push({ role: "tool", parts: [{ type: "tool_call_response", id: e.toolCallId, response: e.result }] });
    else if (e.type === undefined || e.type === "message.input" || e.type === "message.output") out.push(message(e, finish));
  }
  return out;
}

/** A function call as an assistant message with one tool call, mapped like any chat message. */
function toolCallMessage(id: unknown, name: unknown, args: unknown, finish: string | undefined): Json {
  return message({ role: "assistant", toolCalls: [{ id, function: { name, arguments: args } }] }, finish);
}

/**
 * A conversation stream yields `{ event, data }`: message deltas (text, or content chunks) and
 * function-call deltas per output index; `conversation.response.done` carries the usage.
 */
export function conversationStreamHandlers(): StreamHandlers {
  let model: string | undefined;
  let lastUsage: Json | undefined;
  const outputs = new Map<number, { content: string; call?: { id: unknown; name: unknown; arguments: string } }>();
  return {
    onItem(item) {
      const data: Json = (item as Json)?.data ?? {};
      model ??= str(data.model);
      if (data.type === "conversation.response.done") lastUsage = data.usage;
      if (data.type !== "message.output.delta" && data.type !== "function.call.delta") return true;
      const index = typeof data.outputIndex === "number" ? data.outputIndex : outputs.size;
      let acc = outputs.get(index);
      if (acc === undefined) outputs.set(index, (acc = { content: "" }));
      if (data.type === "function.call.delta") {
        acc.call ??= { id: data.toolCallId, name: data.name, arguments: "" };
        acc.call.arguments += str(data.arguments) ?? "";
      } else acc.content += typeof data.content === "string" ? data.content : partText(data.content);
      return true;
    },
    result() {
      const ordered = [...outputs.entries()].sort(([a], [b]) => a - b).map(([, o]) => o);
      return {
        model,
        usage: usage(lastUsage, true),
        outputMessages: () =>
          ordered.map((o) =>
            o.call !== undefined ? toolCallMessage(o.call.id, o.call.name, o.call.arguments, "") : message({ role: "assistant", content: o.content }, ""),
          ),
      };
    },
  };
}

/** A streamed content chunk as the text it adds (a thinking or tool-reference chunk adds none to the answer). */
function partText(chunk: unknown): string {
  const part = chunk as Json | null | undefined;
  return part?.type === "text" ? (str(part.text) ?? "") : "";
}
