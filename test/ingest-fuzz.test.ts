import { request as httpRequest } from "node:http";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";
import { deepValue, malformedCorpus, prng, request, validSpan, type MalformedCase } from "./support/malformed-otlp";
import { encodeTraceRequest } from "./support/otlp-protobuf";

/**
 * POST /v1/traces as a hostile or broken client meets it: a seeded corpus of malformed bodies and
 * property-based requests mixing valid and bad spans, against a real collector over chDB. Every
 * answer is 200 or a 4xx with a message (never a 5xx, never a crash), and every valid span sent
 * alongside the damage is stored.
 */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

function post(body: Buffer, headers: Record<string, string>): Promise<Answer> {
  const url = new URL(collector.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: "/v1/traces", method: "POST", headers: { ...headers, "content-length": String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      },
    );
    // A refused body may be cut off mid-upload (413 closes the connection): the answer still arrives.
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "EPIPE" || err.code === "ECONNRESET" ? undefined : reject(err)));
    req.end(body);
  });
}

function send(c: Pick<MalformedCase, "body" | "contentType" | "contentEncoding">): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (c.contentType !== undefined) headers["content-type"] = c.contentType;
  if (c.contentEncoding !== undefined) headers["content-encoding"] = c.contentEncoding;
  return post(c.body, headers);
}

/** Reads a length-delimited protobuf string/message and varint fields of one level: field → values. */
function protobufFields(buf: Buffer): Map<number, (bigint | Buffer)[]> {
  const out = new Map<number, (bigint | Buffer)[]>();
  let pos = 0;
  const varint = () => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = buf[pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return result;
      shift += 7n;
    }
  };
  while (pos < buf.length) {
    const key = Number(varint());
    const field = key >>> 3;
    let value: bigint | Buffer;
    if ((key & 7) === 0) value = varint();
    else {
      const length = Number(varint());
      value = buf.subarray(pos, pos + length);
      pos += length;
    }
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

/** The message of a google.rpc.Status error body, JSON or protobuf. */
function errorMessage(a: Answer): string {
  if (a.contentType.startsWith("application/json")) return String((JSON.parse(a.body.toString("utf8")) as { message?: string }).message ?? "");
  return ((protobufFields(a.body).get(2)?.[0] as Buffer | undefined) ?? Buffer.alloc(0)).toString("utf8");
}

/** The partial success of an ExportTraceServiceResponse, JSON or protobuf. */
function partialSuccess(a: Answer): { rejectedSpans: number; errorMessage: string } | undefined {
  if (a.contentType.startsWith("application/json")) {
    const p = (JSON.parse(a.body.toString("utf8")) as { partialSuccess?: { rejectedSpans: number | string; errorMessage: string } }).partialSuccess;
    return p && { rejectedSpans: Number(p.rejectedSpans), errorMessage: p.errorMessage };
  }
  const p = protobufFields(a.body).get(1)?.[0] as Buffer | undefined;
  if (!p) return undefined;
  const fields = protobufFields(p);
  return { rejectedSpans: Number(fields.get(1)?.[0] ?? 0n), errorMessage: ((fields.get(2)?.[0] as Buffer | undefined) ?? Buffer.alloc(0)).toString("utf8") };
}

/** Span ids among `ids` that are stored in otel_traces, and how many rows they have. */
async function stored(ids: string[]): Promise<{ distinct: Set<string>; rows: number }> {
  await collector.flush();
  const distinct = new Set<string>();
  let rows = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const found = await collector.store.query<{ SpanId: string }>("SELECT SpanId FROM otel_traces WHERE SpanId IN {ids:Array(String)}", {
      ids: ids.slice(i, i + 5000),
    });
    rows += found.length;
    for (const r of found) distinct.add(r.SpanId);
  }
  return { distinct, rows };
}

