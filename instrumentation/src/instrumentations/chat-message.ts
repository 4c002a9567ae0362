/**
 * The chat message shape Cohere v2 and Mistral share (a role, content as text or a list of parts,
 * `toolCalls` with JSON arguments, `toolCallId` on tool results) → a semconv message. Each SDK maps
 * its own content parts.
 */
import { type Json, parseArguments, text } from "./json-values";

export function chatMessage(m: Json, finish: string | undefined, contentPart: (p: Json) => Json, leading: Json[] = []): Json {
  if (m.role === "tool") return { role: "tool", parts: [{ type: "tool_call_response", id: m.toolCallId, response: contentText(m.content) }] };
  const parts: Json[] = [...leading];
  if (typeof m.content === "string") {
    if (m.content !== "") parts.push(text(m.content));
  } else if (Array.isArray(m.content)) parts.push(...m.content.map(contentPart));
  for (const t of Array.isArray(m.toolCalls) ? (m.toolCalls as Json[]) : []) {
    parts.push({ type: "tool_call", id: t.id, name: t.function?.name, arguments: parseArguments(t.function?.arguments) });
  }
  return { role: m.role ?? "assistant", parts, ...(finish !== undefined && { finish_reason: finish }) };
}

/** The text of message content given as a string or as a list of parts; other parts add nothing. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: Json) => (typeof p.text === "string" ? p.text : "")).join("");
  return "";
}
