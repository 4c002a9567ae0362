import type { Attributes } from "../../receiver/model";
import { readNumber, readString } from "../attributes";
import { type CanonicalLlm, put, putDocumentStats } from "../canonical";
import type { ContentDocument, ContentMessage } from "../content";
import type { ContentBuilder } from "../content-builder";
import { isRecord, parseJsonValue, partsText, text, toMessage } from "../content-parse";
import type { LlmSpanType } from "../../../store/rows";
import { hasIndexed, Marker, type SpanView } from "../span-view";
import type { Dialect } from "./dialect";
import { flattenedMessages, forEachIndex } from "./flattened";
import { stringRecord } from "./openllmetry";

/** openinference.span.kind → our span type and semconv operation; other kinds (CHAIN, AGENT, TOOL, …) are not model calls. */
const KINDS: Record<string, { type: LlmSpanType; operation: string }> = {
  LLM: { type: "llm", operation: "chat" },
  EMBEDDING: { type: "llm", operation: "embeddings" },
  RETRIEVER: { type: "retrieval", operation: "retrieval" },
  GUARDRAIL: { type: "guardrail", operation: "apply_guardrail" },
};

/**
 * OpenInference (Arize Phoenix). Token counts follow its spec: `llm.token_count.prompt` includes
 * cached prompt tokens (`prompt_details.cache_read` / `cache_write` are parts of it) and
 * `completion` includes `completion_details.reasoning`. `llm.model_name` is the model the provider
 * reported; the requested one is read from `llm.invocation_parameters` when present.
 */
export const openinference: Dialect = {
  name: "openinference",
  // Marker keys: openinference.span.kind, llm.model_name, embedding.model_name, llm.token_count.prompt.
  detect: ({ markers }) => (markers & Marker.OpenInference) !== 0,
  read(view, r, c) {
    const { attrs } = view;
    const kindName = readString(attrs, "openinference.span.kind")?.toUpperCase();
    const kind = kindName !== undefined ? KINDS[kindName] : undefined;
    if (kindName !== undefined) put(r, "spanType", kind?.type ?? null);
    put(r, "operation", kind?.operation);
    put(r, "provider", readString(attrs, "llm.provider", "llm.system"));
    const params = parseJsonValue(attrs["llm.invocation_parameters"]);
    const invocation = isRecord(params) ? params : {};
    const modelName = readString(attrs, "llm.model_name", "embedding.model_name");
    put(r, "requestModel", typeof invocation.model === "string" ? invocation.model : modelName);
    put(r, "responseModel", readString(attrs, "llm.model_name"));
    if (invocation.stream === true) put(r, "stream", true);
    const finish = readString(attrs, "llm.finish_reason");
    if (finish !== undefined) put(r, "finishReasons", [finish]);
    put(r, "inputTokens", readNumber(attrs, "llm.token_count.prompt"));
    put(r, "outputTokens", readNumber(attrs, "llm.token_count.completion"));
    put(r, "totalTokens", readNumber(attrs, "llm.token_count.total"));
    put(r, "cacheReadTokens", readNumber(attrs, "llm.token_count.prompt_details.cache_read"));
    put(r, "cacheWriteTokens", readNumber(attrs, "llm.token_count.prompt_details.cache_write"));
    put(r, "reasoningTokens", readNumber(attrs, "llm.token_count.completion_details.reasoning"));
    const cost = readNumber(attrs, "llm.cost.total");
    if (cost !== undefined && cost > 0) put(r, "reportedCostUsd", cost);
    put(r, "promptVersion", readString(attrs, "llm.prompt_template.version"));
    readContent(view, kind?.type, r, c);
  },
};

