import { request } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listQueries, loadQuery, type QueryParam } from "@llmscope/queries";
import { startTestCollector } from "./support/collector";
import { llmSpansJson } from "./support/otlp-json";

/**
 * The query API as a hostile or careless client meets it: every parameter of every named query of
 * the library, out of range and malformed, must answer 400 naming the parameter (never 500, never
 * the store's SQL or query-plan text); values at the edges of what is allowed must run (200).
 * A real collector over chDB, real HTTP.
 */
const TOKEN = "query-input-token";
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  const res = await fetch(`${collector.url}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: llmSpansJson("query-input", 50, (i) => ({ input: 10 + i, output: 5 })),
  });
  expect(res.status).toBe(200);
  await collector.flush();
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

interface Answer {
  status: number;
  body: string;
}

/** A raw GET (fetch refuses some of the URLs tried here, and hides resets behind a generic error). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(collector.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { authorization: `Bearer ${TOKEN}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

const QUERIES = listQueries().map((name) => loadQuery(name));

/** Valid values for the parameters a query requires, so one parameter at a time can be broken. */
function baseline(params: QueryParam[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of params) {
    if (p.name === "from") out.from = "now-1d";
    else if (p.name === "to") out.to = "now";
    else if (p.default === undefined) out[p.name] = "v1";
  }
  return out;
}

function url(name: string, params: Record<string, string>): string {
  return `/v1/queries/${name}?${new URLSearchParams(params).toString()}`;
}

const TIME_BAD = [
  "9999-12-31",
  "now-9999999d",
  "1900-01-01T00:00:00Z",
  "2106-02-07T06:28:17Z",
  "-1",
  "now+1h",
  "yesterday",
  "1e308",
  "",
  "2026-13-45",
  "99999999999999999999",
  "x".repeat(5000),
];
const INTEGER_BOUNDS: Record<string, [bigint, bigint]> = {
  UInt8: [0n, 255n],
  UInt16: [0n, 65535n],
  UInt32: [0n, 4294967295n],
  UInt64: [0n, 18446744073709551615n],
};

/** Out-of-range and malformed values for a parameter, from its declared type, range and values. */
function badValues(p: QueryParam): string[] {
  if (p.oneOf) return ["nope", "", `${p.oneOf[0]}x`, `${p.oneOf[0]}'; DROP TABLE llm_spans; --`, `${p.oneOf[0]} `, "-1", "1e308"];
  if (p.type.startsWith("DateTime")) return TIME_BAD;
  const integer = INTEGER_BOUNDS[p.type];
  if (integer) {
    const [min, max] = p.range ? [BigInt(p.range.min), BigInt(p.range.max)] : integer;
    return [String(min - 1n), String(max + 1n), String(integer[1] + 1n), "-1", "1e308", "1.5", "", "abc", "0x10", " 1", "9".repeat(400)];
  }
  if (p.type.startsWith("Float")) {
    const out = ["1e309", "-1e309", "NaN", "Infinity", "-Infinity", "", "abc", "1,5", "9".repeat(400)];
    if (p.range) out.push(String(p.range.min - 1), String(p.range.max + 1), "1e308", "-1e308");
    return out;
  }
  return [];
}

/** Values at the edges of what a parameter allows: these must run. */
function edgeValues(p: QueryParam): string[] {
  if (p.oneOf) return p.oneOf;
  if (p.type.startsWith("DateTime")) return ["1970-01-01T00:00:00Z", "2106-02-07T06:28:15Z", "1000000000000"];
  const integer = INTEGER_BOUNDS[p.type];
  if (integer) return p.range ? [String(p.range.min), String(p.range.max)] : [String(integer[0]), String(integer[1])];
  if (p.type.startsWith("Float")) return p.range ? [String(p.range.min), String(p.range.max)] : ["0", "1e308", "-1e308"];
  return ["x".repeat(4000), "é 🎉 ' \" \\ ; -- \u0000"];
}

const INTERNAL_TEXT = /DB::Exception|SELECT|FROM llm_|Code: \d+|query plan|stack|at [\w.]+ \(/;

describe("GET /v1/queries/:name: every parameter of every named query", () => {
  it("out-of-range and malformed values answer 400 naming the parameter, never 500", async () => {
    let tried = 0;
    for (const q of QUERIES) {
      for (const p of q.params) {
        for (const value of badValues(p)) {
          const params = { ...baseline(q.params), [p.name]: value };
          const answer = await get(url(q.name, params));
          tried++;
          expect(answer.status, `${q.name}?${p.name}=${value.slice(0, 40)} → ${answer.body.slice(0, 200)}`).toBe(400);
          const error = (JSON.parse(answer.body) as { error: string }).error;
          expect(error).toContain(`"${p.name}"`);
          expect(error).toMatch(/must be (one of|an integer from|a number|a finite number|a time)/);
          expect(error).not.toMatch(INTERNAL_TEXT);
          expect(error.length).toBeLessThan(400);
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
  }, 120_000);

  it("values at the edges of what is allowed run (200), for every parameter", async () => {
    let ran = 0;
    // Free-text filters are bound as they are: one query per parameter name shows it; times,
    // numbers and listed values reach each query's SQL differently, so every query tries them.
    const freeTextTried = new Set<string>();
    for (const q of QUERIES) {
      for (const p of q.params) {
        const freeText = p.type === "String" && !p.oneOf;
        if (freeText && freeTextTried.has(p.name)) continue;
        if (freeText) freeTextTried.add(p.name);
        for (const value of edgeValues(p)) {
          const params = { ...baseline(q.params), [p.name]: value };
          // A time edge is paired with a sane partner, so from < to.
          if (p.name === "from" && q.params.some((x) => x.name === "to")) params.to = "2106-02-07T06:28:15Z";
          if (p.name === "to" && q.params.some((x) => x.name === "from")) params.from = "1970-01-01T00:00:00Z";
          const answer = await get(url(q.name, params));
          ran++;
          expect(answer.status, `${q.name}?${p.name}=${value.slice(0, 40)} → ${answer.body.slice(0, 300)}`).toBe(200);
          expect(JSON.parse(answer.body)).toMatchObject({ query: q.name, rows: expect.any(Array) });
        }
      }
    }
    expect(ran).toBeGreaterThan(120);
  }, 180_000);

  it("a parameter given twice, an unknown parameter, or a huge unknown name: 400 with a short message", async () => {
    const q = loadQuery("latency_by_dimension");
    const base = new URLSearchParams(baseline(q.params)).toString();
    for (const path of [
      `/v1/queries/${q.name}?${base}&dimension=model&dimension=provider`,
      `/v1/queries/${q.name}?${base}&modle=x`,
      `/v1/queries/${q.name}?${base}&${"k".repeat(6000)}=1`,
    ]) {
      const answer = await get(path);
      expect(answer.status, path.slice(0, 80)).toBe(400);
      expect(answer.body.length).toBeLessThan(2000);
    }
    expect((await get("/v1/queries/no_such_query")).status).toBe(404);
  });

  it("property: any text in any parameter of any query answers 200 or 400, never 500 or internal text", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "now",
        "now-1h",
        "now-0s",
        "0",
        "-0",
        "1e308",
        "-1e-308",
        "4294967296",
        "18446744073709551616",
        "2106-02-07T06:28:16Z",
        "1969-12-31T23:59:59Z",
      ),
      fc.integer({ min: -1e9, max: 1e12 }).map(String),
      fc.double().map(String),
      fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true }).map((d) => d.toISOString()),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUERIES), fc.nat(), text, async (q, pick, value) => {
        if (q.params.length === 0) return;
        const p = q.params[pick % q.params.length]!;
        const answer = await get(url(q.name, { ...baseline(q.params), [p.name]: value }));
        expect([200, 400], `${q.name}?${p.name}=${JSON.stringify(value)} → ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
        expect(answer.body).not.toMatch(/DB::Exception|Code: \d+\. /);
      }),
      { numRuns: 200, seed: 13 },
    );
  }, 180_000);
});

describe("the other read endpoints", () => {
  it("property: any query string on /v1/stats, /v1/drift, /v1/alerts, /v1/alerts/events, /v1/alerts/check answers below 500, without internal text", async () => {
    const names = ["service", "model", "operation", "promptVersion", "status", "state", "rule", "limit", "x"];
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("-1", "0", "1001", "1e308", "NaN", "warn,alert", "firing", "'; DROP TABLE x; --"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/v1/stats", "/v1/drift", "/v1/alerts", "/v1/alerts/events", "/v1/alerts/check"),
        fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 4 }),
        async (path, pairs) => {
          const answer = await get(`${path}?${new URLSearchParams(pairs).toString()}`);
          expect(answer.status, `${path}?${new URLSearchParams(pairs).toString()} → ${answer.body.slice(0, 200)}`).toBeLessThan(500);
          expect(answer.body).not.toMatch(/DB::Exception|Code: \d+\. /);
        },
      ),
      { numRuns: 150, seed: 14 },
    );
  }, 120_000);
});

describe("over-long requests", () => {
  it("a URL over 8 KiB answers 414; over Node's header limit (100 KB value) 414 too, with a body, not a reset", async () => {
    const ten = await get(url("list_services", { x: "a".repeat(10_000) }));
    expect(ten.status).toBe(414);
    expect(JSON.parse(ten.body).error).toMatch(/URL is \d+ bytes long; at most 8192/);
    const hundred = await get(url("list_services", { x: "a".repeat(100_000) }));
    expect(hundred.status).toBe(414);
    expect(JSON.parse(hundred.body).error).toMatch(/URL is too long/);
  });

  it("headers over Node's limit answer 431 with a body", async () => {
    const answer = await get("/v1/queries", { "x-padding": "p".repeat(100_000) });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body).error).toMatch(/headers are too large/);
  });

  it("the collector still serves after all of it", async () => {
    expect((await get(url("list_services", baseline(loadQuery("list_services").params)))).status).toBe(200);
  });
});

describe("GET /metrics without the token", () => {
  it("shows counters but no span data (no model, service or span names from the spans)", async () => {
    const body = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: "service.name", value: { stringValue: "secret-service-name" } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: "5b8efff798038103d269b633813fc60c",
                  spanId: "eee19b7ec3c1b174",
                  name: "chat secret-model-zz9",
                  kind: 3,
                  startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
                  endTimeUnixNano: String(BigInt(Date.now() + 5) * 1_000_000n),
                  attributes: [
                    { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
                    { key: "gen_ai.request.model", value: { stringValue: "secret-model-zz9" } },
                    { key: "gen_ai.usage.input_tokens", value: { intValue: "3" } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const res = await fetch(`${collector.url}/v1/traces`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body,
    });
    expect(res.status).toBe(200);
    await collector.flush();
    const metrics = await fetch(`${collector.url}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/llmscope_cost_unpriced_spans_total\{reason="(tokens_unknown|no_price|partial_price)"\} \d+/);
    expect(text).not.toMatch(/secret-model-zz9|secret-service-name|query-input|gpt-4o-mini/);
    for (const line of text.split("\n").filter((l) => l.includes("{"))) {
      // Label names the collector sets from its own vocabulary only.
      for (const [, label] of line.matchAll(/(\w+)="/g))
        expect(["status", "protocol", "reason", "encoding", "table", "retriable", "outcome", "target", "rule"]).toContain(label);
    }
  });
});
