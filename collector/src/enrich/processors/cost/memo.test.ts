import { describe, expect, it } from "vitest";
import type { LlmSpanRow } from "../../../store/rows";
import { createCostProcessor } from "./index";
import { record, ts } from "./test-fixtures";

/**
 * One processor memoises what each (provider, models) pair resolves to. Pricing a long, mixed
 * sequence of spans with one processor must give exactly the rows and attributes that a fresh
 * processor gives for each span alone, including models whose price depends on the date or the
 * time of day, unknown models, unknown providers and the same pair at different times.
 */
const SPANS: Partial<LlmSpanRow>[] = [
  { RequestModel: "o3", Timestamp: ts("2025-06-01T00:00:00Z"), InputTokens: 1_000, OutputTokens: 1_000 },
  { RequestModel: "o3", Timestamp: ts("2025-06-11T00:00:00Z"), InputTokens: 1_000, OutputTokens: 1_000 },
  { Provider: "deepseek", RequestModel: "deepseek-chat", Timestamp: ts("2025-03-01T12:00:00Z"), InputTokens: 1_000_000, OutputTokens: 1_000_000 },
  { Provider: "deepseek", RequestModel: "deepseek-chat", Timestamp: ts("2025-03-01T20:00:00Z"), InputTokens: 1_000_000, OutputTokens: 1_000_000 },
  { RequestModel: "gpt-4o-mini", InputTokens: 1_200, OutputTokens: 180 },
  { RequestModel: "gpt-4o-mini", ResponseModel: "gpt-4o-mini-2024-07-18", InputTokens: 1_200, OutputTokens: 180, CacheReadTokens: 1_024 },
  { RequestModel: "no-such-model-anywhere", InputTokens: 10, OutputTokens: 10 },
  { Provider: "my-self-hosted", RequestModel: "gpt-4o-mini", InputTokens: 10, OutputTokens: 10 },
  { Provider: "my-self-hosted", RequestModel: "openai/gpt-4o-mini", InputTokens: 10, OutputTokens: 10 },
  { Provider: "", RequestModel: "claude-3-5-sonnet-20241022", InputTokens: 500, OutputTokens: 50 },
  { Provider: " Azure_OpenAI ", RequestModel: "gpt-4o", InputTokens: 500, OutputTokens: 50 },
];

function priced(fields: Partial<LlmSpanRow>, processor = createCostProcessor()) {
  const r = record(fields);
  processor.process(r, [r]);
  return { row: r.llm, attributes: r.trace.SpanAttributes };
}

describe("memoised price lookups", () => {
  it("price every span of a long mixed sequence exactly as a fresh processor does", () => {
    const expected = SPANS.map((fields) => priced(fields));
    expect(expected.filter((e) => e.row!.CostUnpriced === 0).length).toBeGreaterThan(5);
    expect(expected.filter((e) => e.row!.CostUnpriced === 1).length).toBeGreaterThan(0);
    const shared = createCostProcessor();
    for (let round = 0; round < 3; round++) {
      for (const [i, fields] of SPANS.entries()) expect(priced(fields, shared), `round ${round}, span ${i}`).toStrictEqual(expected[i]);
    }
    // Reversed, so each time-dependent pair is met again from the other side of its price change.
    for (const [i, fields] of [...SPANS.entries()].reverse()) expect(priced(fields, shared), `reversed, span ${i}`).toStrictEqual(expected[i]);
  });
});
