import { z } from "zod";

const positiveInt = () => z.coerce.number().int().positive();

/**
 * LLM-as-judge settings. The judge is off unless this section is present (the collector's config
 * reads it from `judge.*` keys / LLMSCOPE_JUDGE_* variables). Content sent to the judge is the stored,
 * already-redacted content; the endpoint still receives it, so point it at a provider you may send
 * your users' conversations to.
 */
export const JudgeConfigSchema = z
  .object({
    /** Base URL of an OpenAI-compatible API; requests go to `<url>/chat/completions` (e.g. https://api.openai.com/v1). */
    url: z.url({ protocol: /^https?$/ }),
    apiKey: z.string().min(1).optional(),
    model: z.string().min(1),
    /** Share of eligible LLM spans judged, 0–1 (by a hash of the span id, so a span's fate is reproducible). */
    sampleRate: z.coerce.number().min(0).max(1).default(0.05),
    /** Per request, including reading the answer. */
    timeoutMs: positiveInt().default(30_000),
    /** Spans waiting for the judge; more are dropped and counted. */
    queueCapacity: positiveInt().default(1000),
    /** Requests in flight at once. */
    concurrency: positiveInt().default(2),
    /** Cap on each text (question, answer, each document) sent to the judge, in characters. */
    maxContentChars: positiveInt().default(8000),
  })
  .strict();

export type JudgeConfig = z.infer<typeof JudgeConfigSchema>;
