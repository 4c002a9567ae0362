/**
 * cohere-ai's v1 client (`CohereClient`: chat with `message`, chatStream, embed) → llmscope's call
 * description. The v1 chat takes one `message` plus `chatHistory` and `preamble`; its answer is
 * `text`, `toolCalls` and `meta` (billed units as in v2). A stream's `stream-end` event carries
 * the whole answer, so the span reads it from there.
 */
import { type Json, num, str, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";
import { embedResult, sharedCallStart, type Method } from "./mapping";

export function callStartV1(method: Method, params: Json, baseURL: string | undefined): CallStart {
  return sharedCallStart(method, params, baseURL, {
    systemInstructions: () => (typeof params.preamble === "string" ? [text(params.preamble)] : undefined),
    inputMessages: () => [
      ...(Array.isArray(params.chatHistory) ? params.chatHistory.map(historyMessage) : []),
      ...(Array.isArray(params.toolResults) ? params.toolResults.map(toolResult) : []),
      ...(typeof params.message === "string" && params.message !== "" ? [{ role: "user", parts: [text(params.message)] }] : []),
    ],
  });
}

export function responseResultV1(method: Method, body: Json): CallResult {
  if (method === "embed") return embedResult(body);
  const finish = typeof body.finishReason === "string" ? body.finishReason.toLowerCase() : undefined;
  return {
    id: str(body.responseId) ?? str(body.generationId),
    finishReasons: finish === undefined ? undefined : [finish],
    usage: usage(body.meta),
    outputMessages: () => [{ role: "assistant", parts: answerParts(body), finish_reason: finish ?? "" }],
  };
}

export function streamHandlersV1(): StreamHandlers {
  let id: string | undefined;
  let textSoFar = "";
  let end: Json | undefined;
  return {
    onItem(item) {
      const event = item as Json;
      if (event.eventType === "stream-start") id ??= str(event.generationId);
      else if (event.eventType === "text-generation") textSoFar += str(event.text) ?? "";
      else if (event.eventType === "stream-end" && event.response != null) end = event.response;
      return true;
    },
    // Cut short before stream-end: the text seen, no usage (the answer never said).
    result: () =>
      end !== undefined
        ? responseResultV1("stream", end)
        : { id, outputMessages: () => [{ role: "assistant", parts: textSoFar === "" ? [] : [text(textSoFar)], finish_reason: "" }] },
  };
}

function usage(meta: Json | undefined): CallUsage | undefined {
  const input = num(meta?.billedUnits?.inputTokens) ?? num(meta?.tokens?.inputTokens);
  const output = num(meta?.billedUnits?.outputTokens) ?? num(meta?.tokens?.outputTokens);
  return input === undefined && output === undefined ? undefined : { input, output };
}

function answerParts(body: Json): Json[] {
  const parts: Json[] = [];
  if (typeof body.text === "string" && body.text !== "") parts.push(text(body.text));
  for (const t of Array.isArray(body.toolCalls) ? (body.toolCalls as Json[]) : []) parts.push({ type: "tool_call", name: t.name, arguments: t.parameters });
  return parts;
}

/** v1 roles: USER, CHATBOT, SYSTEM, TOOL. */
function historyMessage(m: Json): Json {
  const role = String(m.role ?? "").toUpperCase();
  if (role === "TOOL") return { role: "tool", parts: (Array.isArray(m.toolResults) ? m.toolResults : []).map((r: Json) => toolResult(r).parts[0]) };
  const parts: Json[] = typeof m.message === "string" && m.message !== "" ? [text(m.message)] : [];
  for (const t of Array.isArray(m.toolCalls) ? (m.toolCalls as Json[]) : []) parts.push({ type: "tool_call", name: t.name, arguments: t.parameters });
  return { role: role === "CHATBOT" ? "assistant" : role === "SYSTEM" ? "system" : "user", parts };
}

function toolResult(r: Json): Json {
  return { role: "tool", parts: [{ type: "tool_call_response", name: r.call?.name, response: r.outputs }] };
}
