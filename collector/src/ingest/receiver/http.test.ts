import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { gzipSync } from "node:zlib";
import { SpanKind } from "@opentelemetry/api";
import type { CompressionAlgorithm } from "@opentelemetry/otlp-exporter-base";
import { OTLPTraceExporter as OTLPJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as OTLPProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import express from "express";
import { Reader } from "protobufjs/minimal";
import { afterEach, describe, expect, it } from "vitest";
import { MetricsRegistry } from "../../telemetry/metrics";
import { ReceiverLimitsSchema, type ReceiverLimits } from "./config";
import { createOtlpTracesRouter } from "./http";
import type { ValidSpan } from "./model";

const GZIP = "gzip" as CompressionAlgorithm;

/** A sink that records offers and refuses the first `refuse` of them; with `roomBytes`, it has room for bodies up to that size. */
function recordingSink(refuse = 0, roomBytes?: number) {
  const offers: ValidSpan[][] = [];
  const kept: ValidSpan[] = [];
  const asked: number[] = [];
  return {
    offers,
    kept,
    asked,
    ...(roomBytes !== undefined && {
      hasRoom(bytes: number): boolean {
        asked.push(bytes);
        return bytes <= roomBytes;
      },
    }),
    offer(spans: ValidSpan[]): boolean {
      offers.push(spans);
      if (offers.length <= refuse) return false;
      kept.push(...spans);
      return true;
    },
  };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startReceiver(options: { limits?: Partial<ReceiverLimits>; refuse?: number; roomBytes?: number } = {}) {
  const sink = recordingSink(options.refuse, options.roomBytes);
  const metrics = new MetricsRegistry();
  const app = express();
  app.use(createOtlpTracesRouter({ limits: ReceiverLimitsSchema.parse(options.limits ?? {}), sink, metrics, retryAfterSeconds: 1 }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`;
  const counter = (name: string) => metrics.counter(name, "");
  return { url, sink, metrics, counter };
}

function recordSpans(count: number): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": "http-test" }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("http-test", "1.0.0");
  for (let i = 0; i < count; i++) {
    const span = tracer.startSpan(`op-${i}`, { kind: SpanKind.CLIENT, attributes: { "gen_ai.usage.input_tokens": i, "gen_ai.request.model": "gpt-4o" } });
    span.addEvent("e", { idx: i });
    span.end();
  }
  return exporter.getFinishedSpans();
}

function exportWith(exporter: { export: OTLPProtoExporter["export"] }, spans: ReadableSpan[]) {
  return new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(spans, resolve));
}

const ids = (spans: { spanId: string }[]) => spans.map((s) => s.spanId).sort();
const readableIds = (spans: ReadableSpan[]) => spans.map((s) => s.spanContext().spanId).sort();

function post(url: string, body: Uint8Array | string, headers: Record<string, string>) {
  return fetch(url, { method: "POST", body, headers });
}

/** google.rpc.Status from protobuf bytes: code = 1, message = 2. */
function decodeStatus(bytes: Uint8Array): { code: number; message: string } {
  const r = new Reader(bytes);
  const status = { code: 0, message: "" };
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) status.code = r.int32();
    else if (tag >>> 3 === 2) status.message = r.string();
    else r.skipType(tag & 7);
  }
  return status;
}

/** The OTLP/JSON shape of one span, for hand-built requests. */
function jsonSpan(n: number, overrides: Record<string, unknown> = {}) {
  return {
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: `00f067aa0ba902b${n}`,
    name: `hand-${n}`,
    kind: 3,
    startTimeUnixNano: "1700000000000000000",
    endTimeUnixNano: "1700000000500000000",
    attributes: [{ key: "gen_ai.request.model", value: { stringValue: "gpt-4o" } }],
    ...overrides,
  };
}
const jsonRequest = (spans: unknown[]) =>
  JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: "hand" }, spans }] }] });

describe("POST /v1/traces with the real OTLP exporters", () => {
  it.each([
    ["exporter-trace-otlp-proto", "protobuf", () => OTLPProtoExporter, undefined],
    ["exporter-trace-otlp-proto + gzip", "protobuf", () => OTLPProtoExporter, GZIP],
    ["exporter-trace-otlp-http (JSON)", "json", () => OTLPJsonExporter, undefined],
    ["exporter-trace-otlp-http (JSON) + gzip", "json", () => OTLPJsonExporter, GZIP],
  ] as const)("%s delivers every span to the sink", async (_label, protocol, exporterClass, compression) => {
    const receiver = await startReceiver();
    const spans = recordSpans(5);
    const Exporter = exporterClass();
    const exporter = new Exporter({ url: receiver.url, ...(compression ? { compression } : {}) });
    const result = await exportWith(exporter, spans);
    await exporter.shutdown();

    expect(result.error).toBeUndefined();
    expect(result.code).toBe(0);
    expect(receiver.sink.offers).toHaveLength(1);
    expect(ids(receiver.sink.kept)).toEqual(readableIds(spans));
    const first = receiver.sink.kept.find((s) => s.name === "op-3")!;
    expect(first.attributes).toEqual({ "gen_ai.usage.input_tokens": 3n, "gen_ai.request.model": "gpt-4o" });
    expect(first.resource.attributes["service.name"]).toBe("http-test");
    expect(first.kind).toBe(3);

    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "200" })).toBe(1);
    expect(receiver.counter("llmscope_receiver_spans_received_total").get({ protocol })).toBe(5);
    expect(receiver.counter("llmscope_receiver_spans_rejected_total").total()).toBe(0);
    expect(receiver.counter("llmscope_receiver_bytes_total").get({ encoding: compression ? "gzip" : "identity" })).toBeGreaterThan(0);
  });

  it("a real exporter retries after 503 + Retry-After and succeeds once the sink accepts", async () => {
    const receiver = await startReceiver({ refuse: 1 });
    const spans = recordSpans(3);
    const exporter = new OTLPProtoExporter({ url: receiver.url });
    const started = Date.now();
    const result = await exportWith(exporter, spans);
    await exporter.shutdown();

    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(receiver.sink.offers).toHaveLength(2);
    expect(ids(receiver.sink.kept)).toEqual(readableIds(spans));
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "503" })).toBe(1);
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "200" })).toBe(1);
    expect(receiver.counter("llmscope_receiver_spans_refused_total").total()).toBe(3);
  });
});

describe("POST /v1/traces by hand", () => {
  it("accepts a hand-gzipped protobuf body with a charset parameter", async () => {
    const receiver = await startReceiver();
    const spans = recordSpans(2);
    const res = await post(receiver.url, gzipSync(ProtobufTraceSerializer.serializeRequest(spans)!), {
      "content-type": "application/x-protobuf; charset=utf-8",
      "content-encoding": "gzip",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-protobuf/);
    expect(new Uint8Array(await res.arrayBuffer())).toHaveLength(0);
    expect(ids(receiver.sink.kept)).toEqual(readableIds(spans));
  });

  it("rejects one bad JSON span alone: partialSuccess names it, the good spans are offered", async () => {
    const receiver = await startReceiver();
    const body = jsonRequest([jsonSpan(1), jsonSpan(2, { startTimeUnixNano: "abc" }), jsonSpan(3)]);
    const res = await post(receiver.url, body, { "content-type": "application/json" });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { partialSuccess: { rejectedSpans: number; errorMessage: string } };
    expect(json.partialSuccess.rejectedSpans).toBe(1);
    expect(json.partialSuccess.errorMessage).toMatch(
      /^1 of 3 spans rejected: span 1 \(traceId 0af7651916cd43dd8448eb211c80319c, spanId 00f067aa0ba902b2\): startTimeUnixNano: expected an unsigned 64-bit integer/,
    );
    expect(ids(receiver.sink.kept)).toEqual(["00f067aa0ba902b1", "00f067aa0ba902b3"]);
    expect(receiver.sink.kept[0]!.startTimeUnixNano).toBe(1700000000000000000n);
    expect(receiver.counter("llmscope_receiver_spans_rejected_total").get({ reason: "decode" })).toBe(1);
    expect(receiver.counter("llmscope_receiver_spans_received_total").get({ protocol: "json" })).toBe(3);
  });

  it("answers a protobuf request's partial success in protobuf, readable by the OTLP deserializer", async () => {
    const receiver = await startReceiver();
    const spans = recordSpans(3);
    // A real span with an empty name (the SDK allows it; the receiver does not).
    const nameless = Object.create(spans[1]!) as ReadableSpan;
    Object.defineProperty(nameless, "name", { value: "" });
    const body = ProtobufTraceSerializer.serializeRequest([spans[0]!, nameless, spans[2]!])!;
    const res = await post(receiver.url, body, { "content-type": "application/x-protobuf" });
    expect(res.status).toBe(200);
    const response = ProtobufTraceSerializer.deserializeResponse(new Uint8Array(await res.arrayBuffer()));
    expect(Number(response.partialSuccess?.rejectedSpans)).toBe(1);
    expect(response.partialSuccess?.errorMessage).toMatch(
      new RegExp(`span 1 \\(traceId ${spans[1]!.spanContext().traceId}, spanId ${spans[1]!.spanContext().spanId}\\): name: must not be empty`),
    );
    expect(ids(receiver.sink.kept)).toEqual(readableIds([spans[0]!, spans[2]!]));
    expect(receiver.counter("llmscope_receiver_spans_rejected_total").get({ reason: "name" })).toBe(1);
  });

  it("answers 200 with an empty partialSuccess-free body when every span is fine (JSON)", async () => {
    const receiver = await startReceiver();
    const res = await post(receiver.url, JsonTraceSerializer.serializeRequest(recordSpans(1))!, { "content-type": "application/json" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });

  it("413 on a body over maxBodyBytes", async () => {
    const receiver = await startReceiver({ limits: { maxBodyBytes: 1024 } });
    const body = jsonRequest(Array.from({ length: 10 }, (_, i) => jsonSpan(i)));
    expect(body.length).toBeGreaterThan(1024);
    const res = await post(receiver.url, body, { "content-type": "application/json" });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: 8, message: "request body is larger than 1024 bytes (after decompression)" });
    expect(receiver.sink.offers).toHaveLength(0);
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "413" })).toBe(1);
  });

  it("413 on a gzip bomb: small on the wire, stopped while inflating", async () => {
    const receiver = await startReceiver();
    // 16 gzip members of 64 MiB of zeros each: ~1 MiB on the wire, 1 GiB if fully inflated.
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 16 }, () => member));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const res = await post(receiver.url, bomb, { "content-type": "application/x-protobuf", "content-encoding": "gzip" });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-protobuf/);
    expect(decodeStatus(new Uint8Array(await res.arrayBuffer()))).toEqual({
      code: 8,
      message: `request body is larger than ${16 * 1024 * 1024} bytes (after decompression)`,
    });
    expect(receiver.counter("llmscope_receiver_bytes_total").get({ encoding: "gzip" })).toBeLessThanOrEqual(bomb.length);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it("415 on text/plain, listing the accepted types, and on an unknown Content-Encoding", async () => {
    const receiver = await startReceiver();
    const plain = await post(receiver.url, "hello", { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toEqual({ code: 3, message: 'unsupported Content-Type "text/plain": expected application/x-protobuf or application/json' });
    const br = await post(receiver.url, "{}", { "content-type": "application/json", "content-encoding": "br" });
    expect(br.status).toBe(415);
    expect(((await br.json()) as { message: string }).message).toBe('unsupported Content-Encoding "br": expected gzip or identity');
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "415" })).toBe(2);
  });

  it("400 on garbage protobuf, malformed JSON and corrupt gzip", async () => {
    const receiver = await startReceiver();
    const garbage = await post(receiver.url, new Uint8Array([0x0a, 0xff, 0x01, 0x02]), { "content-type": "application/x-protobuf" });
    expect(garbage.status).toBe(400);
    expect(decodeStatus(new Uint8Array(await garbage.arrayBuffer()))).toMatchObject({
      code: 3,
      message: expect.stringMatching(/^invalid protobuf: truncated/),
    });

    const malformed = await post(receiver.url, '{"resourceSpans": [', { "content-type": "application/json" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 3, message: expect.stringMatching(/^invalid JSON: /) });

    const wrongShape = await post(receiver.url, '{"resourceSpans": 5}', { "content-type": "application/json" });
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toMatchObject({ message: "invalid OTLP/JSON: resourceSpans must be an array, got a number" });

    const corrupt = await post(receiver.url, Buffer.from("definitely not gzip"), { "content-type": "application/json", "content-encoding": "gzip" });
    expect(corrupt.status).toBe(400);
    expect(await corrupt.json()).toMatchObject({ message: expect.stringMatching(/^invalid gzip body: /) });

    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "400" })).toBe(4);
    expect(receiver.sink.offers).toHaveLength(0);
  });

  it("503 + Retry-After when the sink refuses, keeping nothing and not counting rejections twice", async () => {
    const receiver = await startReceiver({ refuse: 1 });
    const body = jsonRequest([jsonSpan(1), jsonSpan(2, { name: "" })]);
    const res = await post(receiver.url, body, { "content-type": "application/json" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.json()).toEqual({ code: 14, message: "the collector's queue is full; retry after 1 s" });
    expect(receiver.sink.kept).toHaveLength(0);
    expect(receiver.counter("llmscope_receiver_spans_refused_total").total()).toBe(1);
    expect(receiver.counter("llmscope_receiver_spans_rejected_total").total()).toBe(0);

    const retry = await post(receiver.url, body, { "content-type": "application/json" });
    expect(retry.status).toBe(200);
    expect(receiver.counter("llmscope_receiver_spans_rejected_total").get({ reason: "name" })).toBe(1);
    expect(receiver.counter("llmscope_receiver_spans_received_total").get({ protocol: "json" })).toBe(4);
  });

  it("refuses without decoding when the sink has no room: a full sink's malformed body is a 503, not a 400", async () => {
    const receiver = await startReceiver({ roomBytes: 0 });
    const garbage = Buffer.from("definitely not protobuf");
    const res = await post(receiver.url, garbage, { "content-type": "application/x-protobuf" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(decodeStatus(new Uint8Array(await res.arrayBuffer()))).toEqual({ code: 14, message: "the collector's queue is full; retry after 1 s" });
    // Asked once, with the declared length, before the body was read.
    expect(receiver.sink.asked).toEqual([garbage.length]);
    expect(receiver.counter("llmscope_receiver_bytes_total").total()).toBe(0);
    expect(receiver.counter("llmscope_receiver_spans_received_total").total()).toBe(0);
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "503" })).toBe(1);
  });

  it("asks the sink again with the inflated size before decoding a gzip or chunked body", async () => {
    const receiver = await startReceiver({ roomBytes: 1000 });
    // Small on the wire, 20 KB inflated, and not OTLP: refused by size, never decoded.
    const inflated = Buffer.alloc(20_000, "x");
    const gzipped = gzipSync(inflated);
    const zipped = await post(receiver.url, gzipped, { "content-type": "application/json", "content-encoding": "gzip" });
    expect(zipped.status).toBe(503);
    expect(zipped.headers.get("retry-after")).toBe("1");
    expect(receiver.sink.asked).toEqual([gzipped.length, inflated.length]);

    // No Content-Length at all: the first question is for 0 bytes, the second for what arrived.
    const chunked = await fetch(receiver.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([inflated]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(503);
    expect(receiver.sink.asked.slice(2)).toEqual([0, inflated.length]);

    expect(receiver.counter("llmscope_receiver_spans_received_total").total()).toBe(0);
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "503" })).toBe(2);
    expect(receiver.counter("llmscope_receiver_requests_total").get({ status: "400" })).toBe(0);
    expect(receiver.sink.offers).toHaveLength(0);

    // A body that fits is decoded and offered as usual.
    const fits = await post(receiver.url, gzipSync(jsonRequest([jsonSpan(1)])), { "content-type": "application/json", "content-encoding": "gzip" });
    expect(fits.status).toBe(200);
    expect(receiver.sink.kept).toHaveLength(1);
  });

  it("renders its counters in the registry's Prometheus text", async () => {
    const receiver = await startReceiver();
    await post(receiver.url, jsonRequest([jsonSpan(1)]), { "content-type": "application/json" });
    const text = receiver.metrics.render();
    expect(text).toContain('llmscope_receiver_requests_total{status="200"} 1');
    expect(text).toContain('llmscope_receiver_spans_received_total{protocol="json"} 1');
    expect(text).toMatch(/llmscope_receiver_bytes_total\{encoding="identity"\} \d+/);
    expect(text).toContain("llmscope_receiver_spans_refused_total 0");
  });
});
