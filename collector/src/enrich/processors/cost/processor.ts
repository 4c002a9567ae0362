import type { LlmSpanRow, OtelTraceRow } from "../../../store/rows";
import type { MetricsRegistry } from "../../../telemetry/metrics";
import type { Processor, ProcessorWrites, SpanRecord } from "../record";
import { BundledPrices } from "./bundled";
import { formatUsd } from "./decimal";
import { PriceOverrides } from "./overrides";
import { computeCost, missingPrice, type PriceMatch, type Usage } from "./prices";
import { priceRerank, RERANK_PRICE_SOURCE, type RerankPricing } from "./rerank-prices";
import { OPERATION_RERANK } from "@llmscope/semconv";

export interface CostProcessorOptions {
  /** Path of a prices.yaml overrides file (see collector/prices.example.yaml); read once, at creation. */
  overridesFile?: string;
  /** Registers llmscope_cost_unpriced_spans_total{model}. */
  metrics?: MetricsRegistry;
}

/** PriceSource of a row whose cost the provider reported (set by the normalizer); kept as is. */
export const REPORTED_SOURCE = "reported";

/**
 * Why a call is unpriced, in `llmscope.cost.unpriced_reason` (and, for tokens_unknown, the
 * TokensUnknown column the queries count): its usage was not reported, its model has no price, or
 * its price lacks a bucket the call used.
 */
export type UnpricedReason = "tokens_unknown" | "no_price" | "partial_price";

const UNPRICED_METRIC = "llmscope_cost_unpriced_spans_total";

export const COST_ATTRIBUTES = {
  usd: "llmscope.cost.usd",
  input: "llmscope.cost.input",
  output: "llmscope.cost.output",
  cacheRead: "llmscope.cost.cache_read",
  cacheWrite: "llmscope.cost.cache_write",
  reasoning: "llmscope.cost.reasoning",
  unpriced: "llmscope.cost.unpriced",
  unpricedReason: "llmscope.cost.unpriced_reason",
  source: "llmscope.price.source",
  model: "llmscope.price.model",
} as const;

const COST_WRITES: ProcessorWrites = { spanAttributes: Object.values(COST_ATTRIBUTES), llmColumns: ["CostUsd", "CostUnpriced", "PriceSource"] };

/**
 * Prices every LLM-call span (SpanType "llm") and every rerank (rerank-prices.ts, by search unit): overrides file first, then genai-prices' bundled data,
 * matched on the response model, then the request model, at the span's start time. Sets CostUsd
 * (USD, 9 decimals, exact), CostUnpriced and PriceSource on the llm_spans row and the
 * `llmscope.cost.*` / `llmscope.price.*` attributes on the otel_traces row. A span with no price is
 * marked CostUnpriced = 1 and counted, never costed at 0. A provider-reported cost is kept.
 * Throws PriceOverridesError at creation when the overrides file is invalid.
 */
