import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDir } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { startCliCollector, type CliCollector } from "./support/cli-collector";
import { llmSpansJson } from "./support/otlp-json";

/**
 * LLMSCOPE_AUTH_TOKEN as docs/api.md promises it: every /v1/* route answers 401 without the token
 * or with a wrong one, and works with `Authorization: Bearer <token>`; /healthz and /metrics (counters
 * only) stay open. The collector is `llmscope start` in a child process, configured by environment.
 */
const TOKEN = `tok-${randomBytes(12).toString("hex")}`;
const SERVICE = "auth-svc";
const SPANS = 3;
const tokens = (i: number) => ({ input: 40 + i, output: 5 + i });

let collector: CliCollector;
let url: string;

beforeAll(async () => {
  collector = await startCliCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  url = collector.url;
}, 90_000);

afterAll(async () => {
  if (collector) expect(await collector.stop()).toBe(0);
});

interface Route {
  name: string;
  request: (headers: Record<string, string>) => Promise<Response>;
  ok: number;
}

const get = (route: string) => (headers: Record<string, string>) => fetch(`${url}${route}`, { headers });
const post = (route: string, body: string) => (headers: Record<string, string>) =>
  fetch(`${url}${route}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** The last day up to an hour ahead, so spans stamped "now" are inside. */
const RANGE = `from=now-1d&to=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`;

const ROUTES: Route[] = [
  { name: "POST /v1/traces", request: (h) => post("/v1/traces", llmSpansJson(SERVICE, SPANS, tokens))(h), ok: 200 },
  {
    name: "POST /v1/feedback",
    request: (h) => post("/v1/feedback", JSON.stringify({ trace_id: randomBytes(16).toString("hex"), name: "user_rating", value: 1 }))(h),
    ok: 201,
  },
  { name: "GET /v1/queries", request: get("/v1/queries"), ok: 200 },
  { name: "GET /v1/queries/:name", request: get(`/v1/queries/spend_by_model?${RANGE}&service=${SERVICE}`), ok: 200 },
  { name: "GET /v1/stats", request: get("/v1/stats"), ok: 200 },
  { name: "GET /v1/drift", request: get("/v1/drift"), ok: 200 },
  { name: "GET /v1/alerts", request: get("/v1/alerts"), ok: 200 },
  { name: "GET /v1/alerts/check", request: get("/v1/alerts/check?rule=error_rate_high"), ok: 200 },
  { name: "GET /v1/alerts/events", request: get("/v1/alerts/events"), ok: 200 },
];

/** Headers that must not get through: missing, wrong, near-misses of the right token, other schemes. */
const REFUSED: { name: string; headers: () => Record<string, string> }[] = [
  { name: "no Authorization header", headers: () => ({}) },
  { name: "a wrong token", headers: () => ({ authorization: "Bearer not-the-token" }) },
  { name: "the token with one more character", headers: () => ({ authorization: `Bearer ${TOKEN}x` }) },
  { name: "the token less its last character", headers: () => ({ authorization: `Bearer ${TOKEN.slice(0, -1)}` }) },
  { name: "the token in upper case", headers: () => ({ authorization: `Bearer ${TOKEN.toUpperCase()}` }) },
  { name: "Bearer with no token", headers: () => ({ authorization: "Bearer " }) },
  { name: "the bare token, no scheme", headers: () => ({ authorization: TOKEN }) },
  { name: "the token as Basic credentials", headers: () => ({ authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString("base64")}` }) },
  { name: "the token in another header", headers: () => ({ "x-api-key": TOKEN }) },
];

const health = async () => (await (await fetch(`${url}/healthz`)).json()) as { spans: { received: number; stored: number } };

