import { ROOT_CONTEXT, SpanKind, SpanStatusCode, createTraceState, trace, type HrTime } from "@opentelemetry/api";
import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { DecodeError } from "./decode-error";
import { decodeJsonTraces } from "./decode-json";
import { decodeProtobufTraces } from "./decode-protobuf";
import { parseJsonKeepingInt64 } from "./json-text";
import type { AnyValue, Attributes, ReceivedSpan } from "./model";

const REMOTE_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
const REMOTE_SPAN_ID = "b7ad6b7169203331";
const LINKED_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const LINKED_SPAN_ID = "00f067aa0ba902b7";

/** Values the SDK's attribute API cannot carry; injected below to exercise kvlist/bytes/null. */
const EXOTIC_ATTRIBUTES = {
  "payload.bytes": new Uint8Array([0, 1, 2, 250, 255]),
  "payload.kvlist": { model: "gpt-4o", tokens: 42, nested: { ok: true, ratio: 0.5, tags: ["a", "b"] } },
  "payload.sparse": ["a", null, "b"],
};
const SCOPE_ATTRIBUTES = { "scope.attr": "s", "scope.count": 7 };

/** Real SDK spans covering every kind, attribute type, events, links, parent/child and status. */
function recordSpans(): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(
      { "service.name": "checkout", "host.cpus": 8, "sample.ratio": 0.25, "feature.on": true, "deploy.zones": ["eu-1", "eu-2"] },
      { schemaUrl: "https://opentelemetry.io/schemas/1.26.0" },
    ),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("llmscope-test", "1.2.3");
  const other = provider.getTracer("second-scope", "0.0.1");

  const remote = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: REMOTE_TRACE_ID,
    spanId: REMOTE_SPAN_ID,
    traceFlags: 1,
    isRemote: true,
    traceState: createTraceState("vendor=abc,other=x"),
  });
  const parent = tracer.startSpan(
    "chat gpt-4o",
    {
      kind: SpanKind.CLIENT,
      attributes: {
        "gen_ai.system": "openai",
        "gen_ai.stream": false,
        "gen_ai.usage.input_tokens": 1200,
        "negative.int": -42,
        "big.int": 2 ** 40,
        "gen_ai.request.temperature": 0.7,
        "list.strings": ["x", "y", ""],
        "list.ints": [1, 2, 3],
        "list.doubles": [1.5, 2.25],
        "list.bools": [true, false],
        "empty.string": "",
        "unicode.text": "héllo → 世界 🎉",
      },
      links: [
        {
          context: { traceId: LINKED_TRACE_ID, spanId: LINKED_SPAN_ID, traceFlags: 1, traceState: createTraceState("k=v") },
          attributes: { "link.reason": "retry", "link.n": 2 },
        },
      ],
    },
    remote,
  );
  parent.addEvent("gen_ai.content.prompt", { "gen_ai.prompt": "hi", "event.idx": 0, "event.score": 0.9 });
  parent.addEvent("bare event");
  parent.setStatus({ code: SpanStatusCode.ERROR, message: "rate limited" });

  const kinds = [SpanKind.INTERNAL, SpanKind.SERVER, SpanKind.PRODUCER, SpanKind.CONSUMER];
  for (const kind of kinds) {
    const child = tracer.startSpan(`child-${kind}`, { kind }, trace.setSpan(ROOT_CONTEXT, parent));
    child.setStatus({ code: SpanStatusCode.OK });
    child.end();
  }
  const root = other.startSpan("root in second scope");
  root.addLink({ context: { traceId: LINKED_TRACE_ID, spanId: LINKED_SPAN_ID, traceFlags: 0 } });
  root.end();
  parent.end();

  const spans = exporter.getFinishedSpans();
  // The SDK API cannot set scope attributes or kvlist/bytes values; the serializers can. Wrap the
  // real spans to add them (one shared scope object, as the serializer groups by identity).
  const scopeWithAttributes = { ...spans[0]!.instrumentationScope, attributes: SCOPE_ATTRIBUTES };
  return spans.map((span) => {
    if (span.instrumentationScope.name !== "llmscope-test") return span;
    const wrapped = Object.create(span) as ReadableSpan;
    Object.defineProperty(wrapped, "instrumentationScope", { value: scopeWithAttributes });
    if (span.name === "chat gpt-4o") Object.defineProperty(wrapped, "attributes", { value: { ...span.attributes, ...EXOTIC_ATTRIBUTES } });
    return wrapped;
  });
}

