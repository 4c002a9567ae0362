import { readBooleanIn, readNumberIn, readStringArrayIn, readStringIn } from "../attributes";
import { type CanonicalLlm, put, putDocumentStats } from "../canonical";
import type { ContentBuilder } from "../content-builder";
import { parseDocuments, parseInstructions, parseMessages, text } from "../content-parse";
import { CONTENT_KEYS, KEYS, LLM_OPERATIONS } from "../genai-keys";
import { Marker, type SpanView } from "../span-view";
import type { LlmSpanType } from "../../store/rows";
import type { Dialect } from "./dialect";

const SPAN_TYPES = new Set<string>(["prompt", "retrieval", "llm", "guardrail"]);

/**
 * Current OTel GenAI semconv (`gen_ai.*`) and our `llmscope.*` contract. Read on every span with a
 * key it could read (a `gen_ai.` or `llmscope.` key, user.id, session.id, error.type): its keys are the canonical ones.
 */
export const semconv: Dialect = {
  name: "semconv",
  detect: (view) => (view.markers & Marker.Semconv) !== 0,
  read({ attrs, prefixed }, r, content) {
    const s = (keys: readonly string[]) => readStringIn(attrs, keys);
    const n = (keys: readonly string[]) => readNumberIn(attrs, keys);
    const declared = s(KEYS.spanType);
    const operation = s(KEYS.operation);
    put(r, "spanType", declared && SPAN_TYPES.has(declared) ? (declared as LlmSpanType) : operationType(operation));
    put(r, "operation", operation);
    put(r, "provider", s(KEYS.provider));
    put(r, "requestModel", s(KEYS.requestModel));
    put(r, "responseModel", s(KEYS.responseModel));
    put(r, "responseId", s(KEYS.responseId));
    put(r, "finishReasons", readStringArrayIn(attrs, KEYS.finishReasons));
    put(r, "stream", readBooleanIn(attrs, KEYS.stream));
    put(r, "timeToFirstChunkSeconds", n(KEYS.timeToFirstChunk));
    put(r, "errorType", s(KEYS.errorType));
    put(r, "inputTokens", n(KEYS.inputTokens));
    put(r, "outputTokens", n(KEYS.outputTokens));
    put(r, "cacheReadTokens", n(KEYS.cacheReadTokens));
    put(r, "cacheWriteTokens", n(KEYS.cacheWriteTokens));
    put(r, "reasoningTokens", n(KEYS.reasoningTokens));
    put(r, "promptName", s(KEYS.promptName));
    put(r, "promptVersion", s(KEYS.promptVersion));
    put(r, "promptVariant", s(KEYS.promptVariant));
    put(r, "userId", s(KEYS.userId));
    put(r, "sessionId", s(KEYS.sessionId));
    put(r, "conversationId", s(KEYS.conversationId));
    put(r, "dataSourceId", s(KEYS.dataSourceId));
    put(r, "retrievalTopK", n(KEYS.retrievalTopK));
    put(r, "documentsCount", n(KEYS.documentsCount));
    put(r, "scoreMax", n(KEYS.scoreMax));
    put(r, "scoreMin", n(KEYS.scoreMin));
    put(r, "scoreMean", n(KEYS.scoreMean));
    put(r, "guardrailName", s(KEYS.guardrailName));
    put(r, "guardrailStage", s(KEYS.guardrailStage));
    put(r, "guardrailDecision", s(KEYS.guardrailDecision));
    put(r, "guardrailTriggered", readBooleanIn(attrs, KEYS.guardrailTriggered));
    put(r, "guardrailCategories", readStringArrayIn(attrs, KEYS.guardrailCategories));
    put(r, "guardrailScore", n(KEYS.guardrailScore));
    readContent(attrs, prefixed.promptVariable, r, content);
  },
};

function operationType(operation: string | undefined): LlmSpanType | undefined {
  if (operation === "retrieval") return "retrieval";
  if (operation === "apply_guardrail") return "guardrail";
  if (operation !== undefined && LLM_OPERATIONS.has(operation)) return "llm";
  return undefined;
}

function readContent(attrs: SpanView["attrs"], variables: SpanView["prefixed"]["promptVariable"], r: CanonicalLlm, c: ContentBuilder): void {
  const system = attrs[CONTENT_KEYS.systemInstructions];
  if (system !== undefined) {
    c.source(CONTENT_KEYS.systemInstructions, system);
    c.set("systemInstructions", parseInstructions(system));
  }
  const input = attrs[CONTENT_KEYS.inputMessages];
  if (input !== undefined) {
    c.source(CONTENT_KEYS.inputMessages, input);
    const messages = parseMessages(input);
    // OpenLIT and others put a plain prompt (e.g. an embedding input) here instead of a message list.
    if (messages) c.set("inputMessages", messages);
    else c.set("inputText", text(input));
  }
  const output = attrs[CONTENT_KEYS.outputMessages];
  if (output !== undefined) {
    c.source(CONTENT_KEYS.outputMessages, output);
    const messages = parseMessages(output);
    if (messages) c.set("outputMessages", messages);
    else c.set("outputText", text(output));
  }
  const query = attrs[CONTENT_KEYS.retrievalQuery];
  if (query !== undefined) {
    c.source(CONTENT_KEYS.retrievalQuery, query);
    c.set("retrievalQuery", text(query));
  }
  const docs = attrs[CONTENT_KEYS.retrievalDocuments];
  if (docs !== undefined) {
    c.source(CONTENT_KEYS.retrievalDocuments, docs);
    const documents = parseDocuments(docs);
    if (documents) {
      c.set("retrievalDocuments", documents);
      putDocumentStats(r, documents.map((d) => d.score));
    }
  }
  const template = attrs[CONTENT_KEYS.promptTemplate];
  if (template !== undefined) {
    c.source(CONTENT_KEYS.promptTemplate, template);
    c.set("promptTemplate", text(template));
  }
  if (variables.size > 0) {
    const values: Record<string, string> = {};
    for (const [name, value] of variables) {
      c.source(`gen_ai.prompt.variable.${name}`, value);
      if (typeof value === "string") values[name] = value;
    }
    c.set("promptVariables", values);
  }
  const guarded = attrs[CONTENT_KEYS.guardrailContent];
  if (guarded !== undefined) {
    c.source(CONTENT_KEYS.guardrailContent, guarded);
    c.set("guardrailContent", text(guarded));
  }
}
