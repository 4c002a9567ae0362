import { readNumber, readString } from "../attributes";
import { put } from "../canonical";
import type { ContentBuilder } from "../content-builder";
import { parseMessages, text, toMessage, parseJsonValue } from "../content-parse";
import { hasIndexed, Marker, type SpanView } from "../span-view";
import type { Dialect } from "./dialect";
import { flattenedMessages } from "./flattened";

/** Span events that carried content before the semconv moved it to attributes, and the attribute holding it. */
const CONTENT_EVENTS: Record<string, { attribute: string; side: "input" | "output" }> = {
  "gen_ai.content.prompt": { attribute: "gen_ai.prompt", side: "input" },
  "gen_ai.content.completion": { attribute: "gen_ai.completion", side: "output" },
};
/** Per-message events (semconv 1.27–1.36) when recorded as span events: role from the event name. */
const MESSAGE_EVENTS: Record<string, string> = {
  "gen_ai.system.message": "system",
  "gen_ai.user.message": "user",
  "gen_ai.assistant.message": "assistant",
  "gen_ai.tool.message": "tool",
  "gen_ai.choice": "assistant",
};

/**
 * Older GenAI semconv (≤ 1.36) and the spellings other emitters still use: `gen_ai.system`,
 * `prompt_tokens`/`completion_tokens`, `cache_creation.input_tokens`, the underscore forms
 * `cache_read_input_tokens`/`cache_creation_input_tokens`/`reasoning_tokens`, flattened
 * `gen_ai.prompt.N.*` / `gen_ai.completion.N.*` content and the content events.
 */
export const semconvLegacy: Dialect = {
  name: "semconv-legacy",
  detect: (view) => (view.markers & Marker.Legacy) !== 0 || view.span.events.length > 0,
  read(view, r, c) {
    const { attrs, span } = view;
    put(r, "provider", readString(attrs, "gen_ai.system"));
    put(r, "inputTokens", readNumber(attrs, "gen_ai.usage.prompt_tokens"));
    put(r, "outputTokens", readNumber(attrs, "gen_ai.usage.completion_tokens"));
    put(r, "cacheReadTokens", readNumber(attrs, "gen_ai.usage.cache_read_input_tokens"));
    put(r, "cacheWriteTokens", readNumber(attrs, "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens"));
    put(r, "reasoningTokens", readNumber(attrs, "gen_ai.usage.reasoning_tokens"));
    put(r, "totalTokens", readNumber(attrs, "gen_ai.usage.total_tokens"));
    const finish = readString(attrs, "gen_ai.response.finish_reason");
    if (finish !== undefined) put(r, "finishReasons", [finish]);

    if (hasIndexed(view, "legacyPrompt"))
      c.set(
        "inputMessages",
        flattenedMessages(attrs, c, (i, f) => `gen_ai.prompt.${i}.${f === "finish" ? "finish_reason" : f}`),
      );
    if (hasIndexed(view, "legacyCompletion"))
      c.set(
        "outputMessages",
        flattenedMessages(attrs, c, (i, f) => `gen_ai.completion.${i}.${f === "finish" ? "finish_reason" : f}`),
      );
    attributeForm(attrs, "gen_ai.prompt", "inputMessages", c);
    attributeForm(attrs, "gen_ai.completion", "outputMessages", c);
    if (span.events.length > 0) readEvents(span.events, c);
  },
};

function attributeForm(attrs: SpanView["attrs"], key: string, field: "inputMessages" | "outputMessages", c: ContentBuilder): void {
  const value = attrs[key];
  if (value === undefined) return;
  c.source(key, value);
  c.set(field, parseMessages(value));
}

function readEvents(events: SpanView["span"]["events"], c: ContentBuilder): void {
  const input = [];
  const output = [];
  for (const [index, event] of events.entries()) {
    const carrier = CONTENT_EVENTS[event.name];
    if (carrier) {
      const value = event.attributes[carrier.attribute];
      if (value === undefined) continue;
      c.eventSource(index, carrier.attribute, value);
      const messages = parseMessages(value);
      if (carrier.side === "input") input.push(...(messages ?? []));
      else output.push(...(messages ?? (text(value) ? [{ role: "assistant", content: value as string }] : [])));
      continue;
    }
    const role = MESSAGE_EVENTS[event.name];
    if (!role) continue;
    for (const key of ["content", "message", "gen_ai.event.content"]) {
      const value = event.attributes[key];
      if (value === undefined) continue;
      c.eventSource(index, key, value);
      const message = typeof value === "string" && parseJsonValue(value) === undefined ? { role, content: value } : toMessage(parseJsonValue(value), role);
      if (message) (role === "assistant" && event.name === "gen_ai.choice" ? output : input).push(message);
    }
  }
  if (input.length > 0) c.set("inputMessages", input);
  if (output.length > 0) c.set("outputMessages", output);
}
