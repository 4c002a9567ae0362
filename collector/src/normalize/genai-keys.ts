/**
 * Attribute names of the current OTel GenAI semantic conventions and our span contract
 * (docs/spans.md), read by dialects/semconv.ts. Where the contract names a draft upstream
 * spelling that is accepted on ingest, it follows ours in the list: the first present key wins.
 * Deprecated spellings live with their dialect (dialects/semconv-legacy.ts).
 */
export const KEYS = {
  spanType: ["llmscope.span.type"],
  operation: ["gen_ai.operation.name"],
  provider: ["gen_ai.provider.name"],
  requestModel: ["gen_ai.request.model"],
  responseModel: ["gen_ai.response.model"],
  responseId: ["gen_ai.response.id"],
  finishReasons: ["gen_ai.response.finish_reasons"],
  stream: ["gen_ai.request.stream"],
  timeToFirstChunk: ["gen_ai.response.time_to_first_chunk"],
  inputTokens: ["gen_ai.usage.input_tokens"],
  outputTokens: ["gen_ai.usage.output_tokens"],
  cacheReadTokens: ["gen_ai.usage.cache_read.input_tokens"],
  cacheWriteTokens: ["gen_ai.usage.cache_write.input_tokens"],
  reasoningTokens: ["gen_ai.usage.reasoning.output_tokens"],
  errorType: ["error.type"],
  promptName: ["gen_ai.prompt.name"],
  promptVersion: ["gen_ai.prompt.version"],
  promptVariant: ["llmscope.prompt.variant"],
  userId: ["user.id"],
  sessionId: ["session.id"],
  conversationId: ["gen_ai.conversation.id"],
  dataSourceId: ["gen_ai.data_source.id"],
  retrievalTopK: ["gen_ai.retrieval.top_k"],
  documentsCount: ["llmscope.retrieval.documents.count"],
  scoreMax: ["llmscope.retrieval.score.max"],
  scoreMin: ["llmscope.retrieval.score.min"],
  scoreMean: ["llmscope.retrieval.score.mean"],
  guardrailName: ["llmscope.guardrail.name", "gen_ai.guardrail.name"],
  guardrailStage: ["llmscope.guardrail.stage", "gen_ai.guardrail.stage"],
  guardrailDecision: ["llmscope.guardrail.decision", "gen_ai.guardrail.decision"],
  guardrailTriggered: ["llmscope.guardrail.triggered", "gen_ai.guardrail.triggered"],
  guardrailCategories: ["llmscope.guardrail.categories", "gen_ai.guardrail.categories"],
  guardrailScore: ["llmscope.guardrail.score", "gen_ai.guardrail.score"],
} as const;

/** Content attributes (opt-in capture). */
export const CONTENT_KEYS = {
  systemInstructions: "gen_ai.system_instructions",
  inputMessages: "gen_ai.input.messages",
  outputMessages: "gen_ai.output.messages",
  retrievalQuery: "gen_ai.retrieval.query.text",
  retrievalDocuments: "gen_ai.retrieval.documents",
  promptTemplate: "llmscope.prompt.template",
  guardrailContent: "llmscope.guardrail.content",
} as const;

/** Custom tags set with withContext({ tags }) travel as `llmscope.tag.<key>`. */
export const TAG_PREFIX = "llmscope.tag.";

/** Operation names that mean "a call to a model" (semconv gen_ai.operation.name values). */
export const LLM_OPERATIONS = new Set([
  "chat",
  "text_completion",
  "generate_content",
  "embeddings",
  "create_agent",
  "invoke_agent",
  "execute_tool",
]);
