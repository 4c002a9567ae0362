import { describe, expect, it } from "vitest";
import { DEFAULT_FEEDBACK_NAME, parseFeedback } from "./feedback";

const TRACE = "AB".repeat(16);
const SPAN = "Cd".repeat(8);

describe("parseFeedback", () => {
  it("accepts the full body: ids lower-cased, thumbs as 1/0 with their label", () => {
    expect(parseFeedback({ trace_id: TRACE, span_id: SPAN, name: "helpfulness", value: "thumbs_down", comment: "meh", user_id: "u1" })).toEqual({
      ok: true,
      feedback: {
        trace_id: "ab".repeat(16),
        span_id: "cd".repeat(8),
        name: "helpfulness",
        value: { score: 0, label: "thumbs_down" },
        comment: "meh",
        user_id: "u1",
      },
    });
  });

  it("defaults the name and keeps a numeric value unlabeled", () => {
    expect(parseFeedback({ trace_id: TRACE, value: 4.5 })).toEqual({
      ok: true,
      feedback: { trace_id: "ab".repeat(16), name: DEFAULT_FEEDBACK_NAME, value: { score: 4.5, label: "" } },
    });
    expect(parseFeedback({ trace_id: TRACE, value: true })).toMatchObject({ ok: true, feedback: { value: { score: 1, label: "thumbs_up" } } });
  });

  it("names the first bad field in wire order", () => {
    const error = (body: unknown) => {
      const parsed = parseFeedback(body);
      return parsed.ok ? "accepted" : parsed.error;
    };
    expect(error({ trace_id: "xyz", name: 5, value: "meh" })).toBe("trace_id: expected a trace id: 32 hex characters");
    expect(error({ trace_id: TRACE, name: 5, value: "meh" })).toBe("name: expected a feedback name such as user_feedback");
    expect(error({ trace_id: TRACE, span_id: "0".repeat(16), value: 1 })).toBe("span_id: the all-zero span id is invalid");
    expect(error({ trace_id: TRACE, value: Number.NaN })).toBe('value: expected a finite number, true/false, or "thumbs_up"/"thumbs_down"');
    expect(error({ trace_id: TRACE, value: 1, comment: "x".repeat(4001) })).toBe("comment: at most 4000 characters");
    expect(error({ trace_id: TRACE, value: 1, user_id: "x".repeat(257) })).toBe("user_id: at most 256 characters");
    expect(error({ trace_id: TRACE, value: 1, a: 1, b: 2 })).toBe('body: Unrecognized keys: "a", "b"');
    expect(error(null)).toBe("body: Invalid input: expected object, received null");
    expect(error("x")).toBe("body: Invalid input: expected object, received string");
  });
});
