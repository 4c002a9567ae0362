import { ExportResultCode } from "@opentelemetry/core";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { prng, request, validSpan } from "./support/malformed-otlp";
import { encodeTraceRequest } from "./support/otlp-protobuf";
import { exportWith, makeSpans } from "./support/spans";

/**
 * One bad span can never cost anyone else's: three clients send 5,000 spans at once, one span has
 * a start time the store cannot hold. That span is rejected alone, with its reason; the other
 * 4,999 are stored, once each. Real collector, real chDB, the real OTel exporters for two clients.
 */
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_BATCH_MAX_SPANS: "100000", LLMSCOPE_BATCH_FLUSH_MS: "60000" });
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

interface PartialSuccess {
  partialSuccess?: { rejectedSpans?: number | string; errorMessage?: string };
}

async function postJson(body: object): Promise<PartialSuccess> {
  const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as PartialSuccess;
}

async function postProtobuf(body: Buffer): Promise<Buffer> {
  const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/x-protobuf" }, body });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const counts = async (where = "1") =>
  (
    await collector.store.query<{ rows: string; distinct: string }>(
      `SELECT count() AS rows, uniqExact(TraceId, SpanId) AS distinct FROM otel_traces WHERE ${where}`,
    )
  )[0]!;

describe("one poison span among 5,000 from three clients", () => {
  it("4,999 stored once each; the bad one rejected alone, named with its reason; nothing dead-lettered", async () => {
    // Client A: the OTel protobuf exporter, 2,000 spans. Client B: the OTel JSON exporter, 2,000 spans.
    const a = makeSpans(1000, "client-a");
    const b = makeSpans(1000, "client-b");
    // Client C: 1,000 spans in two protobuf requests; one span starts in the year 586,912.
    const r = prng(5000);
    const c = Array.from({ length: 1000 }, (_, i) => validSpan(r, i));
    const poisonIndex = 737;
    c[poisonIndex].startTimeUnixNano = "18446744073709551614";
    c[poisonIndex].endTimeUnixNano = "18446744073709551615";
    expect(a.length + b.length + c.length).toBe(5000);

    const protoExporter = new ProtoExporter({ url: `${collector.url}/v1/traces` });
    const jsonExporter = new JsonExporter({ url: `${collector.url}/v1/traces` });
    const chunks = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
    const [resultsA, resultsB, answersC] = await Promise.all([
      Promise.all(chunks(a, 500).map((chunk) => exportWith(protoExporter, chunk))),
      Promise.all(chunks(b, 500).map((chunk) => exportWith(jsonExporter, chunk))),
      Promise.all(chunks(c, 500).map((chunk) => postProtobuf(encodeTraceRequest(request(chunk, "client-c"))))),
    ]);
    await collector.flush();
    for (const result of [...resultsA, ...resultsB]) expect(result.code).toBe(ExportResultCode.SUCCESS);

    // The request carrying the poison answered a partial success naming the span and the field.
    const text = answersC[1]!.toString("utf8");
    expect(answersC[0]!.length).toBe(0); // an empty ExportTraceServiceResponse: all 500 accepted
    expect(text).toContain(
      `1 of 500 spans rejected: span ${poisonIndex - 500} (traceId ${c[poisonIndex].traceId}, spanId ${c[poisonIndex].spanId}): startTimeUnixNano: 18446744073709551614 ns is after 2106-02-07T06:28:15.999999999Z, the latest time the store holds`,
    );

    const all = await counts();
    expect(Number(all.rows)).toBe(4999);
    expect(Number(all.distinct)).toBe(4999);
    for (const [service, expected] of [
      ["client-a", 2000],
      ["client-b", 2000],
      ["client-c", 999],
    ] as const) {
      expect(Number((await counts(`ServiceName = '${service}'`)).rows), service).toBe(expected);
    }
    expect(Number((await counts(`SpanId = '${c[poisonIndex].spanId}'`)).rows)).toBe(0);
    // LLM rows: one per GenAI call, from every client (client C: its even-indexed spans but the poison).
    const llm = await collector.store.query<{ ServiceName: string; n: string }>(
      "SELECT ServiceName, count() AS n FROM llm_spans GROUP BY ServiceName ORDER BY ServiceName",
    );
    expect(llm.map((row) => [row.ServiceName, Number(row.n)])).toEqual([
      ["client-a", 1000],
      ["client-b", 1000],
      ["client-c", 500 - (poisonIndex % 2 === 0 ? 1 : 0)],
    ]);

    expect(collector.metrics.counter("llmscope_receiver_spans_rejected_total", "").get({ reason: "timestamps" })).toBe(1);
    expect(collector.metrics.total("llmscope_receiver_spans_rejected_total")).toBe(1);
    expect(collector.metrics.total("llmscope_rows_dead_lettered_total")).toBe(0);
    expect(collector.metrics.total("llmscope_spans_stored_total")).toBe(4999);
  }, 120_000);

  it("times before 1973, an event at time 0 and a lone surrogate are stored, not dead-lettered; numbers a typed column cannot hold reject their span alone", async () => {
    const r = prng(1973);
    const spans = Array.from({ length: 5 }, (_, i) => validSpan(r, i * 2));
    spans[0].startTimeUnixNano = "1000000000"; // 1970-01-01T00:00:01Z, once written as "1.000000000", which ClickHouse cannot parse
    spans[0].endTimeUnixNano = "2000000000";
    spans[1].events = [{ timeUnixNano: "0", name: "at the epoch" }];
    spans[2].attributes.push({ key: "gen_ai.response.time_to_first_chunk", value: { doubleValue: 1e30 } });
    spans[3].attributes = spans[3].attributes.filter((a: { key: string }) => a.key !== "gen_ai.usage.input_tokens");
    spans[3].attributes.push({ key: "gen_ai.usage.input_tokens", value: { intValue: "9223372036854775807" } });
    spans[4].name = "chat \ud800 lone"; // JSON.stringify sends it as a \ud800 escape, which ClickHouse's JSON input refuses
    const before = collector.metrics.total("llmscope_spans_stored_total");
    const answer = await postJson(request(spans, "edge-values"));
    expect(answer.partialSuccess?.rejectedSpans).toBe(2);
    expect(answer.partialSuccess?.errorMessage).toContain(
      `span 2 (traceId ${spans[2].traceId}, spanId ${spans[2].spanId}): time to first chunk: 1e+30 s does not fit llm_spans.TimeToFirstChunkNs`,
    );
    expect(answer.partialSuccess?.errorMessage).toContain(
      `span 3 (traceId ${spans[3].traceId}, spanId ${spans[3].spanId}): attributes["gen_ai.usage.input_tokens"]: 9223372036854775807 does not fit llm_spans.InputTokens (UInt32, 0 to 4294967295)`,
    );
    expect(collector.metrics.counter("llmscope_receiver_spans_rejected_total", "").get({ reason: "column_range" })).toBe(2);
    await collector.flush();
    expect(collector.metrics.total("llmscope_rows_dead_lettered_total")).toBe(0);
    expect(collector.metrics.total("llmscope_spans_stored_total") - before).toBe(3);
    // The 1970 span is written, then expired at once by the table's TTL: counted, as documented.
    expect(collector.metrics.total("llmscope_spans_older_than_retention_total")).toBe(1);
    const rows = await collector.store.query<{ SpanId: string; SpanName: string; e: string[] }>(
      "SELECT SpanId, SpanName, arrayMap(x -> toString(x), Events.Timestamp) AS e FROM otel_traces WHERE ServiceName = 'edge-values'",
    );
    expect(rows.find((row) => row.SpanId === spans[4].spanId)?.SpanName).toBe("chat \ufffd lone");
    expect(rows.find((row) => row.SpanId === spans[1].spanId)?.e).toEqual(["1970-01-01 00:00:00.000000000"]);
    expect(rows.map((row) => row.SpanId)).not.toContain(spans[2].spanId);
    expect(rows.map((row) => row.SpanId)).not.toContain(spans[3].spanId);
    expect(rows.map((row) => row.SpanId)).toContain(spans[4].spanId);
  });
});
