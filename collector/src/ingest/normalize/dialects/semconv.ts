import * as sc from "@llmscope/semconv";
import { readBooleanIn, readNumberIn, readStringArrayIn, readStringIn } from "../attributes";
import { type CanonicalLlm, put, putDocumentStats } from "../canonical";
import type { ContentBuilder } from "../content-builder";
import { parseDocuments, parseInstructions, parseMessages, text } from "../content-parse";
import { Marker, type SpanView } from "../span-view";
import type { LlmSpanType } from "../../../store/rows";
import type { Dialect } from "./dialect";

/**
 * The keys this dialect reads, from the span contract (@llmscope/semconv, docs/spans.md). Where
 * the contract names a draft upstream spelling that is accepted on ingest, it follows ours in the
 * list: the first present key wins. Deprecated spellings live with their dialect (semconv-legacy.ts).
 */
const KEYS = {
  spanType: [sc.ATTR_SPAN_TYPE],
  operation: [sc.ATTR_OPERATION_NAME],
  provider: [sc.ATTR_PROVIDER_NAME],
  requestModel: [sc.ATTR_REQUEST_MODEL],
  responseModel: [sc.ATTR_RESPONSE_MODEL],
  responseId: [sc.ATTR_RESPONSE_ID],
  finishReasons: [sc.ATTR_RESPONSE_FINISH_REASONS],
  stream: [sc.ATTR_REQUEST_STREAM],
  timeToFirstChunk: [sc.ATTR_RESPONSE_TIME_TO_FIRST_CHUNK],
  inputTokens: [sc.ATTR_USAGE_INPUT_TOKENS],
  outputTokens: [sc.ATTR_USAGE_OUTPUT_TOKENS],
  cacheReadTokens: [sc.ATTR_USAGE_CACHE_READ_INPUT_TOKENS],
  cacheWriteTokens: [sc.ATTR_USAGE_CACHE_WRITE_INPUT_TOKENS],
  reasoningTokens: [sc.ATTR_USAGE_REASONING_OUTPUT_TOKENS],
  errorType: [sc.ATTR_ERROR_TYPE],
  promptName: [sc.ATTR_PROMPT_NAME],
  promptVersion: [sc.ATTR_PROMPT_VERSION],
  promptVariant: [sc.ATTR_PROMPT_VARIANT],
  userId: [sc.ATTR_USER_ID],
  sessionId: [sc.ATTR_SESSION_ID],
  conversationId: [sc.ATTR_CONVERSATION_ID],
  dataSourceId: [sc.ATTR_DATA_SOURCE_ID],
  retrievalTopK: [sc.ATTR_RETRIEVAL_TOP_K],
  documentsCount: [sc.ATTR_RETRIEVAL_DOCUMENTS_COUNT],
  scoreMax: [sc.ATTR_RETRIEVAL_SCORE_MAX],
  scoreMin: [sc.ATTR_RETRIEVAL_SCORE_MIN],
  scoreMean: [sc.ATTR_RETRIEVAL_SCORE_MEAN],
  guardrailName: [sc.ATTR_GUARDRAIL_NAME, "gen_ai.guardrail.name"],
  guardrailStage: [sc.ATTR_GUARDRAIL_STAGE, "gen_ai.guardrail.stage"],
  guardrailDecision: [sc.ATTR_GUARDRAIL_DECISION, "gen_ai.guardrail.decision"],
  guardrailTriggered: [sc.ATTR_GUARDRAIL_TRIGGERED, "gen_ai.guardrail.triggered"],
  guardrailCategories: [sc.ATTR_GUARDRAIL_CATEGORIES, "gen_ai.guardrail.categories"],
  guardrailScore: [sc.ATTR_GUARDRAIL_SCORE, "gen_ai.guardrail.score"],
} as const;

/** Content attributes (opt-in capture). */
const CONTENT_KEYS = {
  systemInstructions: sc.ATTR_SYSTEM_INSTRUCTIONS,
  inputMessages: sc.ATTR_INPUT_MESSAGES,
  outputMessages: sc.ATTR_OUTPUT_MESSAGES,
  retrievalQuery: sc.ATTR_RETRIEVAL_QUERY_TEXT,
  retrievalDocuments: sc.ATTR_RETRIEVAL_DOCUMENTS,
  promptTemplate: sc.ATTR_PROMPT_TEMPLATE,
  guardrailContent: sc.ATTR_GUARDRAIL_CONTENT,
} as const;

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
    put(r, "spanType", sc.isSpanType(declared) ? declared : operationType(operation));
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
  if (operation === sc.OPERATION_RETRIEVAL) return "retrieval";
  if (operation === sc.OPERATION_APPLY_GUARDRAIL) return "guardrail";
  // A tool call has no tokens to price: as an `llm` span it would count as an unpriced model call.
  if (operation === sc.OPERATION_EXECUTE_TOOL) return "tool";
  if (operation !== undefined && sc.MODEL_CALL_OPERATIONS.has(operation)) return "llm";
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
      putDocumentStats(
        r,
        documents.map((d) => d.score),
      );
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
