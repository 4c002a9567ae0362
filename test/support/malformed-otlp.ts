import { gzipSync } from "node:zlib";
import { seededRandom } from "@llmscope/collector/testing";
import { deepAnyValueBytes, deepAnyValueJson, encodeTraceRequest } from "./otlp-protobuf";

/**
 * A deterministic corpus of malformed OTLP/HTTP trace requests, generated from a seed (nothing is
 * stored as data). Each case says what a correct collector must answer and which valid spans it
 * carries alongside the damage: those must be stored.
 */

type Json = any;

/** The collector's seeded mulberry32: the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => list[int(list.length)]!,
    bytes: (n: number) => Buffer.from(Array.from({ length: n }, () => int(256))),
    hex: (bytes: number) => Array.from({ length: bytes }, () => int(256).toString(16).padStart(2, "0")).join(""),
  };
}
export type Prng = ReturnType<typeof prng>;

/**
 * What the answer must be:
 *   reject       a 4xx with a message (statuses lists which)
 *   accept       200; the carried spans are stored (a partial success may reject others)
 *   partial      200 with partialSuccess rejecting at least one span; the carried spans are stored
 *   any          200 or a 4xx with a message (random damage can leave a valid request)
 */
export interface MalformedCase {
  kind: string;
  contentType?: string;
  contentEncoding?: string;
  body: Buffer;
  expect: "reject" | "accept" | "partial" | "any";
  statuses?: number[];
  /** Span ids of valid spans in the body that must end up stored. */
  carries: string[];
}

const NOW_NS = BigInt(Date.now()) * 1_000_000n;

/** A valid OTLP/JSON span with fresh ids from the PRNG; GenAI attributes on every other one. */
export function validSpan(r: Prng, i: number): Json {
  const start = NOW_NS - BigInt(r.int(3_600_000)) * 1_000_000n;
  const attributes: Json[] = [{ key: "fuzz.index", value: { intValue: String(i) } }];
  if (i % 2 === 0) {
    attributes.push(
      { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
      { key: "gen_ai.request.model", value: { stringValue: "gpt-4o-mini" } },
      { key: "gen_ai.usage.input_tokens", value: { intValue: String(r.int(5000)) } },
      { key: "gen_ai.usage.output_tokens", value: { intValue: String(r.int(500)) } },
    );
  }
  return {
    traceId: r.hex(16),
    spanId: r.hex(8),
    name: i % 2 === 0 ? "chat gpt-4o-mini" : `op-${i}`,
    kind: 1 + (i % 5),
    startTimeUnixNano: String(start),
    endTimeUnixNano: String(start + BigInt(1 + r.int(5_000)) * 1_000_000n),
    attributes,
    events: [{ timeUnixNano: String(start + 1000n), name: "e", attributes: [{ key: "n", value: { doubleValue: r.next() } }] }],
    status: { code: r.int(3), message: "" },
  };
}

export function request(spans: Json[], service = "fuzz"): Json {
  return {
    resourceSpans: [
      { resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] }, scopeSpans: [{ scope: { name: "fuzz", version: "1" }, spans }] },
    ],
  };
}

const json = (value: Json) => Buffer.from(JSON.stringify(value));
const ids = (spans: Json[]) => spans.map((s) => s.spanId as string);

/** An attribute value nested `levels` kvlists deep. */
export function deepValue(levels: number): Json {
  let value: Json = { stringValue: "leaf" };
  for (let i = 0; i < levels; i++) value = { kvlistValue: { values: [{ key: "d", value }] } };
  return value;
}

/** Valid spans with one damaged span among them (damage: a function of the span, JSON shape). */
function withOneBad(r: Prng, count: number, damage: (span: Json) => void) {
  const spans = Array.from({ length: count }, (_, i) => validSpan(r, i));
  const bad = r.int(count);
  damage(spans[bad]);
  return { req: request(spans), carries: ids(spans.filter((_, i) => i !== bad)) };
}