function readContent(view: SpanView, type: LlmSpanType | undefined, r: CanonicalLlm, c: ContentBuilder): void {
  const attrs = view.attrs;
  const messageKey = (list: string) => (i: number, f: "role" | "content" | "finish") => `${list}.${i}.message.${f === "finish" ? "finish_reason" : f}`;
  if (hasIndexed(view, "inputMessages")) {
    c.set(
      "inputMessages",
      flattenedMessages(attrs, c, messageKey("llm.input_messages"), (i) => contentsText(attrs, c, `llm.input_messages.${i}`)),
    );
  }
  if (hasIndexed(view, "outputMessages")) {
    c.set(
      "outputMessages",
      flattenedMessages(attrs, c, messageKey("llm.output_messages"), (i) => contentsText(attrs, c, `llm.output_messages.${i}`)),
    );
  }

  const input = attrs["input.value"];
  if (input !== undefined) {
    c.source("input.value", input);
    if (type === "retrieval") c.set("retrievalQuery", text(input));
    else if (type === "guardrail") c.set("guardrailContent", text(input));
    else {
      const messages = requestMessages(input);
      if (messages) c.set("inputMessages", messages);
      else if (!c.has("inputMessages") && parseJsonValue(input) === undefined) c.set("inputText", text(input));
    }
  }
  const output = attrs["output.value"];
  if (output !== undefined) {
    c.source("output.value", output);
    const messages = responseMessages(output);
    if (messages) c.set("outputMessages", messages);
    else if (type !== "retrieval" && !c.has("outputMessages")) c.set("outputText", text(output));
  }

  const embedded: string[] = [];
  if (hasIndexed(view, "embeddings"))
    forEachIndex(
      (i) => attrs[`embedding.embeddings.${i}.embedding.text`] !== undefined || attrs[`embedding.embeddings.${i}.embedding.vector`] !== undefined,
      (i) => {
        const key = `embedding.embeddings.${i}.embedding.text`;
        c.source(key, attrs[key]);
        const t = text(attrs[key]);
        if (t !== undefined) embedded.push(t);
      },
    );
  if (embedded.length > 0) c.set("inputText", embedded.join("\n"));

  const documents: ContentDocument[] = [];
  if (hasIndexed(view, "documents"))
    forEachIndex(
      (i) => ["id", "score", "content"].some((f) => attrs[`retrieval.documents.${i}.document.${f}`] !== undefined),
      (i) => {
        const at = (f: string) => `retrieval.documents.${i}.document.${f}`;
        const doc: ContentDocument = {};
        const id = readString(attrs, at("id"));
        const score = readNumber(attrs, at("score"));
        const content = attrs[at("content")];
        if (id !== undefined) doc.id = id;
        if (score !== undefined) doc.score = score;
        if (typeof content === "string") doc.content = content;
        c.source(at("content"), content);
        documents.push(doc);
      },
    );
  if (documents.length > 0) {
    c.set("retrievalDocuments", documents);
    putDocumentStats(
      r,
      documents.map((d) => d.score),
    );
  }

  const template = attrs["llm.prompt_template.template"];
  if (template !== undefined) {
    c.source("llm.prompt_template.template", template);
    c.set("promptTemplate", text(template));
  }
  const variables = attrs["llm.prompt_template.variables"];
  if (variables !== undefined) {
    c.source("llm.prompt_template.variables", variables);
    const parsed = parseJsonValue(variables);
    if (isRecord(parsed)) c.set("promptVariables", stringRecord(parsed));
  }
}

/** Multi-part message content: `<message>.message.contents.N.message_content.text`, joined. */
function contentsText(attrs: Attributes, c: ContentBuilder, message: string): string | undefined {
  const texts: string[] = [];
  forEachIndex(
    (j) =>
      attrs[`${message}.message.contents.${j}.message_content.type`] !== undefined ||
      attrs[`${message}.message.contents.${j}.message_content.text`] !== undefined,
    (j) => {
      const key = `${message}.message.contents.${j}.message_content.text`;
      c.source(key, attrs[key]);
      const t = text(attrs[key]);
      if (t !== undefined) texts.push(t);
    },
  );
  return texts.length > 0 ? texts.join("\n") : undefined;
}

/** `input.value` as an OpenAI-style request body (`{messages:[…]}`). */
function requestMessages(value: Attributes[string]): ContentMessage[] | undefined {
  const parsed = parseJsonValue(value);
  if (!isRecord(parsed) || !Array.isArray(parsed.messages)) return undefined;
  return parsed.messages.map((m) => toMessage(m)).filter((m): m is ContentMessage => m !== undefined);
}

/** `output.value` as an OpenAI-style response body (`{choices:[{message, finish_reason}]}`). */
function responseMessages(value: Attributes[string]): ContentMessage[] | undefined {
  const parsed = parseJsonValue(value);
  if (!isRecord(parsed) || !Array.isArray(parsed.choices)) return undefined;
  const out: ContentMessage[] = [];
  for (const choice of parsed.choices) {
    if (!isRecord(choice)) continue;
    const message =
      toMessage(choice.message, "assistant") ?? (typeof choice.text === "string" ? { role: "assistant", content: partsText(choice.text) ?? "" } : undefined);
    if (!message) continue;
    if (typeof choice.finish_reason === "string") message.finishReason = choice.finish_reason;
    out.push(message);
  }
  return out;
}
