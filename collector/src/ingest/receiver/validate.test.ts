import { describe, expect, it } from "vitest";
import { DEFAULT_RECEIVER_LIMITS, ReceiverLimitsSchema } from "./config";
import type { ReceivedSpan } from "./model";
import { MAX_STORED_TIME_UNIX_NANO, validateSpans } from "./validate";

function span(overrides: Partial<ReceivedSpan> = {}): ReceivedSpan {
  return {
    resource: { attributes: {}, schemaUrl: "" },
    scope: { name: "", version: "", attributes: {} },
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: "b7ad6b7169203331",
    parentSpanId: "",
    traceState: "",
    name: "op",
    kind: 1,
    startTimeUnixNano: 1_000n,
    endTimeUnixNano: 2_000n,
    attributes: {},
    events: [],
    links: [],
    status: { code: 0, message: "" },
    problems: [],
    ...overrides,
  };
}

const limits = ReceiverLimitsSchema.parse({
  maxAttributesPerSpan: 2,
  maxAttributeKeyLength: 5,
  maxAttributeValueBytes: 10,
  maxEventsPerSpan: 1,
  maxLinksPerSpan: 1,
});

describe("validateSpans", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_RECEIVER_LIMITS).toEqual({
      maxBodyBytes: 16 * 1024 * 1024,
      maxAttributesPerSpan: 256,
      maxAttributeKeyLength: 256,
      maxAttributeValueBytes: 1024 * 1024,
      maxEventsPerSpan: 1024,
      maxLinksPerSpan: 1024,
    });
  });

  it("passes a good span through, marked validated and without problems", () => {
    const { valid, rejected } = validateSpans([span({ parentSpanId: "00f067aa0ba902b7" })], DEFAULT_RECEIVER_LIMITS);
    expect(rejected).toEqual([]);
    expect(valid).toHaveLength(1);
    expect(valid[0]!.validated).toBe(true);
    expect("problems" in valid[0]!).toBe(false);
  });

  const cases: [string, Partial<ReceivedSpan>, string, RegExp][] = [
    ["decode problems", { problems: ["a: x", "b: y", "c: z", "d: w"] }, "decode", /^a: x; b: y; c: z; and 1 more$/],
    ["short trace id", { traceId: "0af7" }, "trace_id", /traceId: expected 32 lowercase hex characters .* got 4 characters/],
    ["zero trace id", { traceId: "0".repeat(32) }, "trace_id", /traceId: must not be all zeros/],
    ["missing span id", { spanId: "" }, "span_id", /spanId: expected 16 .* got nothing/],
    ["zero span id", { spanId: "0".repeat(16) }, "span_id", /spanId: must not be all zeros/],
    ["bad parent id", { parentSpanId: "abc" }, "parent_span_id", /parentSpanId: expected empty or 16/],
    ["empty name", { name: "" }, "name", /name: must not be empty/],
    ["no start", { startTimeUnixNano: 0n }, "timestamps", /startTimeUnixNano: missing or 0/],
    ["no end", { endTimeUnixNano: 0n }, "timestamps", /endTimeUnixNano: missing or 0/],
    ["end before start", { startTimeUnixNano: 5n, endTimeUnixNano: 4n }, "timestamps", /endTimeUnixNano: earlier than startTimeUnixNano/],
    [
      "start past what the store holds",
      { startTimeUnixNano: 18446744073709551614n, endTimeUnixNano: 18446744073709551615n },
      "timestamps",
      /^startTimeUnixNano: 18446744073709551614 ns is after 2106-02-07T06:28:15.999999999Z, the latest time the store holds$/,
    ],
    [
      "end one ns past what the store holds",
      { endTimeUnixNano: MAX_STORED_TIME_UNIX_NANO + 1n },
      "timestamps",
      /^endTimeUnixNano: \d+ ns is after 2106-02-07T06:28:15.999999999Z/,
    ],
    [
      "event time past what the store holds",
      { events: [{ timeUnixNano: 1n << 63n, name: "a", attributes: {} }] },
      "timestamps",
      /^events\[0\]\.timeUnixNano: 9223372036854775808 ns is after 2106/,
    ],
    ["too many attributes", { attributes: { a: 1n, b: 2n, c: 3n } }, "attributes", /attributes: 3 attributes, at most 2/],
    ["long key", { attributes: { toolong: "x" } }, "attributes", /attributes\["toolong"\]: key is 7 characters, at most 5/],
    ["long string value", { attributes: { k: "é".repeat(6) } }, "attributes", /attributes\["k"\]: value is over 10 bytes/],
    ["long array value", { attributes: { k: ["abc", "def", "g"] } }, "attributes", /attributes\["k"\]: value is over 10 bytes/],
    ["long kvlist value", { attributes: { k: { inner: "abcdef" } } }, "attributes", /attributes\["k"\]: value is over 10 bytes/],
    [
      "too many events",
      {
        events: [
          { timeUnixNano: 1n, name: "a", attributes: {} },
          { timeUnixNano: 1n, name: "b", attributes: {} },
        ],
      },
      "events",
      /events: 2 events, at most 1/,
    ],
    [
      "long event value",
      { events: [{ timeUnixNano: 1n, name: "a", attributes: { k: "x".repeat(11) } }] },
      "events",
      /events\[0\]\.attributes\["k"\]: value is over 10 bytes/,
    ],
    ["too many links", { links: [1, 2].map(() => ({ traceId: "", spanId: "", traceState: "", attributes: {} })) }, "links", /links: 2 links, at most 1/],
  ];

  it.each(cases)("rejects %s alone, naming the field", (_label, overrides, code, reason) => {
    const bad = span({ ...overrides, spanId: overrides.spanId ?? "00f067aa0ba902b7" });
    const { valid, rejected } = validateSpans([span(), bad, span()], limits);
    expect(valid).toHaveLength(2);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ index: 1, code, traceId: bad.traceId, spanId: bad.spanId, name: bad.name });
    expect(rejected[0]!.reason).toMatch(reason);
  });

  it("accepts times from 1 ns after the epoch up to the last one the store holds", () => {
    const { rejected } = validateSpans(
      [span({ startTimeUnixNano: 1n, endTimeUnixNano: MAX_STORED_TIME_UNIX_NANO, events: [{ timeUnixNano: 0n, name: "e", attributes: {} }] })],
      limits,
    );
    expect(rejected).toEqual([]);
    expect(new Date(Number(MAX_STORED_TIME_UNIX_NANO / 1_000_000n)).toISOString()).toBe("2106-02-07T06:28:15.999Z");
  });

  it("accepts values right at the limits", () => {
    const { rejected } = validateSpans(
      [span({ attributes: { abcde: "x".repeat(10), n: ["ab", "c"] } }), span({ attributes: { o: { a: "bc" }, p: "é".repeat(5) } })],
      limits,
    );
    expect(rejected).toEqual([]);
  });
});
