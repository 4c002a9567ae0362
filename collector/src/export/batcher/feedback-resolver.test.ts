import { describe, expect, it } from "vitest";
import { deleteResolvedSql, resolvedCopyToken } from "./feedback-resolver";

describe("deleteResolvedSql", () => {
  it("deletes from the table itself on a single node", () => {
    const sql = deleteResolvedSql(undefined);
    expect(sql).toMatch(/^DELETE FROM llm_scores$/m);
    expect(sql).not.toContain("_local");
  });

  it("deletes from every shard's local table on a cluster, reading the resolved copies there too", () => {
    const sql = deleteResolvedSql("events");
    expect(sql).toMatch(/^DELETE FROM llm_scores_local ON CLUSTER `events`$/m);
    expect(sql).toMatch(/^\s+FROM llm_scores_local$/m);
    expect(sql).not.toMatch(/llm_scores(?!_local)\b(?!\.sql)/);
  });
});

describe("resolvedCopyToken", () => {
  const feedback = { TraceId: "a".repeat(32), SpanId: "b".repeat(16), Name: "user_feedback", TimestampNs: "1764780000123456789" };

  it("is the same for the same feedback, whatever call it resolves to", () => {
    expect(resolvedCopyToken({ ...feedback })).toBe(resolvedCopyToken(feedback));
    expect(resolvedCopyToken({ ...feedback, ServiceName: "other", PromptVersion: "9" } as typeof feedback)).toBe(resolvedCopyToken(feedback));
  });

  it("differs when any part of the feedback's identity differs, including where one field ends", () => {
    const tokens = new Set([
      resolvedCopyToken(feedback),
      resolvedCopyToken({ ...feedback, SpanId: "" }),
      resolvedCopyToken({ ...feedback, Name: "user_rating" }),
      resolvedCopyToken({ ...feedback, TimestampNs: "1764780000123456790" }),
      resolvedCopyToken({ ...feedback, TraceId: feedback.TraceId + "b", SpanId: "b".repeat(15) }),
    ]);
    expect(tokens.size).toBe(5);
  });
});
