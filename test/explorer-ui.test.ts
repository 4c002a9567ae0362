import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headlessChromiumOptions } from "../tools/src/bench/headless-chromium";
import { runDemo } from "../tools/src/demo/rag-app";
import { startTestCollector } from "./support/collector";

/**
 * The trace explorer in Debian's headless Chromium, against a real collector (token set) filled by
 * the demo app plus one trace whose prompt carries markup. Figures the page shows are checked
 * against SQL over the store; every page is saved as a screenshot in a temp folder.
 */
const TOKEN = "explorer-test-token-7d1f";
const GRAFANA = "http://grafana.test:3000";
const DEMO_TRACES = 60;
const XSS = `<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)">`;
const XSS_TRACE = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let context: BrowserContext;
let page: Page;
const shots = mkdtempSync(path.join(tmpdir(), "llmscope-explorer-shots-"));
const profile = mkdtempSync(path.join(tmpdir(), "llmscope-chromium-"));
const dialogs: string[] = [];
/** Console errors, e.g. a Content-Security-Policy violation by the page's own code. */
const consoleErrors: string[] = [];

async function count(sql: string, params: Record<string, string> = {}): Promise<number> {
  const [row] = await collector.store.query<{ n: string | number }>(sql, params);
  return Number(row!.n);
}