export function createCostProcessor(options: CostProcessorOptions = {}): Processor {
  const overrides = options.overridesFile ? PriceOverrides.load(options.overridesFile) : undefined;
  const bundled = new BundledPrices();
  const unpriced = options.metrics?.counter(
    UNPRICED_METRIC,
    "LLM spans stored as unpriced, by reason: tokens_unknown (no usage reported), no_price (model not in the overrides file or the bundled price data), partial_price",
  );
  // No model label: /metrics is open without the token and must not show span data. The per-model
  // breakdown is the `unpriced_calls` column of the spend_by_model query.
  const countUnpriced = (reason: UnpricedReason) => unpriced?.inc(1, { reason });

  return {
    name: "cost",
    writes: COST_WRITES,
    process(record: SpanRecord): void {
      const row = record.llm;
      if (!row) return;
      const attrs = record.trace.SpanAttributes;
      if (row.SpanType === "retrieval" && row.Operation === OPERATION_RERANK) return writeRerank(row, attrs, priceRerank(row, attrs));
      if (row.SpanType !== "llm") return;
      if (row.PriceSource === REPORTED_SOURCE && row.CostUnpriced === 0 && row.CostUsd !== undefined) {
        writeReported(attrs, row.CostUsd);
        return;
      }
      const models = [row.ResponseModel, row.RequestModel].filter((m) => m.trim() !== "");
      const at = spanTime(row.Timestamp);
      const match = overrides?.lookup(row.Provider, models, at) ?? bundled.lookup(row.Provider, models, at);
      const usage = usageOf(row);
      const reason: UnpricedReason | undefined =
        row.TokensUnknown === 1 ? "tokens_unknown" : !match ? "no_price" : missingPrice(match.prices, usage) ? "partial_price" : undefined;
      if (reason !== undefined || !match) {
        markUnpriced(row, attrs, match, reason ?? "no_price");
        countUnpriced(reason ?? "no_price");
        return;
      }
      const cost = computeCost(match.prices, usage);
      row.CostUsd = formatUsd(cost.total);
      row.CostUnpriced = 0;
      row.PriceSource = match.source;
      attrs[COST_ATTRIBUTES.usd] = row.CostUsd;
      attrs[COST_ATTRIBUTES.input] = formatUsd(cost.input);
      attrs[COST_ATTRIBUTES.cacheRead] = formatUsd(cost.cacheRead);
      attrs[COST_ATTRIBUTES.cacheWrite] = formatUsd(cost.cacheWrite);
      attrs[COST_ATTRIBUTES.output] = formatUsd(cost.output);
      attrs[COST_ATTRIBUTES.reasoning] = formatUsd(cost.reasoning);
      attrs[COST_ATTRIBUTES.unpriced] = "false";
      attrs[COST_ATTRIBUTES.source] = match.source;
      attrs[COST_ATTRIBUTES.model] = match.model;
    },
  };
}

function usageOf(row: LlmSpanRow): Usage {
  return {
    inputTokens: row.InputTokens,
    outputTokens: row.OutputTokens,
    cacheReadTokens: row.CacheReadTokens,
    cacheWriteTokens: row.CacheWriteTokens,
    reasoningTokens: row.ReasoningTokens,
  };
}

/** A rerank's cost, or its reason for none; reranks are not counted in the unpriced-calls metric, which counts LLM calls. */
function writeRerank(row: LlmSpanRow, attrs: OtelTraceRow["SpanAttributes"], pricing: RerankPricing): void {
  if ("unpricedReason" in pricing) return markUnpriced(row, attrs, undefined, pricing.unpricedReason);
  row.CostUsd = pricing.costUsd;
  row.CostUnpriced = 0;
  row.PriceSource = RERANK_PRICE_SOURCE;
  attrs[COST_ATTRIBUTES.usd] = row.CostUsd;
  attrs[COST_ATTRIBUTES.unpriced] = "false";
  attrs[COST_ATTRIBUTES.source] = RERANK_PRICE_SOURCE;
  attrs[COST_ATTRIBUTES.model] = pricing.model;
}

function writeReported(attrs: OtelTraceRow["SpanAttributes"], costUsd: string): void {
  attrs[COST_ATTRIBUTES.usd] = costUsd;
  attrs[COST_ATTRIBUTES.unpriced] = "false";
  attrs[COST_ATTRIBUTES.source] = REPORTED_SOURCE;
}

/** Unpriced: CostUsd 0 only together with CostUnpriced = 1; PriceSource names the table that had a price for the model, if any. */
function markUnpriced(row: LlmSpanRow, attrs: OtelTraceRow["SpanAttributes"], partial: PriceMatch | undefined, reason: UnpricedReason): void {
  row.CostUsd = "0.000000000";
  row.CostUnpriced = 1;
  row.PriceSource = partial?.source ?? "";
  attrs[COST_ATTRIBUTES.unpriced] = "true";
  attrs[COST_ATTRIBUTES.unpricedReason] = reason;
  if (partial) {
    attrs[COST_ATTRIBUTES.source] = partial.source;
    attrs[COST_ATTRIBUTES.model] = partial.model;
  }
}

/** The span's start time from its DateTime64 "seconds.nanoseconds" text (millisecond precision is plenty for price periods). */
function spanTime(timestamp: string): Date {
  const dot = timestamp.indexOf(".");
  if (dot < 0) return new Date(Number(timestamp) * 1000);
  const next = timestamp.indexOf(".", dot + 1);
  const fraction = timestamp.slice(dot + 1, next < 0 ? undefined : next);
  return new Date(Number(timestamp.slice(0, dot)) * 1000 + Number(fraction.padEnd(3, "0").slice(0, 3)));
}
