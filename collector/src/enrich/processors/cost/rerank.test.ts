import { describe, expect, it } from "vitest";
import { createCostProcessor } from "./index";
import { RERANK_PRICES } from "./rerank-prices";
import { record } from "./test-fixtures";

/** Rerank spans priced per search unit from RERANK_PRICES; the expected costs are worked out here by hand. */
function priced(model: string, units: string | undefined, provider = "cohere") {
  const r = record(
    { SpanType: "retrieval", Operation: "rerank", SpanName: `rerank ${model}`, Provider: provider, RequestModel: model },
    null,
    units === undefined ? {} : { "llmscope.rerank.search_units": units },
  );
  createCostProcessor().process(r, [r]);
  return { row: r.llm!, attrs: r.trace.SpanAttributes };
}

describe("rerank pricing", () => {
  it("the table is in USD per 1,000 search units: Cohere Rerank 3.5 and 3 at $2.00", () => {
    expect(RERANK_PRICES.find((p) => p.provider === "cohere")).toEqual({
      provider: "cohere",
      models: ["rerank-v3.5", "rerank-english-v3.0", "rerank-multilingual-v3.0"],
      usdPerThousandSearchUnits: "2.00",
    });
  });

  it.each([
    ["rerank-v3.5", "1", "0.002000000"],
    ["rerank-v3.5", "3", "0.006000000"],
    ["Rerank-Multilingual-v3.0", "1000", "2.000000000"],
    ["rerank-english-v3.0", "0", "0.000000000"],
  ])("%s, %s units: $%s, exactly", (model, units, usd) => {
    const { row, attrs } = priced(model, units);
    expect([row.CostUsd, row.CostUnpriced, row.PriceSource]).toEqual([usd, 0, "llmscope-rerank-prices"]);
    expect(attrs).toMatchObject({ "llmscope.cost.usd": usd, "llmscope.cost.unpriced": "false", "llmscope.price.model": `cohere/${model.toLowerCase()}` });
  });

  it("unpriced, never free: a model without a price, another provider's model of the same name, or no billed units", () => {
    for (const [model, units, provider, reason] of [
      ["rerank-custom", "1", "cohere", "no_price"],
      ["rerank-v3.5", "1", "aws.bedrock", "no_price"],
      ["rerank-v3.5", undefined, "cohere", "tokens_unknown"],
      ["rerank-v3.5", "1.5", "cohere", "tokens_unknown"],
    ] as const) {
      const { row, attrs } = priced(model, units, provider);
      expect([row.CostUsd, row.CostUnpriced], `${provider}/${model} ${units}`).toEqual(["0.000000000", 1]);
      expect(attrs["llmscope.cost.unpriced_reason"]).toBe(reason);
      expect(attrs["llmscope.cost.usd"]).toBeUndefined();
    }
  });

  it("a retrieval that is not a rerank is left alone", () => {
    const r = record({ SpanType: "retrieval", Operation: "retrieval", Provider: "", RequestModel: "" }, null, { "llmscope.rerank.search_units": "1" });
    const llmBefore = { ...r.llm! };
    createCostProcessor().process(r, [r]);
    expect(r.llm).toEqual(llmBefore);
    expect(r.trace.SpanAttributes["llmscope.cost.unpriced"]).toBeUndefined();
  });
});
