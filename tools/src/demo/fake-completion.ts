/**
 * What the fake OpenAI server answers: token counts, prompt-cache hits and a generated reply,
 * all derived from the request and a seeded random source.
 */
import type { ChatModelProfile } from "./fake-openai-models";
import type { Random } from "./random";

/** One chat message as the REST API receives it; content may be a string or a list of parts. */
export interface WireMessage {
  role: string;
  content?: unknown;
}

export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  completion_tokens_details: {
    reasoning_tokens: number;
    audio_tokens: number;
    accepted_prediction_tokens: number;
    rejected_prediction_tokens: number;
  };
}

export interface GeneratedCompletion {
  content: string;
  finishReason: "stop" | "length";
  usage: ChatUsage;
}

const TOKENS_PER_MESSAGE = 3;
const REPLY_PRIMING_TOKENS = 3;
/** OpenAI only caches prompts of at least 1024 tokens, in 128-token increments. */
const MIN_CACHEABLE_TOKENS = 1024;
const CACHE_INCREMENT = 128;
const MAX_CACHED_PREFIXES = 50_000;

/** Roughly one token per four characters, as OpenAI's own rule of thumb. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The text of a message's content, whether a plain string or `[{type: "text", text}]` parts. */
export function messageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part: unknown) => (isRecord(part) && typeof part["text"] === "string" ? part["text"] : "")).join("");
}

function messageTokens(message: WireMessage): number {
  return TOKENS_PER_MESSAGE + estimateTokens(messageText(message.content));
}

/** Prompt tokens of a chat request: per message 3 + ceil(chars / 4), plus 3 to prime the reply. */
export function countPromptTokens(messages: readonly WireMessage[]): number {
  return messages.reduce((sum, m) => sum + messageTokens(m), REPLY_PRIMING_TOKENS);
}

/**
 * Simulates OpenAI's automatic prompt caching: a request whose leading messages were already seen
 * reads the longest such prefix from cache (only past 1024 tokens, rounded down to 128).
 */
export class PromptCache {
  private readonly prefixes = new Set<string>();

  /** Records the request's prefixes and returns how many of its prompt tokens were cache reads. */
  lookupAndStore(model: string, messages: readonly WireMessage[]): number {
    let key = model;
    let tokens = REPLY_PRIMING_TOKENS;
    let cachedPrefixTokens = 0;
    const keys: string[] = [];
    for (const message of messages) {
      key += `\u0000${message.role}\u0000${messageText(message.content)}`;
      tokens += messageTokens(message);
      keys.push(key);
      if (this.prefixes.has(key)) cachedPrefixTokens = tokens;
    }
    if (this.prefixes.size + keys.length > MAX_CACHED_PREFIXES) this.prefixes.clear();
    for (const k of keys) this.prefixes.add(k);
    if (cachedPrefixTokens < MIN_CACHEABLE_TOKENS) return 0;
    return Math.floor(cachedPrefixTokens / CACHE_INCREMENT) * CACHE_INCREMENT;
  }
}

const OPENERS = ["Thanks for reaching out.", "Happy to help with that.", "Good question.", "Here is what I found in our help center."];

const BODY_TEMPLATES = [
  "Based on the article about {k}, the short answer is that it depends on your plan.",
  "You can manage {k} from the Settings page under Account.",
  "Most customers resolve issues with {k} by signing out and back in.",
  "If {k} still looks wrong after a few minutes, refresh the dashboard and try again.",
  "Changes to {k} take effect at the start of the next billing cycle.",
  "Our documentation covers {k} in more detail, including the limits that apply.",
  "Admins on your workspace can update {k} for everyone at once.",
  "For {k}, we recommend enabling notifications so you are told when something changes.",
  "Note that {k} is only available on the Pro and Enterprise plans.",
  "Exports that include {k} are emailed as a CSV file within an hour.",
];

const CLOSERS = ["Let me know if there is anything else I can help with.", "I hope this helps!", "Feel free to reply if you need more detail."];

/** An answer that leaks a contact address now and then, so output guardrails have something to catch. */
const CONTACT_LINE = "If that does not work, email billing-escalations@acme.example with your invoice number.";

const STOP_WORDS = new Set([
  "about",
  "after",
  "again",
  "could",
  "does",
  "doesn't",
  "from",
  "have",
  "how",
  "into",
  "just",
  "please",
  "should",
  "that",
  "their",
  "there",
  "this",
  "what",
  "when",
  "where",
  "which",
  "while",
  "with",
  "would",
  "your",
]);

function keywords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w.length > 3 && !STOP_WORDS.has(w));
  return words.length > 0 ? [...new Set(words)] : ["your account"];
}

function composeAnswer(question: string, targetTokens: number, rng: Random): string {
  const topics = keywords(question);
  const sentences = [rng.pick(OPENERS)];
  let text = sentences[0] ?? "";
  while (estimateTokens(text) < targetTokens) {
    const sentence = rng.pick(BODY_TEMPLATES).replace("{k}", rng.pick(topics));
    text += ` ${sentence}`;
  }
  if (rng.chance(0.05)) text += ` ${CONTACT_LINE}`;
  return `${text} ${rng.pick(CLOSERS)}`;
}

/**
 * Generates the reply to a chat request. `maxTokens` caps completion tokens (visible plus reasoning);
 * hitting it truncates the answer and reports `finish_reason: "length"`.
 */
export function generateCompletion(
  profile: ChatModelProfile,
  messages: readonly WireMessage[],
  cachedTokens: number,
  maxTokens: number | undefined,
  rng: Random,
): GeneratedCompletion {
  const lastUser = [...messages].reverse().find((m) => m.role === "user");
  const targetTokens = Math.max(8, Math.round(rng.logNormal(profile.medianAnswerTokens, 0.4)));
  let reasoningTokens = profile.medianReasoningTokens > 0 ? Math.max(16, Math.round(rng.logNormal(profile.medianReasoningTokens, 0.7))) : 0;
  let content = composeAnswer(messageText(lastUser?.content), targetTokens, rng);
  let finishReason: GeneratedCompletion["finishReason"] = "stop";

  if (maxTokens !== undefined && reasoningTokens + estimateTokens(content) > maxTokens) {
    finishReason = "length";
    reasoningTokens = Math.min(reasoningTokens, maxTokens);
    content = content.slice(0, (maxTokens - reasoningTokens) * 4);
  }

  const promptTokens = countPromptTokens(messages);
  const completionTokens = estimateTokens(content) + reasoningTokens;
  return {
    content,
    finishReason,
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: Math.min(cachedTokens, promptTokens), audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: reasoningTokens,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
  };
}

/** Splits an answer into stream deltas of about one token each (a word with its leading space). */
export function streamPieces(content: string): string[] {
  return content.match(/\s*\S+|\s+$/g) ?? [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
