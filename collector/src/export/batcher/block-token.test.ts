import { describe, expect, it } from "vitest";
import { blockToken } from "./store-writer";

describe("blockToken", () => {
  const score = (span: string, name: string) => ({ TraceId: "t", SpanId: span, Name: name, ScoreValue: 1 });
  const rows = [score("a", "x"), score("a", "y"), score("a", "z"), score("a", "w")];

  it("is the same for the same rows written again", () => {
    expect(
      blockToken(
        "b-llm_scores",
        rows.map((r) => ({ ...r })),
      ),
    ).toBe(blockToken("b-llm_scores", rows));
  });

  it("differs for each part of a split batch, even parts of one span of equal size", () => {
    const tokens = new Set([blockToken("b", rows), blockToken("b", rows.slice(0, 2)), blockToken("b", rows.slice(2)), blockToken("b", rows.slice(1, 3))]);
    expect(tokens.size).toBe(4);
  });
});
