import { describe, expect, it } from "vitest";
import type { ValidSpan } from "../../ingest/receiver/model";
import { RecentSpans } from "./recent-spans";

const span = (traceId: string, spanId: string) => ({ traceId, spanId }) as ValidSpan;
const ids = (spans: ValidSpan[]) => spans.map((s) => s.spanId);

describe("RecentSpans", () => {
  it("drops spans another origin delivered, keeps them for the origin that delivered them first", () => {
    const recent = new RecentSpans(100);
    const a = [span("t1", "a"), span("t1", "b")];
    expect(ids(recent.keepFirst(a, "1:0").kept)).toEqual(["a", "b"]);
    expect(recent.keepFirst([span("t1", "b"), span("t1", "c")], "1:1")).toMatchObject({ duplicates: 1 });
    // The first request read back from disk keeps its spans.
    expect(ids(recent.keepFirst(a, "1:0").kept)).toEqual(["a", "b"]);
    // A span twice in one request is kept once.
    expect(recent.keepFirst([span("t2", "x"), span("t2", "x")], "1:2")).toMatchObject({ duplicates: 1 });
  });

  it("forgets the oldest generation once the window is full", () => {
    const recent = new RecentSpans(4);
    for (let i = 0; i < 6; i++) recent.keepFirst([span("t", String(i))], `o${i}`);
    expect(recent.keepFirst([span("t", "0")], "later").duplicates).toBe(0);
    expect(recent.keepFirst([span("t", "5")], "later").duplicates).toBe(1);
  });
});
