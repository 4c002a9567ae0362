import type { Attributes } from "../../receiver/model";
import type { ContentMessage } from "../content";
import type { ContentBuilder } from "../content-builder";

/** Upper bound on flattened list indexes read from one span (a guard against absurd payloads). */
const MAX_INDEX = 10_000;

/**
 * Messages flattened into indexed attributes (`gen_ai.prompt.0.role`, `llm.input_messages.0.message.content`, …):
 * reads index 0, 1, … while any of the index's keys is present, recording each present key as a
 * content source. Undefined when index 0 has none.
 */
export function flattenedMessages(
  attrs: Attributes,
  c: ContentBuilder,
  key: (i: number, field: "role" | "content" | "finish") => string,
  extraText?: (i: number) => string | undefined,
): ContentMessage[] | undefined {
  const messages: ContentMessage[] = [];
  for (let i = 0; i < MAX_INDEX; i++) {
    const roleKey = key(i, "role");
    const contentKey = key(i, "content");
    const finishKey = key(i, "finish");
    const role = attrs[roleKey];
    const content = attrs[contentKey];
    const more = content === undefined ? extraText?.(i) : undefined;
    if (role === undefined && content === undefined && more === undefined) break;
    c.source(contentKey, content);
    const finish = attrs[finishKey];
    const message: ContentMessage = {
      role: typeof role === "string" ? role : "",
      content: typeof content === "string" ? content : (more ?? ""),
    };
    if (typeof finish === "string" && finish !== "") message.finishReason = finish;
    messages.push(message);
  }
  return messages.length > 0 ? messages : undefined;
}

/** Index 0, 1, … of a flattened list while `present(i)`; calls `visit(i)` for each. */
export function forEachIndex(present: (i: number) => boolean, visit: (i: number) => void): void {
  for (let i = 0; i < MAX_INDEX && present(i); i++) visit(i);
}