describe("LLMSCOPE_AUTH_TOKEN", () => {
  it.each(REFUSED)("401 on every /v1 route with $name, and nothing is received", async ({ headers }) => {
    const before = (await health()).spans.received;
    for (const route of ROUTES) {
      const res = await route.request(headers());
      expect(res.status, route.name).toBe(401);
      expect(res.headers.get("www-authenticate"), route.name).toBe('Bearer realm="llmscope"');
      const body = (await res.json()) as { message: string };
      expect(body.message, route.name).toMatch(/bearer token|Authorization: Bearer/);
    }
    // A route the collector does not have is refused the same way: no probing without the token.
    expect((await fetch(`${url}/v1/no-such-route`, { headers: headers() })).status).toBe(401);
    expect((await health()).spans.received).toBe(before);
  });

  it("the token in the URL query string is not accepted", async () => {
    expect((await fetch(`${url}/v1/queries?token=${TOKEN}`)).status).toBe(401);
    expect((await fetch(`${url}/v1/queries?access_token=${TOKEN}`)).status).toBe(401);
  });

  it("/healthz and /metrics stay open (counters only)", async () => {
    const healthz = await fetch(`${url}/healthz`);
    expect(healthz.status).toBe(200);
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("llmscope_receiver_spans_received_total");
  });

  it("every /v1 route answers with the right token; the spans sent are stored and queryable", async () => {
    for (const route of ROUTES) {
      const res = await route.request({ authorization: `Bearer ${TOKEN}` });
      expect(res.status, `${route.name}: ${await res.clone().text()}`).toBe(route.ok);
    }
    // The scheme is case-insensitive (RFC 9110), the token is not.
    expect((await get("/v1/stats")({ authorization: `bearer ${TOKEN}` })).status).toBe(200);

    await waitFor(async () => (await health()).spans.stored === SPANS);
    const res = await get(`/v1/queries/spend_by_model?${RANGE}&service=${SERVICE}`)({ authorization: `Bearer ${TOKEN}` });
    const { rows } = (await res.json()) as { rows: { model: string; calls: number; input_tokens: number; output_tokens: number }[] };
    let input = 0;
    let output = 0;
    for (let i = 0; i < SPANS; i++) [input, output] = [input + tokens(i).input, output + tokens(i).output];
    expect(rows).toEqual([expect.objectContaining({ model: "gpt-4o-mini", calls: SPANS, input_tokens: input, output_tokens: output })]);
  });

  it("an app's OTLP exporter gets in only with OTEL_EXPORTER_OTLP_HEADERS carrying the token", async () => {
    const app = fixtureDir({
      "app.mjs": `import "llmscope/register";
import { traceLlmCall } from "llmscope";
await traceLlmCall({ provider: "openai", model: "gpt-4o" }, async (span) => span.setResponse({ id: "r-" + process.env.RUN, usage: { inputTokens: 7, outputTokens: 2 } }));
`,
    });
    try {
      const env = { OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_SERVICE_NAME: "auth-app" };
      const refused = await runNode([path.join(app.dir, "app.mjs")], { ...env, RUN: "without" }, app.dir);
      expect(refused.code, refused.stderr).toBe(0);
      const before = (await health()).spans;
      const sent = await runNode(
        [path.join(app.dir, "app.mjs")],
        { ...env, RUN: "with", OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer ${TOKEN}` },
        app.dir,
      );
      expect(sent.code, sent.stderr).toBe(0);
      await waitFor(async () => (await health()).spans.stored === before.stored + 1);
      // Only the run with the header reached the receiver.
      expect((await health()).spans.received).toBe(before.received + 1);
      const res = await get(`/v1/queries/spend_by_model?${RANGE}&service=auth-app`)({ authorization: `Bearer ${TOKEN}` });
      expect(((await res.json()) as { rows: unknown[] }).rows).toEqual([
        expect.objectContaining({ model: "gpt-4o", calls: 1, input_tokens: 7, output_tokens: 2 }),
      ]);
    } finally {
      app.remove();
    }
  }, 60_000);

  it("never prints the token", () => {
    expect(collector.stdout()).toContain("bearer token required");
    expect(collector.stdout() + collector.stderr()).not.toContain(TOKEN);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