function checkAnswer(c: MalformedCase, a: Answer, label: string): void {
  expect(a.status, label).toBeLessThan(500);
  if (a.status >= 400) {
    expect(c.expect === "reject" || c.expect === "any", `${label}: ${a.status} ${errorMessage(a)}`).toBe(true);
    if (c.statuses) expect(c.statuses, label).toContain(a.status);
    expect(errorMessage(a).length, `${label}: a 4xx must say what is wrong`).toBeGreaterThan(10);
    return;
  }
  expect(a.status, label).toBe(200);
  expect(c.expect, `${label}: answered 200`).not.toBe("reject");
  const partial = partialSuccess(a);
  if (c.expect === "partial") {
    expect(partial?.rejectedSpans, `${label}: partial success expected`).toBeGreaterThanOrEqual(1);
  }
  if (partial) expect(partial.errorMessage, label).toMatch(/spans rejected: span \d+ \(traceId/);
}

describe("POST /v1/traces: a seeded corpus of malformed bodies", () => {
  it("answers each with 200 or a 4xx and a message, never a 5xx; the valid spans carried alongside are all stored", async () => {
    const corpus = malformedCorpus(20261203, MAX_BODY_BYTES);
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    const kinds = new Map<string, number>();
    const statuses = new Map<number, number>();
    const carried: string[] = [];
    const started = Date.now();
    for (let i = 0; i < corpus.length; i++) {
      const c = corpus[i]!;
      const answer = await send(c);
      checkAnswer(c, answer, `case ${i} (${c.kind})`);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      carried.push(...c.carries);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz corpus: ${corpus.length} bodies in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${carried.length} valid spans carried`,
    );
    expect(kinds.size).toBeGreaterThanOrEqual(20);
    expect(statuses.get(500) ?? 0).toBe(0);

    const { distinct, rows } = await stored(carried);
    expect(distinct.size).toBe(new Set(carried).size);
    expect(rows).toBe(distinct.size);

    const health = await fetch(`${collector.url}/healthz`);
    expect(health.status).toBe(200);
    expect(collector.metrics.total("llmscope_rows_dead_lettered_total")).toBe(0);
  }, 120_000);
});

/** Spans that validation must reject, whatever the encoding: each is wrong in one named way. */
const BAD_SPANS: [string, (s: Record<string, unknown>) => void, RegExp][] = [
  ["start after 2106", (s) => (s.startTimeUnixNano = "18446744073709551614"), /startTimeUnixNano: 18446744073709551614 ns is after/],
  ["end after 2106", (s) => (s.endTimeUnixNano = String(1n << 63n)), /endTimeUnixNano: \d+ ns is after/],
  ["zero trace id", (s) => (s.traceId = "0".repeat(32)), /traceId: must not be all zeros/],
  ["short span id", (s) => (s.spanId = "abcd"), /spanId: expected 16 lowercase hex/],
  ["no name", (s) => (s.name = ""), /name: must not be empty/],
  ["end before start", (s) => (s.endTimeUnixNano = "1"), /endTimeUnixNano: earlier than startTimeUnixNano/],
  ["deep value", (s) => (s.attributes as unknown[]).push({ key: "deep", value: deepValue(40) }), /nested deeper than 32 levels/],
  [
    "token count over UInt32",
    (s) =>
      (s.attributes as unknown[]).push(
        { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
        { key: "gen_ai.request.model", value: { stringValue: "m" } },
        { key: "gen_ai.usage.input_tokens", value: { intValue: "5000000000" } },
      ),
    /attributes\["gen_ai\.usage\.input_tokens"\]: 5000000000 does not fit llm_spans\.InputTokens/,
  ],
  [
    "too many attributes",
    (s) => (s.attributes as unknown[]).push(...Array.from({ length: 300 }, (_, k) => ({ key: `a${k}`, value: { boolValue: true } }))),
    /attributes: \d+ attributes, at most 256/,
  ],
];

describe("POST /v1/traces: property-based", () => {
  it("any mix of valid and bad spans, either encoding, gzip or not: 200, exactly the bad ones rejected and named, all valid ones stored", async () => {
    const r = prng(7);
    const carried: string[] = [];
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.nat(BAD_SPANS.length - 1), { nil: undefined, freq: 3 }), { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        fc.boolean(),
        async (plan, protobuf, gzip) => {
          const spans = plan.map((bad, i) => {
            const span = validSpan(r, i);
            if (bad !== undefined) BAD_SPANS[bad]![1](span);
            return span;
          });
          const req = request(spans, "property");
          const raw = protobuf ? encodeTraceRequest(req) : Buffer.from(JSON.stringify(req));
          const answer = await send({
            body: gzip ? gzipSync(raw) : raw,
            contentType: protobuf ? "application/x-protobuf" : "application/json",
            contentEncoding: gzip ? "gzip" : undefined,
          });
          expect(answer.status).toBe(200);
          const badCount = plan.filter((b) => b !== undefined).length;
          const partial = partialSuccess(answer);
          expect(partial?.rejectedSpans ?? 0).toBe(badCount);
          const firstBad = plan.findIndex((b) => b !== undefined);
          if (firstBad >= 0) {
            expect(partial!.errorMessage).toContain(`span ${firstBad} (traceId`);
            expect(partial!.errorMessage).toMatch(BAD_SPANS[plan[firstBad]!]![2]);
          }
          carried.push(...spans.filter((_, i) => plan[i] === undefined).map((s) => s.spanId as string));
          sent += spans.length;
        },
      ),
      { numRuns: 150, seed: 42 },
    );
    const { distinct, rows } = await stored(carried);
    expect(distinct.size).toBe(carried.length);
    expect(rows).toBe(carried.length);
    expect(sent).toBeGreaterThan(carried.length);
  }, 120_000);
});
