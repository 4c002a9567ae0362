import { gzipSync } from "node:zlib";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { ExportResultCode } from "@opentelemetry/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { exportWith, makeSpans } from "./support/spans";

let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_MAX_BODY_BYTES: String(256 * 1024) });
});
afterAll(() => collector?.close());

async function countService(service: string): Promise<{ traces: number; llm: number }> {
  await collector.flush();
  const [row] = await collector.store.query<{ traces: string; llm: string }>(
    "SELECT (SELECT count() FROM otel_traces WHERE ServiceName = {s:String}) AS traces, (SELECT count() FROM llm_spans WHERE ServiceName = {s:String}) AS llm",
    { s: service },
  );
  return { traces: Number(row!.traces), llm: Number(row!.llm) };
}

const post = (body: Buffer | string, headers: Record<string, string>) => fetch(`${collector.url}/v1/traces`, { method: "POST", body, headers });

describe("ingest through the whole collector", () => {
  it.each([
    ["protobuf", () => new ProtoExporter({ url: `${collector.url}/v1/traces` })],
    ["protobuf+gzip", () => new ProtoExporter({ url: `${collector.url}/v1/traces`, compression: "gzip" as never })],
    ["json", () => new JsonExporter({ url: `${collector.url}/v1/traces` })],
    ["json+gzip", () => new JsonExporter({ url: `${collector.url}/v1/traces`, compression: "gzip" as never })],
  ])("stores every span a real %s exporter sends", async (label, make) => {
    const spans = makeSpans(10, `svc-${label}`);
    const result = await exportWith(make(), spans);
    expect(result.code, String(result.error)).toBe(ExportResultCode.SUCCESS);
    expect(await countService(`svc-${label}`)).toEqual({ traces: 20, llm: 10 });
    const rows = await collector.store.query<{ StatusCode: string; n: string }>(
      "SELECT StatusCode, count() AS n FROM llm_spans WHERE ServiceName = {s:String} GROUP BY StatusCode ORDER BY StatusCode",
      { s: `svc-${label}` },
    );
    expect(rows.map((r) => [r.StatusCode, Number(r.n)])).toEqual([
      ["Error", 5],
      ["Unset", 5],
    ]);
  });

  it("keeps the good spans of a request with one bad span, and says which was rejected", async () => {
    // Recent timestamps: rows older than the retention (TTL) would be expired by ClickHouse at once.
    const start = BigInt(Date.now()) * 1_000_000n;
    const good = (id: string) => ({
      traceId: "5b8efff798038103d269b633813fc60c",
      spanId: id,
      name: "chat m",
      kind: 3,
      startTimeUnixNano: String(start),
      endTimeUnixNano: String(start + 500_000_000n),
      attributes: [{ key: "gen_ai.operation.name", value: { stringValue: "chat" } }],
    });
    const bad = { ...good("eee19b7ec3c1b174"), traceId: "abc" };
    const body = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: "service.name", value: { stringValue: "svc-partial" } }] },
          scopeSpans: [{ scope: { name: "t" }, spans: [good("eee19b7ec3c1b173"), bad, good("eee19b7ec3c1b175")] }],
        },
      ],
    });
    const res = await post(body, { "content-type": "application/json" });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { partialSuccess?: { rejectedSpans?: number | string; errorMessage?: string } };
    expect(Number(answer.partialSuccess?.rejectedSpans)).toBe(1);
    expect(answer.partialSuccess?.errorMessage).toMatch(/traceId/i);
    expect(await countService("svc-partial")).toEqual({ traces: 2, llm: 2 });
    expect(collector.metrics.total("llmscope_receiver_spans_rejected_total")).toBeGreaterThanOrEqual(1);
  });

  it("answers 415, 400 and 413 with a message, storing nothing", async () => {
    const r415 = await post("hello", { "content-type": "text/plain" });
    expect(r415.status).toBe(415);
    expect(await r415.text()).toMatch(/application\/x-protobuf/);

    const r400 = await post(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), { "content-type": "application/x-protobuf" });
    expect(r400.status).toBe(400);
    const r400json = await post("{not json", { "content-type": "application/json" });
    expect(r400json.status).toBe(400);
    const r400gzip = await post(Buffer.from("not gzip"), { "content-type": "application/json", "content-encoding": "gzip" });
    expect(r400gzip.status).toBe(400);

    const big = JSON.stringify({ resourceSpans: [], padding: "x".repeat(300 * 1024) });
    expect((await post(big, { "content-type": "application/json" })).status).toBe(413);
    const bomb = gzipSync(Buffer.from(big));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await post(bomb, { "content-type": "application/json", "content-encoding": "gzip" })).status).toBe(413);
  });
});
