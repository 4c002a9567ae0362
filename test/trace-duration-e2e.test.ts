import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { buildPackage, fixtureDir } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { startTestCollector } from "./support/collector";

/**
 * Whole-trace durations through the real SDK (`--import llmscope/register`, the real `openai`
 * package against the fake OpenAI server) and a real collector: a request whose root span is a
 * short prompt render that ends before the chat call it starts (the shape that showed the root's
 * few milliseconds as the trace's duration). `recent_traces` must report the latest span end minus
 * the earliest span start, computed here from the stored spans' own start times and durations.
 */
type Row = Record<string, unknown>;
const SERVICE = "trace-duration-e2e";

const APP = `// Written by test/trace-duration-e2e.test.ts; run with --import llmscope/register.
import OpenAI from "openai";
import { context, trace } from "@opentelemetry/api";

const client = new OpenAI({ baseURL: process.env.FAKE_OPENAI_URL + "/v1", apiKey: "sk-test", maxRetries: 0 });
const tracer = trace.getTracer("trace-duration-app");
const out = { traces: [] };

for (let i = 0; i < 3; i++) {
  // The root ends at once; the chat call runs in its context afterwards, so it outlives its parent.
  let ctx;
  tracer.startActiveSpan("render_prompt", (span) => {
    ctx = context.active();
    out.traces.push(span.spanContext().traceId);
    span.end();
  });
  await context.with(ctx, () => client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi " + i }] }));
}
process.stdout.write(JSON.stringify(out) + "\\n");
`;

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let fixture: ReturnType<typeof fixtureDir>;
let traceIds: string[];

beforeAll(async () => {
  buildPackage();
  collector = await startTestCollector();
  // Real latency (seeded): the chat call takes tens of milliseconds, the render almost nothing.
  fake = await startFakeOpenAI({ seed: 5 });
  fixture = fixtureDir({ "app.mjs": APP });
  const run = await runNode(
    ["--import", "llmscope/register", path.join(fixture.dir, "app.mjs")],
    { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: SERVICE, FAKE_OPENAI_URL: fake.url },
    fixture.dir,
  );
  expect(run.code, run.stderr).toBe(0);
  traceIds = (JSON.parse(run.stdout.trim().split("\n").pop()!) as { traces: string[] }).traces;
  await collector.flush();
}, 120_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
  fixture?.remove();
});

describe("whole-trace duration through the SDK and the collector", () => {
  it("recent_traces reports latest end minus earliest start, not the root span's duration", async () => {
    const spans = await collector.store.query<{ TraceId: string; SpanName: string; ParentSpanId: string; startNs: string; durationNs: string }>(
      `SELECT TraceId, SpanName, ParentSpanId, toString(toUnixTimestamp64Nano(Timestamp)) AS startNs, toString(Duration) AS durationNs
       FROM otel_traces WHERE ServiceName = '${SERVICE}'`,
    );
    const url = new URL("/v1/queries/recent_traces", collector.url);
    for (const [k, v] of Object.entries({ from: "now-1h", to: "now", service: SERVICE, limit: "10" })) url.searchParams.set(k, v);
    const res = await fetch(url);
    const body = (await res.json()) as { rows?: Row[]; error?: string };
    expect(res.status, body.error).toBe(200);
    const rows = body.rows!;
    expect(rows.map((r) => r.TraceId).sort()).toEqual([...traceIds].sort());
    for (const row of rows) {
      const own = spans.filter((s) => s.TraceId === row.TraceId);
      expect(own.length, "root and chat span").toBeGreaterThanOrEqual(2);
      const root = own.find((s) => s.ParentSpanId === "")!;
      expect(root.SpanName).toBe("render_prompt");
      expect(row.root_span).toBe("render_prompt");
      const start = own.reduce((m, s) => (BigInt(s.startNs) < m ? BigInt(s.startNs) : m), BigInt(own[0]!.startNs));
      const end = own.reduce((m, s) => (BigInt(s.startNs) + BigInt(s.durationNs) > m ? BigInt(s.startNs) + BigInt(s.durationNs) : m), 0n);
      const wholeMs = Number(end - start) / 1e6;
      const rootMs = Number(root.durationNs) / 1e6;
      // The shape under test: the root is much shorter than the trace.
      expect(wholeMs).toBeGreaterThan(rootMs + 5);
      expect(Math.abs((row.duration_ms as number) - wholeMs)).toBeLessThan(1e-6 * Math.max(1, wholeMs));
    }
  });
});