const ns = (t: HrTime) => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);

/** What the OTLP encoding of a JS attribute value must decode back to. */
function expectedValue(value: unknown): AnyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(expectedValue);
  return expectedAttributes(value as Record<string, unknown>);
}

function expectedAttributes(attributes: Record<string, unknown> | undefined): Attributes {
  return Object.fromEntries(Object.entries(attributes ?? {}).map(([k, v]) => [k, expectedValue(v)]));
}

function expectedSpan(span: ReadableSpan): ReceivedSpan {
  const scope = span.instrumentationScope as { name: string; version?: string; attributes?: Record<string, unknown> };
  return {
    resource: { attributes: expectedAttributes(span.resource.attributes), schemaUrl: span.resource.schemaUrl ?? "" },
    scope: { name: scope.name, version: scope.version ?? "", attributes: expectedAttributes(scope.attributes) },
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? "",
    traceState: span.spanContext().traceState?.serialize() ?? "",
    name: span.name,
    kind: span.kind + 1,
    startTimeUnixNano: ns(span.startTime),
    endTimeUnixNano: ns(span.endTime),
    attributes: expectedAttributes(span.attributes),
    events: span.events.map((e) => ({ timeUnixNano: ns(e.time), name: e.name, attributes: expectedAttributes(e.attributes) })),
    links: span.links.map((l) => ({
      traceId: l.context.traceId,
      spanId: l.context.spanId,
      traceState: l.context.traceState?.serialize() ?? "",
      attributes: expectedAttributes(l.attributes),
    })),
    status: { code: span.status.code, message: span.status.message ?? "" },
    problems: [],
  };
}

const bySpanId = (a: { spanId: string }, b: { spanId: string }) => a.spanId.localeCompare(b.spanId);

