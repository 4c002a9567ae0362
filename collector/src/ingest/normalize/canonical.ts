import type { LlmSpanType } from "../../store/rows";

/**
 * The canonical LLM record: what every dialect reader maps its attributes to. Every field is
 * optional; readers run in priority order (dialects/index.ts) and only fill fields still unset, so
 * the first dialect that knows a value wins. Token counts follow OTel semconv: `inputTokens`
 * includes cached tokens and `outputTokens` includes reasoning tokens.
 */
export interface CanonicalLlm {
  /** The span's GenAI type as a dialect declares it; null when the dialect says it is not a GenAI call (e.g. a workflow span). */
  spanType?: LlmSpanType | null;
  operation?: string;
  provider?: string;
  requestModel?: string;
  responseModel?: string;
  responseId?: string;
  finishReasons?: string[];
  stream?: boolean;
  timeToFirstChunkSeconds?: number;
  errorType?: string;
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  reasoningTokens?: number;
  totalTokens?: number;
  /** Set by a dialect whose input count leaves cache reads/writes out (Anthropic's raw `input_tokens`): they are added on. */
  inputExcludesCache?: boolean;
  /** Cost in USD reported by the emitter (e.g. OpenLIT's gen_ai.usage.cost); kept instead of pricing the span. */
  reportedCostUsd?: number;
  promptName?: string;
  promptVersion?: string;
  promptVariant?: string;
  userId?: string;
  sessionId?: string;
  conversationId?: string;
  dataSourceId?: string;
  retrievalTopK?: number;
  documentsCount?: number;
  scoreMax?: number;
  scoreMin?: number;
  scoreMean?: number;
  guardrailName?: string;
  guardrailStage?: string;
  guardrailDecision?: string;
  guardrailTriggered?: boolean;
  guardrailCategories?: string[];
  guardrailScore?: number;
  /** Extra string tags (association properties, telemetry metadata); `llmscope.tag.*` is read separately and wins. */
  tags?: Record<string, string>;
}

/**
 * A record with every field present and unset, so every span's record has the same shape: the
 * readers' many `put`s then stay fast property writes instead of growing a dictionary.
 */
export function emptyCanonical(): CanonicalLlm {
  return {
    spanType: undefined,
    operation: undefined,
    provider: undefined,
    requestModel: undefined,
    responseModel: undefined,
    responseId: undefined,
    finishReasons: undefined,
    stream: undefined,
    timeToFirstChunkSeconds: undefined,
    errorType: undefined,
    inputTokens: undefined,
    outputTokens: undefined,
    cacheReadTokens: undefined,
    cacheWriteTokens: undefined,
    reasoningTokens: undefined,
    totalTokens: undefined,
    inputExcludesCache: undefined,
    reportedCostUsd: undefined,
    promptName: undefined,
    promptVersion: undefined,
    promptVariant: undefined,
    userId: undefined,
    sessionId: undefined,
    conversationId: undefined,
    dataSourceId: undefined,
    retrievalTopK: undefined,
    documentsCount: undefined,
    scoreMax: undefined,
    scoreMin: undefined,
    scoreMean: undefined,
    guardrailName: undefined,
    guardrailStage: undefined,
    guardrailDecision: undefined,
    guardrailTriggered: undefined,
    guardrailCategories: undefined,
    guardrailScore: undefined,
    tags: undefined,
  };
}

/** Sets `record[key]` unless a higher-priority dialect already did, or the value is absent. */
export function put<K extends keyof CanonicalLlm>(record: CanonicalLlm, key: K, value: CanonicalLlm[K] | undefined): void {
  if (record[key] === undefined && value !== undefined) record[key] = value;
}

const USER_KEYS = ["user_id", "userId", "user.id"];
const SESSION_KEYS = ["session_id", "sessionId", "session.id"];

/**
 * Free-form metadata (OpenLLMetry association properties, Vercel telemetry metadata): user and
 * session keys become the span's identity, the other scalar values its tags; objects are skipped
 * because tags are a flat string map.
 */
export function putMetadata(record: CanonicalLlm, metadata: ReadonlyMap<string, unknown>): void {
  if (metadata.size === 0) return;
  const tags: Record<string, string> = {};
  for (const [key, value] of metadata) {
    if (value === null || typeof value === "object") continue;
    const v = String(value);
    if (USER_KEYS.includes(key)) put(record, "userId", v);
    else if (SESSION_KEYS.includes(key)) put(record, "sessionId", v);
    else tags[key] = v;
  }
  if (Object.keys(tags).length > 0) put(record, "tags", tags);
}

/** Count, min, max and mean of retrieval scores, for a dialect that lists documents rather than reporting the stats. */
export function putDocumentStats(record: CanonicalLlm, scores: readonly (number | undefined)[]): void {
  put(record, "documentsCount", scores.length);
  const known = scores.filter((s): s is number => s !== undefined);
  if (known.length === 0) return;
  put(record, "scoreMax", Math.max(...known));
  put(record, "scoreMin", Math.min(...known));
  put(record, "scoreMean", known.reduce((a, b) => a + b, 0) / known.length);
}