async function shot(name: string): Promise<void> {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

/** A trace whose prompt, answer, span name and attributes carry markup that would run if parsed as HTML. */
function markupTrace(): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
  const span = {
    traceId: XSS_TRACE,
    spanId: "1a2b3c4d5e6f7081",
    name: `chat gpt-4o ${XSS}`,
    kind: 3,
    startTimeUnixNano: String(now - 500_000_000n),
    endTimeUnixNano: String(now - 100_000_000n),
    attributes: [
      attr("gen_ai.operation.name", "chat"),
      attr("gen_ai.request.model", "gpt-4o"),
      attr("gen_ai.provider.name", "openai"),
      attr("gen_ai.input.messages", JSON.stringify([{ role: "user", parts: [{ type: "text", content: `Summarise this page: ${XSS}` }] }])),
      attr("gen_ai.output.messages", JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: `Sure: ${XSS}` }], finish_reason: "stop" }])),
      attr("app.note", XSS),
    ],
  };
  return JSON.stringify({
    resourceSpans: [{ resource: { attributes: [attr("service.name", "markup-app")] }, scopeSpans: [{ scope: { name: "test" }, spans: [span] }] }],
  });
}

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN, LLMSCOPE_GRAFANA_URL: GRAFANA });
  process.env.OTEL_EXPORTER_OTLP_HEADERS = `authorization=Bearer ${TOKEN}`;
  await runDemo({ collectorUrl: collector.url, traces: DEMO_TRACES, latencyScale: 0.01, protocol: "http/json", concurrency: 4 });
  const res = await fetch(`${collector.url}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: markupTrace(),
  });
  expect(res.status).toBe(200);
  await collector.flush();

  context = await chromium.launchPersistentContext(profile, headlessChromiumOptions());
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    // The 401 before login is expected; anything else logged as an error is not.
    if (m.type() === "error" && !/status of 401/.test(m.text())) consoleErrors.push(m.text());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await collector?.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`explorer screenshots: ${shots}`);
});

const ready = () => page.waitForSelector("body[data-state=ready]");
/** Marks the page stale first: a hash change keeps the document, so "ready" must come from the new render. */
async function open(hash: string): Promise<void> {
  await page.evaluate("document.body.dataset.state = 'navigating'");
  await page.goto(`${collector.url}/${hash}`);
  await ready();
}

describe("trace explorer in Chromium", () => {
  it("serves the page with a strict Content-Security-Policy and no inline script", async () => {
    const res = await fetch(`${collector.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${collector.url}/api/traces`)).status).toBe(401);
  });

  it("without the token asks for it and shows no data", async () => {
    const answers: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/api/traces")) answers.push(r.status());
    });
    await page.goto(`${collector.url}/`);
    await ready();
    await page.waitForSelector("#login");
    expect(await page.locator("table").count()).toBe(0);
    const text = await page.locator("body").innerText();
    expect(text).not.toContain("render_prompt");
    expect(text).not.toContain("gpt-4o");
    expect(answers).toEqual([401]);
    await shot("0-login");

    await page.fill("#token", "wrong-token");
    await page.click("#login button[type=submit]");
    await page.waitForSelector("#login .error:not(:empty)");
    expect(await page.locator("table").count()).toBe(0);
  });

  it("after the token, lists the demo's traces with an HttpOnly SameSite=Strict session cookie", async () => {
    await page.fill("#token", TOKEN);
    await page.click("#login button[type=submit]");
    await page.waitForSelector("#traces tbody tr.trace");
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: "llmscope_session", httpOnly: true, sameSite: "Strict" });
    expect(cookies[0]!.value).not.toContain(TOKEN);
    expect(await page.evaluate("document.cookie")).toBe("");

    const total = await count("SELECT count(DISTINCT TraceId) AS n FROM otel_traces WHERE ParentSpanId = ''");
    expect(total).toBe(DEMO_TRACES + 1);
    expect(await page.locator("#traces tbody tr.trace").count()).toBe(50);
    expect(await page.locator(".page-info").innerText()).toBe(`1–50 of ${total}`);
    expect(await page.locator(".overview .stat").first().innerText()).toContain(String(total));
    await shot("1-traces");
  });

  it("a filter narrows the list to the traces the store says match", async () => {
    await page.selectOption("select[name=model]", "gpt-4o");
    await page.evaluate("document.body.dataset.state = 'navigating'");
    await page.click("#filters button[type=submit]");
    await page.waitForURL(/model=gpt-4o/);
    await ready();
    const expected = await count("SELECT count(DISTINCT TraceId) AS n FROM llm_spans WHERE SpanType = 'llm' AND RequestModel = 'gpt-4o'");
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(DEMO_TRACES);
    expect(await page.locator("#traces tbody tr.trace").count()).toBe(expected);

    await open(`#/traces?has_pii=1`);
    const pii = await count("SELECT count(DISTINCT TraceId) AS n FROM llm_spans WHERE PiiCount > 0");
    expect(pii).toBeGreaterThan(0);
    expect(await page.locator("#traces tbody tr.trace").count()).toBe(pii);
    await shot("2-filtered");
  });

  it("clicking a trace opens its waterfall with every span, and sorting by duration puts the longest first", async () => {
    await open(`#/traces?service=llmscope-demo&sort=duration&order=desc`);
    const first = page.locator("#traces tbody tr.trace").first();
    const traceId = (await first.getAttribute("data-trace-id"))!;
    await page.evaluate("document.body.dataset.state = 'navigating'");
    await first.locator("td").nth(3).click();
    await page.waitForSelector("#waterfall");
    await ready();
    expect(page.url()).toContain(`#/trace/${traceId}`);
    const spans = await count("SELECT count() AS n FROM otel_traces WHERE TraceId = {id:String}", { id: traceId });
    expect(spans).toBeGreaterThan(2);
    expect(await page.locator("#waterfall .wf-row").count()).toBe(spans);
    expect(await page.locator("#span-count").innerText()).toBe(`${spans} spans`);
    // Nesting: the root at depth 0, its children below it.
    const depths = await page.locator("#waterfall .wf-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-depth"))));
    expect(depths[0]).toBe(0);
    expect(Math.max(...depths)).toBeGreaterThan(0);
    const extent = "max(toUnixTimestamp64Nano(Timestamp) + toInt64(Duration)) - min(toUnixTimestamp64Nano(Timestamp))";
    const longest = await count(
      `SELECT max(d) AS n FROM (SELECT ${extent} AS d FROM otel_traces WHERE TraceId IN (SELECT TraceId FROM otel_traces WHERE ParentSpanId = '' AND ServiceName = 'llmscope-demo') GROUP BY TraceId)`,
    );
    const shown = await count(`SELECT ${extent} AS n FROM otel_traces WHERE TraceId = {id:String}`, { id: traceId });
    expect(shown).toBe(longest);
    const grafana = await page.locator("a.grafana").getAttribute("href");
    expect(grafana).toMatch(new RegExp(`^${GRAFANA}/d/llmscope-overview\\?var-trace_id=${traceId}&from=\\d+&to=\\d+$`));
    await shot("3-trace");
  });

  it("a span with captured content shows the conversation with PII redacted", async () => {
    const [row] = await collector.store.query<{ TraceId: string; SpanId: string }>(
      "SELECT TraceId, SpanId FROM llm_spans WHERE SpanType = 'llm' AND PiiCount > 0 ORDER BY Timestamp LIMIT 1",
    );
    expect(row).toBeDefined();
    await open(`#/trace/${row!.TraceId}?span=${row!.SpanId}`);
    await page.waitForSelector(`#span-detail[data-span-id="${row!.SpanId}"] .conversation .message`);
    const conversation = await page.locator("#span-detail .conversation").innerText();
    expect(conversation).toMatch(/\[(EMAIL|PHONE|CREDIT_CARD)\]/);
    for (const raw of ["jamie.rivera@example.com", "415 555 0134", "4111 1111 1111 1111"]) expect(conversation).not.toContain(raw);
    expect(await page.locator("#span-detail .conversation .message.role-system").count()).toBe(1);
    expect(await page.locator("#span-detail .conversation .message.output").count()).toBeGreaterThan(0);
    const detail = await page.locator("#span-detail").innerText();
    expect(detail).toMatch(/PII\s+\d+ found/);
    expect(detail).toMatch(/tokens and cost/i);
    await shot("4-span-pii");
  });

  it("markup in a prompt, an answer, a span name and an attribute is shown as text and runs nothing", async () => {
    await open(`#/trace/${XSS_TRACE}`);
    await page.waitForSelector("#span-detail .conversation .message");
    const texts = await page.locator("#span-detail .message-text").allTextContents();
    expect(texts).toEqual([`Summarise this page: ${XSS}`, `Sure: ${XSS}`]);
    expect(await page.locator("#span-detail h2").textContent()).toBe(`chat gpt-4o ${XSS}`);
    await page.locator("details.attributes summary").click();
    expect(await page.locator("details.attributes").innerText()).toContain(XSS);
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    // The list shows the same name as text too.
    await open(`#/traces?service=markup-app`);
    expect(await page.locator("#traces tbody tr.trace td a").first().textContent()).toBe(`chat gpt-4o ${XSS}`);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await shot("5-markup");
  });

  it("the session view lists the session's traces in order with cost and scores", async () => {
    const [row] = await collector.store.query<{ SessionId: string; n: string }>(
      "SELECT SessionId, count(DISTINCT TraceId) AS n FROM llm_spans WHERE SessionId != '' GROUP BY SessionId ORDER BY n DESC, SessionId LIMIT 1",
    );
    await open(`#/session/${encodeURIComponent(row!.SessionId)}`);
    await page.waitForSelector("#session-traces");
    expect(await page.locator("#session-traces tbody tr").count()).toBe(Number(row!.n));
    const starts = await page.locator("#session-traces tbody tr td:nth-child(2)").allTextContents();
    expect(starts).toEqual([...starts].sort());
    expect(await page.locator("#session-traces .score-chip").count()).toBeGreaterThan(0);
    await shot("6-session");
  });
});