describe("decoders against the real OTLP serializers", () => {
  const spans = recordSpans();
  const expected = spans.map(expectedSpan).sort(bySpanId);

  it("builds the fixture it claims to (sanity)", () => {
    expect(spans).toHaveLength(6);
    expect(new Set(expected.map((s) => s.kind))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(expected.find((s) => s.name === "chat gpt-4o")!.parentSpanId).toBe(REMOTE_SPAN_ID);
  });

  it("decodes ProtobufTraceSerializer output to exactly the recorded values", () => {
    const body = ProtobufTraceSerializer.serializeRequest(spans)!;
    const decoded = decodeProtobufTraces(body).sort(bySpanId);
    expect(decoded).toEqual(expected);
    const chat = decoded.find((s) => s.name === "chat gpt-4o")!;
    expect(typeof chat.attributes["gen_ai.usage.input_tokens"]).toBe("bigint");
    expect(typeof chat.attributes["gen_ai.request.temperature"]).toBe("number");
    expect(chat.attributes["payload.bytes"]).toBeInstanceOf(Uint8Array);
    expect(chat.traceState).toBe("vendor=abc,other=x");
    expect(chat.links[0]!.traceState).toBe("k=v");
    expect(chat.status).toEqual({ code: 2, message: "rate limited" });
  });

  it("decodes JsonTraceSerializer output to exactly the recorded values", () => {
    const body = JsonTraceSerializer.serializeRequest(spans)!;
    const decoded = decodeJsonTraces(parseJsonKeepingInt64(body)).sort(bySpanId);
    expect(decoded).toEqual(expected);
  });

  it("keeps resource and scope per group", () => {
    const decoded = decodeProtobufTraces(ProtobufTraceSerializer.serializeRequest(spans)!);
    expect(new Set(decoded.map((s) => `${s.scope.name}@${s.scope.version}`))).toEqual(new Set(["llmscope-test@1.2.3", "second-scope@0.0.1"]));
    for (const s of decoded) expect(s.resource.attributes["service.name"]).toBe("checkout");
  });
});

describe("decodeProtobufTraces on malformed input", () => {
  const good = ProtobufTraceSerializer.serializeRequest(recordSpans())!;

  it("names the message and field of a truncated body", () => {
    expect(() => decodeProtobufTraces(good.subarray(0, good.length - 7))).toThrow(DecodeError);
    expect(() => decodeProtobufTraces(good.subarray(0, good.length - 7))).toThrow(/invalid protobuf: truncated .*field \d+ in \w+/);
  });

  it("rejects bytes that are not protobuf", () => {
    expect(() => decodeProtobufTraces(Buffer.from("this is not protobuf at all"))).toThrow(DecodeError);
    expect(() => decodeProtobufTraces(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow(/truncated/);
  });

  it("rejects a known field with the wrong wire type", () => {
    // ExportTraceServiceRequest field 1 sent as a varint.
    expect(() => decodeProtobufTraces(new Uint8Array([0x08, 0x01]))).toThrow(/field 1 in ExportTraceServiceRequest has wire type 0/);
  });

  it("skips unknown fields and reads an empty body as no spans", () => {
    expect(decodeProtobufTraces(new Uint8Array())).toEqual([]);
    // field 99 (varint 5), then the real request.
    const unknown = Buffer.concat([Buffer.from([0x98, 0x06, 0x05]), good]);
    expect(decodeProtobufTraces(unknown)).toHaveLength(6);
  });

  it("reads fixed64 times and int64 values beyond 2^53 exactly", () => {
    // Hand-assembled: ResourceSpans{ScopeSpans{Span{start=2^63+1, attributes{k: int -2^63}}}}
    const start = (1n << 63n) + 1n;
    const fixed = Buffer.alloc(8);
    fixed.writeBigUInt64LE(start);
    const int64Min = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01];
    const anyValue = [0x18, ...int64Min];
    const keyValue = [0x0a, 0x01, 0x6b, 0x12, anyValue.length, ...anyValue];
    const span = [0x39, ...fixed, 0x4a, keyValue.length, ...keyValue];
    const scopeSpans = [0x12, span.length, ...span];
    const resourceSpans = [0x12, scopeSpans.length, ...scopeSpans];
    const [decoded] = decodeProtobufTraces(new Uint8Array([0x0a, resourceSpans.length, ...resourceSpans]));
    expect(decoded!.startTimeUnixNano).toBe(start);
    expect(decoded!.attributes).toEqual({ k: -(1n << 63n) });
  });

  it("reads attributes of every field order and repetition the same as the usual {key, string or int value} shape", () => {
    const text = (s: string) => [...Buffer.from(s)];
    const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
    const len = (tag: number, bytes: number[]) => [tag, ...varint(bytes.length), ...bytes];
    const attributesOf = (...keyValues: number[][]) => {
      const span = keyValues.flatMap((kv) => len(0x4a, kv));
      const [decoded] = decodeProtobufTraces(new Uint8Array(len(0x0a, len(0x12, len(0x12, span)))));
      return decoded!.attributes;
    };
    const str = (s: string) => len(0x0a, text(s));
    const int = (varint: number[]) => [0x18, ...varint];
    expect(
      attributesOf(
        [...len(0x0a, text("a")), ...len(0x12, str("x"))],
        [...len(0x0a, text("b")), ...len(0x12, int([0xac, 0x02]))],
        // value before key; a repeated value (the last wins); an unknown field after the value
        [...len(0x12, str("y")), ...len(0x0a, text("c"))],
        [...len(0x0a, text("d")), ...len(0x12, [...str("first"), ...str("last")])],
        [...len(0x0a, text("e")), ...len(0x12, str("z")), 0x18, 0x01],
        // empty key and empty string; a bool; a key without a value; an int of 8 varint bytes (2^49)
        [...len(0x0a, []), ...len(0x12, str(""))],
        [...len(0x0a, text("f")), ...len(0x12, [0x10, 0x01])],
        len(0x0a, text("g")),
        [...len(0x0a, text("h")), ...len(0x12, int([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]))],
      ),
    ).toEqual({ a: "x", b: 300n, c: "y", d: "last", e: "z", "": "", f: true, g: null, h: 1n << 49n });
    // A string value cut short inside an intact attribute is a problem of the span, named by key.
    const [broken] = decodeProtobufTraces(
      new Uint8Array(len(0x0a, len(0x12, len(0x12, len(0x4a, [...len(0x0a, text("k")), ...len(0x12, [0x0a, 0x05, 0x61])]))))),
    );
    expect(broken!.problems.join()).toMatch(/attributes.*"k"/);
    // A plain string 33 kvlists deep (AnyValue field 6) is too deep like any other value.
    const kvlist = (levels: number): number[] => (levels === 0 ? str("x") : len(0x32, len(0x0a, [...len(0x0a, text("k")), ...len(0x12, kvlist(levels - 1))])));
    const deep = (levels: number) =>
      decodeProtobufTraces(new Uint8Array(len(0x0a, len(0x12, len(0x12, len(0x4a, [...len(0x0a, text("v")), ...len(0x12, kvlist(levels))]))))))[0]!;
    expect(deep(32).problems).toEqual([]);
    expect(deep(33).problems.join()).toMatch(/nested deeper than 32/);
  });
});

/** An attribute value nested `levels` kvlists deep. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: "x" };
  for (let i = 1; i < levels; i++) value = { d: value };
  return value;
}

/** Real SDK spans, the one named `bad` given `badAttributes` (values the SDK API cannot carry). */
function spansWith(count: number, badIndex: number, badAttributes: Record<string, unknown>): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": "per-span" }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("per-span");
  for (let i = 0; i < count; i++) tracer.startSpan(i === badIndex ? "bad" : `ok-${i}`, { attributes: { i } }).end();
  return exporter.getFinishedSpans().map((span) => {
    if (span.name !== "bad") return span;
    const wrapped = Object.create(span) as ReadableSpan;
    Object.defineProperty(wrapped, "attributes", { value: { ...span.attributes, ...badAttributes } });
    return wrapped;
  });
}

describe("decodeProtobufTraces: a fault inside one span rejects that span alone", () => {
  it("an AnyValue nested deeper than 32 levels: the span gets a problem naming the attribute, the other 19 decode", () => {
    const body = ProtobufTraceSerializer.serializeRequest(spansWith(20, 7, { deep: nested(40), fine: nested(10) }))!;
    const decoded = decodeProtobufTraces(body);
    expect(decoded).toHaveLength(20);
    const bad = decoded.filter((s) => s.problems.length > 0);
    expect(bad.map((s) => s.name)).toEqual(["bad"]);
    expect(bad[0]!.problems).toHaveLength(1);
    expect(bad[0]!.problems[0]).toMatch(/^attributes\["deep"\](\["d"\])+: invalid protobuf: AnyValue nested deeper than 32 levels$/);
    for (const s of decoded.filter((x) => x.name !== "bad")) expect(s.attributes.i).toBeTypeOf("bigint");
  });

  it("the same value in JSON is rejected alone too (both encodings agree)", () => {
    const decoded = decodeJsonTraces(parseJsonKeepingInt64(JsonTraceSerializer.serializeRequest(spansWith(20, 7, { deep: nested(40) }))!));
    expect(decoded.filter((s) => s.problems.length > 0).map((s) => s.name)).toEqual(["bad"]);
  });

  it("a malformed nested message inside an intact span (bad wire type in an event) rejects that span only", () => {
    const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(spansWith(3, 1, {}))!);
    // Find span "bad"'s name field (5, LEN) and turn its attribute tag (9, LEN = 0x4a) into field 11 (event) with a varint inside.
    const name = body.indexOf(Buffer.from([0x2a, 0x03, ...Buffer.from("bad")]));
    const attr = body.indexOf(Buffer.from([0x4a, 0x07, 0x0a, 0x01, ...Buffer.from("i")]), name); // attributes: KeyValue{key "i", int}
    expect(name).toBeGreaterThan(0);
    expect(attr).toBeGreaterThan(name);
    body[attr] = 0x5a; // field 11 (Span.Event), still length-delimited: the KeyValue bytes now read as an Event
    body[attr + 2] = 0x09; // Event field 1 (time) with wire type 1 (64-bit): the key's bytes no longer fit
    const decoded = decodeProtobufTraces(body);
    expect(decoded).toHaveLength(3);
    expect(decoded.filter((s) => s.problems.length > 0).map((s) => s.name)).toEqual(["bad"]);
    expect(decoded.find((s) => s.name === "bad")!.problems[0]).toMatch(/^events\[0\]: invalid protobuf/);
  });

  it("a fault in a resource rejects the spans under that resource, spans under other resources decode", () => {
    const good = ProtobufTraceSerializer.serializeRequest(spansWith(4, -1, {}))!;
    const bad = spansWith(2, -1, {}).map((span) => {
      const wrapped = Object.create(span) as ReadableSpan;
      Object.defineProperty(wrapped, "resource", { value: resourceFromAttributes({ "service.name": "deep", deep: nested(40) as never }) });
      return wrapped;
    });
    const body = Buffer.concat([good, ProtobufTraceSerializer.serializeRequest(bad)!]);
    const decoded = decodeProtobufTraces(body);
    expect(decoded).toHaveLength(6);
    expect(decoded.filter((s) => s.problems.length === 0)).toHaveLength(4);
    for (const s of decoded.filter((x) => x.problems.length > 0))
      expect(s.problems[0]).toMatch(/^resource\.attributes\["deep"\].*nested deeper than 32 levels$/);
  });
});

