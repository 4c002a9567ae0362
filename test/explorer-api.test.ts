import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { llmSpansJson } from "./support/otlp-json";
import { startTestCollector } from "./support/collector";

/** The explorer's JSON API on a real collector: token protection, input errors, shapes. */
const TOKEN = "api-test-token";
let collector: Awaited<ReturnType<typeof startTestCollector>>;
const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  const res = await fetch(`${collector.url}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: llmSpansJson("api-svc", 5, (i) => ({ input: 10 * (i + 1), output: i + 1 })),
  });
  expect(res.status).toBe(200);
  await collector.flush();
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

type Json = any;
const get = (path: string, headers: Record<string, string> = auth) => fetch(`${collector.url}${path}`, { headers });

describe("explorer API", () => {
  it("refuses every data route without the token, takes the bearer token or the login cookie", async () => {
    for (const path of ["/api/traces", "/api/overview", "/api/facets", "/api/traces/0123456789abcdef0123456789abcdef", "/api/sessions/s1"]) {
      const res = await get(path, {});
      expect(res.status, path).toBe(401);
      expect(await res.json()).toMatchObject({ login: true });
    }
    expect((await get("/api/traces?from=now-1h")).status).toBe(200);
    expect((await get("/api/traces", { authorization: "Bearer wrong" })).status).toBe(401);

    const config = (await (await get("/api/config", {})).json()) as Json;
    expect(config).toEqual({ auth_required: true, grafana_url: null });

    const wrong = await fetch(`${collector.url}/api/login`, { method: "POST", body: JSON.stringify({ token: "nope" }) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const ok = await fetch(`${collector.url}/api/login`, { method: "POST", body: JSON.stringify({ token: TOKEN }) });
    expect(ok.status).toBe(204);
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^llmscope_session=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(cookie).not.toContain(TOKEN);
    expect((await get("/api/traces", { cookie: cookie.split(";")[0]! })).status).toBe(200);
    expect((await get("/api/traces", { cookie: "llmscope_session=forged" })).status).toBe(401);
    // The cookie opens the explorer only: ingest and /v1 queries still want the bearer token.
    expect((await get("/v1/queries", { cookie: cookie.split(";")[0]! })).status).toBe(401);
  });

  it("answers 400 naming the parameter that is wrong", async () => {
    const cases: [string, RegExp][] = [
      ["/api/traces?sort=price", /^sort: expected one of start, name, duration/],
      ["/api/traces?order=up", /^order: /],
      ["/api/traces?limit=0", /^limit: expected 1–500/],
      ["/api/traces?limit=abc", /^limit: expected an integer/],
      ["/api/traces?from=yesterday", /^from: expected a time/],
      ["/api/traces?status=Maybe", /^status: /],
      ["/api/traces?has_pii=yes", /^has_pii: /],
      ["/api/traces?min_cost_usd=-1", /^min_cost_usd: expected a non-negative number/],
      ["/api/traces?service=a&service=b", /^service: expected one value/],
      ["/api/traces?colour=red", /unknown parameter\(s\) colour/],
      ["/api/overview?sort=start", /unknown parameter\(s\) sort/],
      ["/api/traces/not-a-trace-id", /^traceId: expected a trace id: 32 hex characters/],
    ];
    for (const [path, message] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as Json).error, path).toMatch(message);
    }
  });

  it("lists, pages, opens a trace, and 404s an unknown one", async () => {
    const page1 = (await (await get("/api/traces?limit=2&sort=tokens&order=desc")).json()) as Json;
    expect(page1).toMatchObject({ total: 5, limit: 2, offset: 0 });
    expect(page1.traces.map((t: { tokens: number }) => t.tokens)).toEqual([55, 44]);
    const past = (await (await get("/api/traces?limit=2&offset=10")).json()) as Json;
    expect(past).toMatchObject({ traces: [], total: 5 });

    const trace = (await (await get(`/api/traces/${page1.traces[0].TraceId.toUpperCase()}`)).json()) as Json;
    expect(trace.trace_id).toBe(page1.traces[0].TraceId);
    expect(trace.spans).toHaveLength(1);
    expect(trace.spans[0]).toMatchObject({
      depth: 0,
      name: "chat gpt-4o-mini",
      genai: { span_type: "llm", input_tokens: 50, output_tokens: 5, request_model: "gpt-4o-mini" },
    });

    const missing = await get("/api/traces/0123456789abcdef0123456789abcdef");
    expect(missing.status).toBe(404);

    const overview = (await (await get("/api/overview?from=now-1h")).json()) as Json;
    expect(overview.total).toMatchObject({ traces: 5, errors: 0 });
    expect(overview.bucket_seconds).toBe(60);
  });
});
