/**
 * The models the fake OpenAI server knows: which snapshot an alias resolves to and how it behaves.
 * Latencies are log-normal around the median, loosely matching public measurements of the real API.
 */

export interface ChatModelProfile {
  kind: "chat";
  /** Dated snapshot name reported in `model` of every response. */
  snapshot: string;
  /** Median end-to-end latency of a non-streaming call, in ms, before any scale factor. */
  medianLatencyMs: number;
  /** Shape of the log-normal latency distribution. */
  latencySigma: number;
  /** Median length of a generated answer, in tokens. */
  medianAnswerTokens: number;
  /** Median hidden reasoning tokens per call; 0 for non-reasoning models. */
  medianReasoningTokens: number;
}

export interface EmbeddingModelProfile {
  kind: "embedding";
  snapshot: string;
  medianLatencyMs: number;
  latencySigma: number;
  dimensions: number;
}

export type ModelProfile = ChatModelProfile | EmbeddingModelProfile;

const GPT_4O_MINI: ChatModelProfile = {
  kind: "chat",
  snapshot: "gpt-4o-mini-2024-07-18",
  medianLatencyMs: 350,
  latencySigma: 0.45,
  medianAnswerTokens: 110,
  medianReasoningTokens: 0,
};

const GPT_4O: ChatModelProfile = {
  kind: "chat",
  snapshot: "gpt-4o-2024-08-06",
  medianLatencyMs: 900,
  latencySigma: 0.5,
  medianAnswerTokens: 160,
  medianReasoningTokens: 0,
};

const O4_MINI: ChatModelProfile = {
  kind: "chat",
  snapshot: "o4-mini-2025-04-16",
  medianLatencyMs: 2400,
  latencySigma: 0.6,
  medianAnswerTokens: 140,
  medianReasoningTokens: 320,
};

const EMBEDDING_3_SMALL: EmbeddingModelProfile = {
  kind: "embedding",
  snapshot: "text-embedding-3-small",
  medianLatencyMs: 120,
  latencySigma: 0.35,
  dimensions: 1536,
};

const EMBEDDING_3_LARGE: EmbeddingModelProfile = {
  kind: "embedding",
  snapshot: "text-embedding-3-large",
  medianLatencyMs: 180,
  latencySigma: 0.35,
  dimensions: 3072,
};

const MODELS: ReadonlyMap<string, ModelProfile> = new Map<string, ModelProfile>([
  ["gpt-4o-mini", GPT_4O_MINI],
  [GPT_4O_MINI.snapshot, GPT_4O_MINI],
  ["gpt-4o", GPT_4O],
  [GPT_4O.snapshot, GPT_4O],
  ["o4-mini", O4_MINI],
  [O4_MINI.snapshot, O4_MINI],
  ["text-embedding-3-small", EMBEDDING_3_SMALL],
  ["text-embedding-3-large", EMBEDDING_3_LARGE],
]);

/** The profile for a requested model name (alias or snapshot), or undefined when the fake server does not serve it. */
export function findModel(name: string): ModelProfile | undefined {
  return MODELS.get(name);
}

/** Every model name the fake server accepts. */
export function knownModelNames(): string[] {
  return [...MODELS.keys()];
}