describe("decodeJsonTraces edge cases", () => {
  const span = (fields: Record<string, unknown>) => ({
    resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: REMOTE_TRACE_ID, spanId: REMOTE_SPAN_ID, name: "s", ...fields }] }] }],
  });

  it("throws DecodeError only for structure above the spans", () => {
    expect(() => decodeJsonTraces("nope")).toThrow(/request body must be an object/);
    expect(() => decodeJsonTraces({ resourceSpans: {} })).toThrow(/resourceSpans must be an array/);
    expect(() => decodeJsonTraces({ resourceSpans: [{ scopeSpans: [{ spans: 3 }] }] })).toThrow(DecodeError);
    expect(decodeJsonTraces({})).toEqual([]);
  });

  it("records per-span problems instead of throwing", () => {
    const [s] = decodeJsonTraces(span({ startTimeUnixNano: "abc", parentSpanId: "xyz!", attributes: [{ key: "n", value: { intValue: "1.5" } }] }));
    expect(s!.problems).toEqual([
      "parentSpanId: expected a hex string, got non-hex characters",
      "startTimeUnixNano: expected an unsigned 64-bit integer (decimal string or number), got a non-numeric or out-of-range string",
      'attributes["n"].intValue: expected a 64-bit integer (decimal string or number), got a non-integer or out-of-range string',
    ]);
  });

  it("accepts snake_case keys, numbers for int64, enum names and uppercase hex", () => {
    const [s] = decodeJsonTraces({
      resource_spans: [
        {
          scope_spans: [
            {
              spans: [
                {
                  trace_id: REMOTE_TRACE_ID.toUpperCase(),
                  span_id: REMOTE_SPAN_ID,
                  name: "s",
                  kind: "SPAN_KIND_SERVER",
                  start_time_unix_nano: 1000,
                  end_time_unix_nano: "2000",
                  status: { code: "STATUS_CODE_ERROR" },
                  attributes: [
                    { key: "d", value: { double_value: "Infinity" } },
                    { key: "empty", value: {} },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(s).toMatchObject({ traceId: REMOTE_TRACE_ID, kind: 2, startTimeUnixNano: 1000n, endTimeUnixNano: 2000n, status: { code: 2 } });
    expect(s!.attributes).toEqual({ d: Infinity, empty: null });
    expect(s!.problems).toEqual([]);
  });

  it("keeps nanosecond timestamps sent as JSON numbers exact when parsed from text", () => {
    const text = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"s","startTimeUnixNano":1700000000123456789,"endTimeUnixNano":1700000000123456790,"attributes":[{"key":"n","value":{"intValue":9007199254740993}},{"key":"t","value":{"stringValue":"1700000000123456789"}}]}]}]}]}`;
    const [s] = decodeJsonTraces(parseJsonKeepingInt64(Buffer.from(text)));
    expect(s!.startTimeUnixNano).toBe(1700000000123456789n);
    expect(s!.endTimeUnixNano).toBe(1700000000123456790n);
    expect(s!.attributes).toEqual({ n: 9007199254740993n, t: "1700000000123456789" });
  });

  it("replaces lone surrogates (\\ud800 escapes) in strings and keys with U+FFFD, keeps pairs and escaped backslashes", () => {
    const text = String.raw`{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"a\ud800b","attributes":[{"key":"k\udfff","value":{"stringValue":"\ud83d\ude00 \\ud800 x\udbff"}},{"key":"__proto__","value":{"stringValue":"\ud800"}}]}]}]}]}`;
    const [s] = decodeJsonTraces(parseJsonKeepingInt64(Buffer.from(text)));
    expect(s!.name).toBe("a\ufffdb");
    expect(s!.attributes).toEqual({ "k\ufffd": "😀 \\ud800 x\ufffd", ["__proto__"]: "\ufffd" });
    expect(Object.getPrototypeOf(s!.attributes)).toBe(Object.prototype);
  });

  it("treats __proto__ as an ordinary attribute key", () => {
    const [s] = decodeJsonTraces(JSON.parse(JSON.stringify(span({ attributes: [{ key: "__proto__", value: { stringValue: "x" } }] }))));
    expect(Object.getPrototypeOf(s!.attributes)).toBe(Object.prototype);
    expect(Object.keys(s!.attributes)).toEqual(["__proto__"]);
  });
});