const WRONG_VALUES: Json[] = [123, -1.5, true, {}, [], "zz", "", [1, 2], { a: 1 }];
const SPAN_FIELDS = ["traceId", "spanId", "parentSpanId", "name", "kind", "startTimeUnixNano", "endTimeUnixNano", "attributes", "events", "links", "status"];
/** Field/value pairs that are wrong for certain (some of WRONG_VALUES are valid for some fields, e.g. kind 123). */
const SURELY_BAD: [string, Json][] = [
  ["traceId", 123],
  ["traceId", "zz"],
  ["spanId", {}],
  ["name", 5],
  ["kind", "SPAN_KIND_NOPE"],
  ["startTimeUnixNano", "soon"],
  ["endTimeUnixNano", -1],
  ["attributes", "k=v"],
  ["events", { e: 1 }],
  ["status", "ok"],
  ["startTimeUnixNano", "18446744073709551614"],
  ["endTimeUnixNano", "18446744073709551615"],
];

function flipBits(r: Prng, body: Buffer, flips: number): Buffer {
  const out = Buffer.from(body);
  for (let i = 0; i < flips; i++) out[r.int(out.length)]! ^= 1 << r.int(8);
  return out;
}

const INVALID_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0xc3, 0x28]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
  Buffer.from([0xe2, 0x82]),
];

