import { readBoolean, readNumber, readString } from "../attributes";
import { put, putMetadata } from "../canonical";
import { parseJsonValue, isRecord, text } from "../content-parse";
import { hasIndexed, Marker } from "../span-view";
import type { Dialect } from "./dialect";
import { flattenedMessages } from "./flattened";

/** llm.request.type values → semconv operation names. */
const REQUEST_TYPES: Record<string, string> = { chat: "chat", completion: "text_completion", embedding: "embeddings", rerank: "rerank" };

/**
 * OpenLLMetry / Traceloop. Its instrumentations now write current `gen_ai.*` (read by semconv);
 * this adds what only Traceloop says: `llm.request.type`, `llm.usage.total_tokens`,
 * `llm.is_streaming`, `traceloop.span.kind` (workflow/task/agent/tool spans are not model calls),
 * association properties (user/session, the rest become tags), Traceloop prompt management
 * (`traceloop.prompt.*`) and entity input/output, and the very old flattened `llm.prompts.N.*`.
 */
export const openllmetry: Dialect = {
  name: "openllmetry",
  detect({ markers, span, prefixed }) {
    // Marker keys: llm.request.type, traceloop.span.kind, llm.usage.total_tokens, traceloop.entity.input, traceloop.prompt.key.
    return (markers & Marker.OpenLlmetry) !== 0 || prefixed.association.size > 0 || span.scope.name.startsWith("@traceloop/");
  },
  read(view, r, c) {
    const { attrs, prefixed } = view;
    const requestType = readString(attrs, "llm.request.type");
    if (requestType !== undefined) {
      put(r, "operation", REQUEST_TYPES[requestType] ?? requestType);
      put(r, "spanType", "llm");
    }
    if (attrs["traceloop.span.kind"] !== undefined) put(r, "spanType", null);
    put(r, "totalTokens", readNumber(attrs, "llm.usage.total_tokens"));
    put(r, "stream", readBoolean(attrs, "llm.is_streaming"));
    put(r, "promptName", readString(attrs, "traceloop.prompt.key"));
    put(r, "promptVersion", readString(attrs, "traceloop.prompt.version"));
    putMetadata(r, prefixed.association);

    if (hasIndexed(view, "llmPrompts"))
      c.set(
        "inputMessages",
        flattenedMessages(attrs, c, (i, f) => `llm.prompts.${i}.${f === "finish" ? "finish_reason" : f}`),
      );
    if (hasIndexed(view, "llmCompletions"))
      c.set(
        "outputMessages",
        flattenedMessages(attrs, c, (i, f) => `llm.completions.${i}.${f === "finish" ? "finish_reason" : f}`),
      );
    for (const [key, field] of [
      ["traceloop.entity.input", "inputText"],
      ["traceloop.entity.output", "outputText"],
      ["traceloop.prompt.template", "promptTemplate"],
    ] as const) {
      const value = attrs[key];
      if (value === undefined) continue;
      c.source(key, value);
      c.set(field, text(value));
    }
    const variables = attrs["traceloop.prompt.template_variables"];
    if (variables !== undefined) {
      c.source("traceloop.prompt.template_variables", variables);
      const parsed = parseJsonValue(variables);
      if (isRecord(parsed)) c.set("promptVariables", stringRecord(parsed));
    }
  },
};

export function stringRecord(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  return out;
}
