import { describe, expect, it } from "vitest";
import { deleteResolvedSql } from "./feedback-resolver";

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
