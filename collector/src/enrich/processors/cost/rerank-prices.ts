import { ATTR_RERANK_SEARCH_UNITS } from "@llmscope/semconv";
import type { LlmSpanRow, OtelTraceRow } from "../../../store/rows";
import { formatUsd, parseScaled, ATTO_DIGITS } from "./decimal";

/**
 * Rerank prices. A rerank is billed per search unit, not per token (Cohere: one query over up to
 * 100 documents, each document cut to the model's context, is one unit; the API reports the units
 * it billed, which the instrumentation records as `llmscope.rerank.search_units`). genai-prices
 * lists token prices only, so these live here, in USD per 1,000 search units as the providers
 * publish them. Models are matched case-insensitively on the span's response model, then its
 * request model, under the span's provider.
 */
export interface RerankPrice {
  provider: string;
  models: readonly string[];
  /** USD per 1,000 search units, as a decimal text (kept exact). */
  usdPerThousandSearchUnits: string;
}

export const RERANK_PRICES: readonly RerankPrice[] = [
  // cohere.com/pricing: Rerank 3.5 and the Rerank 3 models, $2.00 per 1K searches.
  { provider: "cohere", models: ["rerank-v3.5", "rerank-english-v3.0", "rerank-multilingual-v3.0"], usdPerThousandSearchUnits: "2.00" },
];

/** PriceSource of a rerank priced from RERANK_PRICES. */
export const RERANK_PRICE_SOURCE = "llmscope-rerank-prices";

/** Atto-dollars per search unit: USD per 1,000 units scaled by 10^(18 − 3). */
const ATTO_PER_UNIT = new Map<string, bigint>(
  RERANK_PRICES.flatMap((p) =>
    p.models.map(
      (m) => [`${p.provider}/${m.toLowerCase()}`, parseScaled(p.usdPerThousandSearchUnits, ATTO_DIGITS - 3, `rerank price of ${p.provider}/${m}`)] as const,
    ),
  ),
);

/** What a rerank costs: USD (9 decimals) and the price-table model, or why it has no price. */
export type RerankPricing = { costUsd: string; model: string } | { unpricedReason: "no_price" | "tokens_unknown" };

/**
 * Prices a rerank span (llm_spans SpanType "retrieval", Operation "rerank") from its billed search
 * units. Without a price for the model or without the units it is unpriced (`no_price` /
 * `tokens_unknown`: what was billed is unknown), never costed at 0. A rerank stays a retrieval: the
 * spend queries, which sum LLM calls, do not include it.
 */
export function priceRerank(row: LlmSpanRow, attrs: OtelTraceRow["SpanAttributes"]): RerankPricing {
  const model = [row.ResponseModel, row.RequestModel].map((m) => `${row.Provider}/${m.trim().toLowerCase()}`).find((key) => ATTO_PER_UNIT.has(key));
  if (model === undefined) return { unpricedReason: "no_price" };
  const unitsText = attrs[ATTR_RERANK_SEARCH_UNITS];
  if (unitsText === undefined || !/^\d+$/.test(unitsText)) return { unpricedReason: "tokens_unknown" };
  return { costUsd: formatUsd(BigInt(unitsText) * ATTO_PER_UNIT.get(model)!), model };
}