/** The corpus: at least 2,000 cases, the same for the same seed. */
export function malformedCorpus(seed: number, maxBodyBytes: number): MalformedCase[] {
  const r = prng(seed);
  const cases: MalformedCase[] = [];
  const add = (c: Omit<MalformedCase, "carries"> & { carries?: string[] }) => cases.push({ carries: [], ...c });
  const PB = "application/x-protobuf";
  const JS = "application/json";

  // Random bytes as protobuf.
  for (let i = 0; i < 350; i++) add({ kind: "random-protobuf", contentType: PB, body: r.bytes(1 + r.int(2000)), expect: "any" });

  // Truncated and bit-flipped protobuf of valid requests.
  for (let i = 0; i < 300; i++) {
    const body = encodeTraceRequest(request(Array.from({ length: 5 }, (_, j) => validSpan(r, j))));
    add({ kind: "truncated-protobuf", contentType: PB, body: body.subarray(0, 1 + r.int(body.length - 1)), expect: "any" });
  }
  for (let i = 0; i < 400; i++) {
    const body = encodeTraceRequest(request(Array.from({ length: 5 }, (_, j) => validSpan(r, j))));
    add({ kind: "bit-flipped-protobuf", contentType: PB, body: flipBits(r, body, 1 + r.int(8)), expect: "any" });
  }

  // Broken JSON text.
  for (let i = 0; i < 250; i++) {
    const text = JSON.stringify(request(Array.from({ length: 3 }, (_, j) => validSpan(r, j))));
    const at = r.int(text.length);
    const broken = r.pick([
      () => text.slice(0, at),
      () => `${text.slice(0, at)}${r.pick(["{", "}", "[", "]", ",", ":", '"', "\\", "\u0000"])}${text.slice(at)}`,
      () => `${text.slice(0, at)}${text.slice(at + 1 + r.int(20))}`,
      () => text.replace(/"/g, "'"),
      () => `${text},`,
      () => text.replace(/:/, "=") + "x",
    ])();
    let valid = true;
    try {
      JSON.parse(broken);
    } catch {
      valid = false;
    }
    add({ kind: "broken-json", contentType: JS, body: Buffer.from(broken), expect: valid ? "any" : "reject", statuses: [400] });
  }

  // Wrong types inside one span: that span alone is at fault, the others are stored.
  for (let i = 0; i < 200; i++) {
    const [field, value] = i % 2 === 0 ? r.pick(SURELY_BAD) : [r.pick(SPAN_FIELDS), r.pick(WRONG_VALUES)];
    const { req, carries } = withOneBad(r, 4, (s) => (s[field] = value));
    add({ kind: `wrong-type-span-${i % 2 === 0 ? "sure" : "maybe"}`, contentType: JS, body: json(req), expect: i % 2 === 0 ? "partial" : "accept", carries });
  }
  // Wrong types above the spans: the request has no readable structure.
  const structural: ((q: Json) => void)[] = [
    (q) => (q.resourceSpans = "x"),
    (q) => (q.resourceSpans[0] = 5),
    (q) => (q.resourceSpans[0].scopeSpans = { a: 1 }),
    (q) => (q.resourceSpans[0].scopeSpans[0].spans = "spans"),
    (q) => (q.resourceSpans[0].scopeSpans[0] = []),
  ];
  for (let i = 0; i < 50; i++) {
    const q = request([validSpan(r, 0)]);
    r.pick(structural)(q);
    add({ kind: "wrong-type-structure", contentType: JS, body: json(q), expect: "reject", statuses: [400] });
  }
  for (const top of ["[]", "null", "42", '"text"', "true", "[{}]"])
    add({ kind: "wrong-type-top", contentType: JS, body: Buffer.from(top), expect: "reject", statuses: [400] });

  // Invalid UTF-8: a JSON body that is not UTF-8 is refused whole; in protobuf strings it is replaced and the spans are kept.
  for (let i = 0; i < 100; i++) {
    const spans = Array.from({ length: 3 }, (_, j) => validSpan(r, j));
    if (i % 2 === 0) {
      const text = Buffer.from(JSON.stringify(request(spans)));
      const at = text.indexOf('"name":"') + 8;
      add({
        kind: "invalid-utf8-json",
        contentType: JS,
        body: Buffer.concat([text.subarray(0, at), r.pick(INVALID_UTF8), text.subarray(at)]),
        expect: "reject",
        statuses: [400],
      });
    } else {
      const body = encodeTraceRequest(request(spans));
      const name = Buffer.from(spans[1].name);
      const at = body.indexOf(name);
      const bad = Buffer.from(body);
      bad[at] = 0xff; // same length: framing intact, the name is no longer UTF-8
      add({ kind: "invalid-utf8-protobuf", contentType: PB, body: bad, expect: "accept", carries: ids(spans) });
    }
  }

  // Lone surrogates (\ud800-style escapes in valid UTF-8 JSON): replaced, the spans are kept.
  for (let i = 0; i < 30; i++) {
    const spans = Array.from({ length: 3 }, (_, j) => validSpan(r, j));
    spans[r.int(3)].name = `x${r.pick(["\ud800", "\udfff", "\udbff\udbff", "a\ud800\ud800b"])}y`;
    spans[r.int(3)].attributes.push({ key: `k\ud801${i}`, value: { stringValue: "\udc00" } });
    add({ kind: "lone-surrogate-json", contentType: JS, body: json(request(spans)), expect: "accept", carries: ids(spans) });
  }

  // Deep nesting, both encodings: in an attribute value (that span alone) and of the whole body.
  for (let i = 0; i < 100; i++) {
    const levels = 33 + r.int(i % 10 === 0 ? 1000 : 100);
    const { req, carries } = withOneBad(r, 5, (s) => s.attributes.push({ key: "deep", value: deepValue(levels) }));
    if (i % 2 === 0) add({ kind: "deep-value-json", contentType: JS, body: json(req), expect: "partial", carries });
    else add({ kind: "deep-value-protobuf", contentType: PB, body: encodeTraceRequest(req), expect: "partial", carries });
  }
  for (const depth of [1000, 100_000]) {
    add({ kind: "deep-json-body", contentType: JS, body: Buffer.from(`${"[".repeat(depth)}${"]".repeat(depth)}`), expect: "reject", statuses: [400] });
    add({
      kind: "deep-json-body",
      contentType: JS,
      body: Buffer.from(`{"resourceSpans":${"[".repeat(depth)}${"]".repeat(depth)}}`),
      expect: "reject",
      statuses: [400],
    });
  }
  // One span only, its value nested 100,000 levels: nothing to keep, the span is rejected.
  for (const protobuf of [false, true]) {
    const span = validSpan(r, 0);
    span.attributes.push({ key: "deep", value: protobuf ? { encodedAnyValue: deepAnyValueBytes(100_000) } : { stringValue: "DEEP-VALUE" } });
    const body = protobuf
      ? encodeTraceRequest(request([span]))
      : Buffer.from(JSON.stringify(request([span])).replace('{"stringValue":"DEEP-VALUE"}', deepAnyValueJson(100_000)));
    add({ kind: "deep-value-only-span", contentType: protobuf ? PB : JS, body, expect: "partial" });
  }

  // Huge attribute counts and values: the span over a limit is rejected, the others kept.
  const huge: ((s: Json) => void)[] = [
    (s) => s.attributes.push(...Array.from({ length: 300 }, (_, k) => ({ key: `k${k}`, value: { intValue: String(k) } }))),
    (s) => s.attributes.push({ key: "big", value: { stringValue: "x".repeat(1024 * 1024 + 1) } }),
    (s) => s.attributes.push({ key: "k".repeat(300), value: { stringValue: "v" } }),
    (s) => (s.events = Array.from({ length: 1100 }, () => ({ timeUnixNano: s.startTimeUnixNano, name: "e" }))),
    (s) => s.attributes.push({ key: "arr", value: { arrayValue: { values: Array.from({ length: 200_000 }, () => ({ stringValue: "abcdef" })) } } }),
  ];
  for (let i = 0; i < 40; i++) {
    const { req, carries } = withOneBad(r, 4, huge[i % huge.length]!);
    add({
      kind: `huge-${i % huge.length}-${i % 2 === 0 ? "json" : "protobuf"}`,
      contentType: i % 2 === 0 ? JS : PB,
      body: i % 2 === 0 ? json(req) : encodeTraceRequest(req),
      expect: "partial",
      carries,
    });
  }
  for (let i = 0; i < 6; i++) {
    // Over the body limit without compression: refused whole.
    const spans = [validSpan(r, 0)];
    spans[0].attributes.push({ key: "pad", value: { stringValue: "p".repeat(maxBodyBytes) } });
    add({
      kind: "over-body-limit",
      contentType: i % 2 === 0 ? JS : PB,
      body: i % 2 === 0 ? json(request(spans)) : encodeTraceRequest(request(spans)),
      expect: "reject",
      statuses: [413],
    });
  }

  // gzip: bombs stop at the limit, corrupt streams are refused, real gzip of valid spans is stored.
  const bomb = gzipSync(Buffer.alloc(maxBodyBytes * 4));
  for (let i = 0; i < 60; i++) {
    const spans = Array.from({ length: 3 }, (_, j) => validSpan(r, j));
    const good = gzipSync(i % 2 === 0 ? json(request(spans)) : encodeTraceRequest(request(spans)));
    const contentType = i % 2 === 0 ? JS : PB;
    const which = i % 4;
    if (which === 0) add({ kind: "gzip-bomb", contentType, contentEncoding: "gzip", body: bomb, expect: "reject", statuses: [413] });
    else if (which === 1)
      add({
        kind: "gzip-truncated",
        contentType,
        contentEncoding: "gzip",
        body: good.subarray(0, 10 + r.int(good.length - 12)),
        expect: "reject",
        statuses: [400],
      });
    else if (which === 2)
      add({ kind: "gzip-not-gzip", contentType, contentEncoding: "gzip", body: r.bytes(50 + r.int(500)), expect: "reject", statuses: [400] });
    else add({ kind: "gzip-valid", contentType, contentEncoding: i % 8 === 3 ? "x-gzip" : "gzip", body: good, expect: "accept", carries: ids(spans) });
  }

  // Wrong content types and encodings.
  const validJson = () => json(request([validSpan(r, 0)]));
  const validPb = () => encodeTraceRequest(request([validSpan(r, 0)]));
  for (let i = 0; i < 150; i++) {
    const which = i % 6;
    if (which === 0)
      add({
        kind: "content-type-other",
        contentType: r.pick(["text/plain", "application/xml", "application/protobuf", "multipart/form-data", "application/jsonx", "*/*"]),
        body: validJson(),
        expect: "reject",
        statuses: [415],
      });
    else if (which === 1) add({ kind: "content-type-missing", body: validPb(), expect: "reject", statuses: [415] });
    else if (which === 2)
      add({
        kind: "content-encoding-other",
        contentType: r.pick([JS, PB]),
        contentEncoding: r.pick(["br", "deflate", "zstd", "compress", "gzip, br"]),
        body: validJson(),
        expect: "reject",
        statuses: [415],
      });
    else if (which === 3) add({ kind: "json-labelled-protobuf", contentType: PB, body: validJson(), expect: "any" });
    else if (which === 4) add({ kind: "protobuf-labelled-json", contentType: JS, body: validPb(), expect: "reject", statuses: [400] });
    else add({ kind: "content-type-params", contentType: `${r.pick([JS, PB])}; charset=utf-8`, body: validJson(), expect: "any" });
  }
  return cases;
}
