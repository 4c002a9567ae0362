import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLogSink, type Processor } from "@llmscope/collector/testing";
import { startTestCollector } from "./support/collector";
import { chatSpanJson, otlpJsonRequest, tokenAttributes } from "./support/otlp-json";

/**
 * A processor that throws on one span of a request does not fail the request: a real collector
 * (chDB, the write-ahead log) with a processor of its own that tags every span, half-way through
 * which it throws on the span named "poison". The export is answered 200, every span is stored, the
 * poison span without the tag (not even the half written before the throw), the others with it,
 * and the failure is counted once on /metrics and logged once, without the error's message.
 */
const TAG = "test.tagged";
const SECRET_IN_MESSAGE = "the-error-message-may-quote-content";

const tagger: Processor = {
  name: "tagger",
  process(record) {
    record.trace.SpanAttributes[TAG] = "true";
    if (record.llm) record.llm.UserId = "tagged-user";
    if (record.trace.SpanName === "poison") throw new Error(SECRET_IN_MESSAGE);
  },
};

let collector: Awaited<ReturnType<typeof startTestCollector>>;
const logged: string[] = [];
let restoreSink: ((line: string) => void) | undefined;

beforeAll(async () => {
  restoreSink = setLogSink((line) => logged.push(line));
  collector = await startTestCollector({ LLMSCOPE_LOG_FORMAT: "json" }, { processors: [tagger] });
}, 60_000);

afterAll(async () => {
  await collector?.close();
  if (restoreSink) setLogSink(restoreSink);
});

function span(traceId: string, name: string, i: number) {
  const startNs = BigInt(Date.now()) * 1_000_000n + BigInt(i) * 1_000_000n;
  return chatSpanJson({ traceId, spanId: randomBytes(8).toString("hex"), name, startNs, durationNs: 250_000_000n, attributes: tokenAttributes(100, 20) });
}

describe("a processor that throws on one span of five", () => {
  it("answers 200, stores all five, leaves the poison span un-enriched, counts and logs it once", async () => {
    const traceId = randomBytes(16).toString("hex");
    const spans = ["a", "b", "poison", "c", "d"].map((name, i) => span(traceId, name, i));
    const body = otlpJsonRequest("faults", spans);
    const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    await collector.flush();

    const traces = await collector.store.query<{ SpanName: string; tagged: string }>(
      `SELECT SpanName, SpanAttributes['${TAG}'] AS tagged FROM otel_traces WHERE TraceId = {t:String} ORDER BY SpanName`,
      { t: traceId },
    );
    expect(traces).toEqual([
      { SpanName: "a", tagged: "true" },
      { SpanName: "b", tagged: "true" },
      { SpanName: "c", tagged: "true" },
      { SpanName: "d", tagged: "true" },
      { SpanName: "poison", tagged: "" },
    ]);
    const llm = await collector.store.query<{ SpanName: string; UserId: string; InputTokens: number; CostUsd: number }>(
      "SELECT SpanName, UserId, InputTokens, CostUsd FROM llm_spans WHERE TraceId = {t:String} ORDER BY SpanName",
      { t: traceId },
    );
    expect(llm.map((r) => [r.SpanName, r.UserId])).toEqual([
      ["a", "tagged-user"],
      ["b", "tagged-user"],
      ["c", "tagged-user"],
      ["d", "tagged-user"],
      ["poison", ""],
    ]);
    // The built-in processors before it still enriched the poison span: gpt-4o-mini at $0.15/M input, $0.60/M output.
    const poison = llm.find((r) => r.SpanName === "poison")!;
    expect(Number(poison.InputTokens)).toBe(100);
    expect(Number(poison.CostUsd)).toBeCloseTo((100 * 0.15 + 20 * 0.6) / 1e6, 12);

    const metrics = await (await fetch(`${collector.url}/metrics`)).text();
    expect(metrics).toContain('llmscope_processor_errors_total{processor="tagger"} 1');

    const lines = logged.filter((l) => l.includes('"component":"processor"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", processor: "tagger", traceId });
    expect(lines[0]!.msg).toMatch(
      /^processor "tagger" threw Error at .* on span [0-9a-f]{16} of trace [0-9a-f]{32}; the span is stored without its enrichment$/,
    );
    expect(logged.join("")).not.toContain(SECRET_IN_MESSAGE);
  });

  it("a second failure within the minute is counted but not logged again", async () => {
    const traceId = randomBytes(16).toString("hex");
    const body = {
      resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: "test" }, spans: [span(traceId, "poison", 0), span(traceId, "e", 1)] }] }],
    };
    const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    await collector.flush();
    const [row] = await collector.store.query<{ n: string }>("SELECT count() AS n FROM otel_traces WHERE TraceId = {t:String}", { t: traceId });
    expect(Number(row!.n)).toBe(2);
    expect(collector.metrics.counter("llmscope_processor_errors_total", "").get({ processor: "tagger" })).toBe(2);
    expect(logged.filter((l) => l.includes('"component":"processor"'))).toHaveLength(1);
  });
});
