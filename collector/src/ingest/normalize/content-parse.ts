import type { AnyValue } from "../receiver/model";
import type { ContentDocument, ContentMessage } from "./content";

/**
 * Lenient readers for content payloads. They accept the shapes the dialects use (semconv parts
 * messages, OpenAI-style `{role, content}` messages, Vercel `{type:"text", text}` parts) and return
 * undefined for anything else: malformed content is ignored, never thrown.
 */

/** A JSON string parsed, or a structured attribute value as is; undefined for plain text or broken JSON. */
export function parseJsonValue(value: AnyValue | undefined): unknown {
  if (typeof value === "string") {
    const first = value.trimStart()[0];
    if (first !== "[" && first !== "{") return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (Array.isArray(value) || (value !== null && typeof value === "object" && !(value instanceof Uint8Array))) return value;
  return undefined;
}

/** A message list: a JSON array of messages (or a single message object); undefined when it is not one. */
export function parseMessages(value: AnyValue | undefined): ContentMessage[] | undefined {
  const parsed = parseJsonValue(value);
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) && "role" in parsed ? [parsed] : undefined;
  return list ? messageList(list) : undefined;
}

/** The messages of a decoded list; undefined when none of its items is a message. */
export function messageList(list: readonly unknown[]): ContentMessage[] | undefined {
  const messages: ContentMessage[] = [];
  for (const item of list) {
    const message = toMessage(item);
    if (message) messages.push(message);
  }
  return messages.length > 0 || list.length === 0 ? messages : undefined;
}

export function toMessage(item: unknown, defaultRole = ""): ContentMessage | undefined {
  if (!isRecord(item)) return undefined;
  const role = typeof item.role === "string" ? item.role : defaultRole;
  const text = partsText(item.parts ?? item.content);
  if (text === undefined && !role) return undefined;
  const message: ContentMessage = { role, content: text ?? "" };
  const finish = item.finish_reason ?? item.finishReason;
  if (typeof finish === "string" && finish !== "") message.finishReason = finish;
  return message;
}

/** Text of a content value: a string, or the text parts of a parts array joined with "\n". */
export function partsText(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === "string") texts.push(part);
    else if (isRecord(part) && (part.type === "text" || part.type === undefined)) {
      const text = part.content ?? part.text;
      if (typeof text === "string") texts.push(text);
    }
  }
  return texts.join("\n");
}

/** System instructions: a semconv parts array (JSON) or plain text. */
export function parseInstructions(value: AnyValue | undefined): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const parsed = parseJsonValue(value);
  if (parsed === undefined) return value;
  return partsText(Array.isArray(parsed) ? parsed : [parsed]);
}

/** Retrieved documents: a JSON array of `{id, score, content}` objects. */
export function parseDocuments(value: AnyValue | undefined): ContentDocument[] | undefined {
  const parsed = parseJsonValue(value);
  if (!Array.isArray(parsed)) return undefined;
  const documents: ContentDocument[] = [];
  for (const item of parsed) {
    if (!isRecord(item)) continue;
    const doc: ContentDocument = {};
    if (typeof item.id === "string" || typeof item.id === "number") doc.id = String(item.id);
    if (typeof item.score === "number" && Number.isFinite(item.score)) doc.score = item.score;
    const content = typeof item.content === "string" ? item.content : undefined;
    if (content !== undefined) doc.content = content;
    documents.push(doc);
  }
  return documents;
}

/** Plain text of an attribute: strings only. */
export function text(value: AnyValue | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
