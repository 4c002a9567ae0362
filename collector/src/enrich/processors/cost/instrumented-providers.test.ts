import { describe, expect, it } from "vitest";
import type { LlmSpanRow } from "../../../store/rows";
import { createCostProcessor } from "./index";
import { record } from "./test-fixtures";

/**
 * The provider names and model ids llmscope's own instrumentations write (gen_ai.provider.name
 * and gen_ai.request/response.model as each SDK sends them) find a price in the bundled table;
 * self-hosted models are left unpriced, never costed at 0. The arithmetic is tested in cost.test.ts.
 */
function price(fields: Partial<LlmSpanRow>) {
  const r = record({ InputTokens: 1000, OutputTokens: 100, ...fields });
  createCostProcessor().process(r, [r]);
  return { row: r.llm!, matched: r.trace.SpanAttributes["llmscope.price.model"] };
}

describe("prices for the instrumented providers", () => {
  it.each([
    ["azure.ai.openai", "gpt-4o-mini", /^azure\//],
    ["gcp.gemini", "gemini-2.0-flash", /^google\/gemini-2\.0-flash/],
    ["gcp.vertex_ai", "gemini-2.0-flash", /^google\/gemini-2\.0-flash/],
    ["aws.bedrock", "anthropic.claude-3-5-haiku-20241022-v1:0", /^aws\//],
    ["aws.bedrock", "amazon.nova-lite-v1:0", /^aws\//],
    ["groq", "llama-3.1-8b-instant", /^groq\//],
    ["together_ai", "meta-llama/Llama-3.3-70B-Instruct-Turbo", /^together\//],
    ["mistral_ai", "mistral-large-latest", /^mistral\//],
    ["mistral_ai", "mistral-small-latest", /^mistral\//],
    ["mistral_ai", "mistral-embed", /^mistral\//],
    ["cohere", "command-a-03-2025", /^cohere\//],
    ["cohere", "command-r-plus", /^cohere\//],
    ["x_ai", "grok-3", /^x-ai\//],
    ["deepseek", "deepseek-chat", /^deepseek\//],
  ])("%s %s is priced", (provider, model, expected) => {
    const { row, matched } = price({ Provider: provider, RequestModel: model, ResponseModel: "" });
    expect(row.CostUnpriced, `${provider}/${model}`).toBe(0);
    expect(Number(row.CostUsd)).toBeGreaterThan(0);
    expect(matched).toMatch(expected);
  });

  it("Gemini's modelVersion as the response model is priced too", () => {
    const { row, matched } = price({ Provider: "gcp.gemini", RequestModel: "gemini-2.0-flash", ResponseModel: "gemini-2.0-flash-001" });
    expect(row.CostUnpriced).toBe(0);
    expect(matched).toMatch(/^google\/gemini-2\.0-flash/);
  });

  it.each([
    ["ollama", "llama3.2"],
    ["vllm", "meta-llama/Llama-3.1-8B-Instruct"],
  ])("self-hosted %s %s is unpriced, not free", (provider, model) => {
    const { row } = price({ Provider: provider, RequestModel: model, ResponseModel: "" });
    expect(row.CostUnpriced).toBe(1);
  });
});
