/**
 * The price of one model at one moment, per usage bucket, in atto-dollars per token (see decimal.ts).
 * Tiered prices (e.g. Gemini's higher rate above 200k prompt tokens) pick their tier from the total
 * input tokens of the call, as genai-prices does.
 */
export type BucketPrice = { kind: "flat"; atto: bigint } | { kind: "tiered"; base: bigint; tiers: { start: number; atto: bigint }[] };

export interface ModelPrices {
  input?: BucketPrice;
  output?: BucketPrice;
  cacheRead?: BucketPrice;
  cacheWrite?: BucketPrice;
  /** Present only when reasoning tokens are priced apart from output tokens. */
  reasoning?: BucketPrice;
}

/** A price found for a span: the prices, where they came from, and the matched model for display. */
export interface PriceMatch {
  prices: ModelPrices;
  /** PriceSource column value, e.g. "genai-prices@0.1.8" or "overrides:prices.yaml". */
  source: string;
  /** Matched model, "<provider>/<model id>" or the override entry's model name. */
  model: string;
}

/** The usage of one span as llm_spans counts it (input includes cache read and cache write tokens). */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
}

/** Atto-dollar cost per exclusive bucket; `output` includes reasoning, `reasoning` is the reasoning share of it. */
export interface CostBreakdown {
  total: bigint;
  input: bigint;
  cacheRead: bigint;
  cacheWrite: bigint;
  output: bigint;
  reasoning: bigint;
}

export function flatPrice(atto: bigint): BucketPrice {
  return { kind: "flat", atto };
}

function perToken(price: BucketPrice, totalInputTokens: number): bigint {
  if (price.kind === "flat") return price.atto;
  let atto = price.base;
  for (const tier of price.tiers) if (totalInputTokens > tier.start) atto = tier.atto;
  return atto;
}

/**
 * Why a span cannot be priced with these prices (a bucket with tokens but no price), or undefined.
 * Missing cache prices fall back to the input price and a missing reasoning price to the output
 * price, so only input and output can be missing.
 */
export function missingPrice(prices: ModelPrices, usage: Usage): string | undefined {
  const buckets = exclusiveBuckets(usage);
  if (!prices.input && buckets.uncachedInput + buckets.cacheRead + buckets.cacheWrite > 0) return "no input price";
  if (!prices.output && buckets.visibleOutput + buckets.reasoning > 0) return "no output price";
  return undefined;
}

/**
 * Splits usage into exclusive buckets. input_tokens includes cached tokens (OTel semconv); when the
 * cache counts exceed it, the instrumentation evidently reported input without cache (Anthropic's
 * raw `input_tokens`), and input is then taken as the uncached part as reported.
 */
export function exclusiveBuckets(usage: Usage) {
  const cached = usage.cacheReadTokens + usage.cacheWriteTokens;
  const uncachedInput = cached > usage.inputTokens ? usage.inputTokens : usage.inputTokens - cached;
  const reasoning = Math.min(usage.reasoningTokens, usage.outputTokens);
  return {
    uncachedInput,
    cacheRead: usage.cacheReadTokens,
    cacheWrite: usage.cacheWriteTokens,
    totalInput: uncachedInput + cached,
    visibleOutput: usage.outputTokens - reasoning,
    reasoning,
  };
}

/** Exact cost of `usage` at `prices`; call missingPrice first. */
export function computeCost(prices: ModelPrices, usage: Usage): CostBreakdown {
  const b = exclusiveBuckets(usage);
  const at = (price: BucketPrice | undefined, tokens: number): bigint => (price && tokens > 0 ? BigInt(tokens) * perToken(price, b.totalInput) : 0n);
  const input = at(prices.input, b.uncachedInput);
  const cacheRead = at(prices.cacheRead ?? prices.input, b.cacheRead);
  const cacheWrite = at(prices.cacheWrite ?? prices.input, b.cacheWrite);
  const reasoning = at(prices.reasoning ?? prices.output, b.reasoning);
  const output = at(prices.output, b.visibleOutput) + reasoning;
  return { total: input + cacheRead + cacheWrite + output, input, cacheRead, cacheWrite, output, reasoning };
}
