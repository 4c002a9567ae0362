import { describe, expect, it } from "vitest";
import type { Attributes, ReceivedSpan } from "../receiver/model";
import { columnRangeFault } from "./column-fit";
import { toDateTime64 } from "./time";

function span(attributes: Attributes, name = "chat m"): ReceivedSpan {
  return {
    resource: { attributes: { "service.name": "s" }, schemaUrl: "" },
    scope: { name: "", version: "", attributes: {} },
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: "b7ad6b7169203331",
    parentSpanId: "",
    traceState: "",
    name,
    kind: 3,
    startTimeUnixNano: 1_700_000_000_000_000_000n,
    endTimeUnixNano: 1_700_000_001_000_000_000n,
    attributes,
    events: [],
    links: [],
    status: { code: 0, message: "" },
    problems: [],
  };
}

const chat = { "gen_ai.operation.name": "chat", "gen_ai.request.model": "m" };

describe("columnRangeFault: numbers a GenAI span carries must fit llm_spans' typed columns", () => {
  it("passes counts from 0 to the UInt32 maximum and times to first chunk that fit UInt64 ns", () => {
    expect(
      columnRangeFault(
        span({ ...chat, "gen_ai.usage.input_tokens": 0n, "gen_ai.usage.output_tokens": 4_294_967_295n, "gen_ai.response.time_to_first_chunk": 0.25 }),
      ),
    ).toBeUndefined();
  });

  it.each([
    [
      "a token count over UInt32, any dialect's spelling",
      { "gen_ai.usage.input_tokens": 4_294_967_296n },
      /^attributes\["gen_ai\.usage\.input_tokens"\]: 4294967296 does not fit llm_spans\.InputTokens \(UInt32, 0 to 4294967295\)$/,
    ],
    ["a negative count", { "gen_ai.usage.output_tokens": -5n }, /^attributes\["gen_ai\.usage\.output_tokens"\]: -5 does not fit llm_spans\.OutputTokens/],
    [
      "a count sent as a string",
      { "gen_ai.usage.cache_read.input_tokens": "99999999999" },
      /cache_read\.input_tokens"\]: 99999999999 does not fit llm_spans\.CacheReadTokens/,
    ],
    ["a retrieval count", { "gen_ai.retrieval.top_k": 1e12 }, /top_k"\]: 1000000000000 does not fit llm_spans\.RetrievalTopK/],
    [
      "an absurd time to first chunk",
      { "gen_ai.response.time_to_first_chunk": 1e30 },
      /^time to first chunk: 1e\+30 s does not fit llm_spans\.TimeToFirstChunkNs/,
    ],
    ["a negative time to first chunk", { "gen_ai.response.time_to_first_chunk": -1 }, /^time to first chunk: -1 s does not fit/],
  ])("names %s", (_label, attributes, message) => {
    expect(columnRangeFault(span({ ...chat, ...(attributes as Attributes) }))).toMatch(message);
  });

  it("leaves spans that are not GenAI calls alone: they have no typed token columns", () => {
    expect(columnRangeFault(span({ "gen_ai.usage.input_tokens": 1n << 40n }, "GET /"))).toBeUndefined();
  });
});

describe("toDateTime64", () => {
  it("pads seconds to 9 digits, the shortest ClickHouse reads as a Unix time", () => {
    expect(toDateTime64(1_000_000_000n)).toBe("000000001.000000000");
    expect(toDateTime64(0n)).toBe("000000000.000000000");
    expect(toDateTime64(1_700_000_000_123_456_789n)).toBe("1700000000.123456789");
    expect(toDateTime64(99_999_999_999_999_999n)).toBe("099999999.999999999");
    expect(toDateTime64(100_000_000_000_000_000n)).toBe("100000000.000000000");
    expect(toDateTime64(18_446_744_073_709_551_615n)).toBe("18446744073.709551615");
  });
});
