import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, fixtureDir, REPO_ROOT, startApp } from "./test-support/fixture-app";
import { startOtlpSink, type ExportedSpan } from "./test-support/otlp-sink";

/**
 * The zero-code promise, checked the way users run it: real `node` processes loading the built
 * package through its "exports", exporting over OTLP/HTTP to a local receiver.
 */

const HELPERS = `
  await withContext({ userId: "u-1", sessionId: "s-1", tags: { tenant: "acme" } }, () =>
    withPrompt({ name: "greet", version: "1", template: "Hi {{who}}", variables: { who: "Ada Secret" } }, async ({ text }) => {
      await traceRetrieval({ dataSourceId: "kb", topK: 2 }, async (s) => s.setDocuments([{ id: "a", score: 0.5 }]));
      await traceGuardrail({ name: "pii", stage: "input" }, async (s) => s.setResult({ decision: "pass" }));
      await traceLlmCall({ provider: "openai", model: "gpt-test", inputMessages: [{ role: "user", content: text }] }, async (s) =>
        s.setResponse({ id: "resp-1", usage: { inputTokens: 3, outputTokens: 4 } }),
      );
    }),
  );`;

const FIXTURES = {
  "app.mjs": `import "llmscope/register";
import { register, traceGuardrail, traceLlmCall, traceRetrieval, withContext, withPrompt } from "llmscope";
${HELPERS}
console.log(JSON.stringify({ mode: register().mode, same: register({ serviceName: "ignored" }) === register() }));
`,
  "app.cjs": `require("llmscope/register");
const { register, traceGuardrail, traceLlmCall, traceRetrieval, withContext, withPrompt } = require("llmscope");
(async () => {
${HELPERS}
  console.log(JSON.stringify({ mode: register().mode, same: register({ serviceName: "ignored" }) === register() }));
})();
`,
  "plain.cjs": `const { traceGuardrail, traceLlmCall, traceRetrieval, withContext, withPrompt } = require("llmscope");
(async () => {
${HELPERS}
  console.log("done");
})();
`,
  "waits.cjs": `require("llmscope/register");
const { forceFlush, traceLlmCall } = require("llmscope");
(async () => {
  await traceLlmCall({ provider: "openai", model: "before-signal" }, async () => undefined);
  if (process.env.APP_HANDLES_SIGINT) {
    process.on("SIGINT", async () => {
      console.log("app handler ran");
      await forceFlush();
      process.exit(7);
    });
  }
  setInterval(() => undefined, 1000);
  console.log("ready");
})();
`,
  "short-timeout.cjs": `const { register, traceLlmCall } = require("llmscope");
register({ flushTimeoutMillis: 300 });
(async () => {
  await traceLlmCall({ provider: "openai", model: "stuck" }, async () => undefined);
  setInterval(() => undefined, 1000);
  console.log("ready");
})();
`,
  "own-provider.cjs": `const { trace } = require("@opentelemetry/api");
const { InMemorySpanExporter, SimpleSpanProcessor } = require("@opentelemetry/sdk-trace-base");
const { NodeTracerProvider } = require("@opentelemetry/sdk-trace-node");
const appExporter = new InMemorySpanExporter();
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(appExporter)] }).register();
require("llmscope/register");
const { register, traceLlmCall, withContext } = require("llmscope");
(async () => {
  await withContext({ userId: "u-2" }, () =>
    traceLlmCall({ provider: "openai", model: "gpt-own" }, async () => trace.getTracer("app").startSpan("app-span").end()),
  );
  const seen = appExporter.getFinishedSpans().map((s) => ({ name: s.name, user: s.attributes["user.id"] }));
  console.log(JSON.stringify({ mode: register().mode, seen }));
})();
`,
};

let fixtures: ReturnType<typeof fixtureDir>;
let sink: Awaited<ReturnType<typeof startOtlpSink>> | undefined;

beforeAll(() => {
  buildPackage();
  fixtures = fixtureDir(FIXTURES);
  return () => fixtures.remove();
}, 60_000);

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

async function run(args: string[], env: Record<string, string>) {
  const current = (sink = await startOtlpSink());
  const app = startApp(fixtures.dir, args, { OTEL_EXPORTER_OTLP_ENDPOINT: current.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", ...env });
  const exit = await app.exited;
  return { ...exit, stdout: app.stdout(), stderr: app.stderr(), spans: current.spans(), requests: current.requests };
}

const jsonEnv = { OTEL_SERVICE_NAME: "fixture-app", OTEL_RESOURCE_ATTRIBUTES: "deployment.environment=test,team=ml" };

function expectHelperTrace(spans: ExportedSpan[]) {
  const byName = (name: string) => {
    const found = spans.filter((s) => s.name === name);
    expect(found, `${name} in ${spans.map((s) => s.name).join(", ")}`).toHaveLength(1);
    return found[0]!;
  };
  expect(spans.map((s) => s.name).sort()).toEqual(["apply_guardrail pii", "chat gpt-test", "render_prompt greet", "retrieval kb"]);
  const render = byName("render_prompt greet");
  const llm = byName("chat gpt-test");
  for (const s of spans) {
    expect(s.scope).toBe("llmscope");
    expect(s.traceId).toBe(render.traceId);
    expect(s.resource).toMatchObject({ "service.name": "fixture-app", "deployment.environment": "test", team: "ml", "telemetry.sdk.language": "nodejs" });
    expect(s.attributes).toMatchObject({ "user.id": "u-1", "session.id": "s-1", "llmscope.tag.tenant": "acme" });
    if (s !== render) expect(s.parentSpanId).toBe(render.spanId);
  }
  expect(llm.kind).toBe(3); // SPAN_KIND_CLIENT in OTLP numbering
  expect(llm.attributes).toMatchObject({
    "llmscope.span.type": "llm",
    "gen_ai.provider.name": "openai",
    "gen_ai.prompt.name": "greet",
    "gen_ai.prompt.version": "1",
    "gen_ai.response.id": "resp-1",
    "gen_ai.usage.input_tokens": 3,
    "gen_ai.usage.output_tokens": 4,
  });
  expect(byName("retrieval kb").attributes["llmscope.retrieval.score.max"]).toBe(0.5);
  return { render, llm };
}

describe("llmscope/register in a real node process", () => {
  it("resolves through the package exports to the built CommonJS file", () => {
    expect(require.resolve("llmscope/register", { paths: [REPO_ROOT] })).toBe(path.join(REPO_ROOT, "instrumentation/dist/register.js"));
  });

  it('ESM: import "llmscope/register" exports the helpers\' spans with resource from the environment', async () => {
    const r = await run(["app.mjs"], jsonEnv);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ mode: "own-provider", same: true });
    expect(r.requests.every((q) => q.path === "/v1/traces" && q.headers["content-type"] === "application/json")).toBe(true);
    const { llm } = expectHelperTrace(r.spans);
    expect(JSON.stringify(r.spans)).not.toContain("Ada Secret");
    expect(llm.attributes).not.toHaveProperty("gen_ai.input.messages");
  }, 15_000);

  it('CJS: require("llmscope/register") works the same, and the capture variable turns content on', async () => {
    const r = await run(["app.cjs"], { ...jsonEnv, OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ mode: "own-provider", same: true });
    const { render, llm } = expectHelperTrace(r.spans);
    expect(render.attributes["gen_ai.prompt.variable.who"]).toBe("Ada Secret");
    expect(JSON.parse(llm.attributes["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "Hi Ada Secret" }] }]);
  }, 15_000);

  it("node --import llmscope/register traces an app that never imports the register module", async () => {
    const r = await run(["--import", "llmscope/register", "plain.cjs"], jsonEnv);
    expect(r.code, r.stderr).toBe(0);
    expectHelperTrace(r.spans);
  }, 15_000);

  it("protobuf: an unsupported protocol warns once, naming the variable, and falls back without leaking headers", async () => {
    sink = await startOtlpSink();
    const app = startApp(fixtures.dir, ["app.cjs"], {
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${sink.url}/custom/path`,
      OTEL_EXPORTER_OTLP_PROTOCOL: "grpc",
      OTEL_EXPORTER_OTLP_HEADERS: "authorization=Bearer sk-secret-123",
    });
    expect((await app.exited).code, app.stderr()).toBe(0);
    const warnings = app
      .stderr()
      .split("\n")
      .filter((l) => l.includes("OTEL_EXPORTER_OTLP_PROTOCOL"));
    expect(warnings).toEqual([
      'llmscope: OTEL_EXPORTER_OTLP_PROTOCOL="grpc" is not supported by llmscope; expected one of "http/protobuf", "http/json". Using "http/protobuf".',
    ]);
    expect(sink.requests.length).toBeGreaterThan(0);
    for (const req of sink.requests) {
      expect(req.path).toBe("/custom/path");
      expect(req.headers["content-type"]).toBe("application/x-protobuf");
      expect(req.headers.authorization).toBe("Bearer sk-secret-123");
    }
    const body = Buffer.concat(sink.requests.map((q) => q.body));
    expect(body.length).toBeGreaterThan(0);
    expect(body.includes("chat gpt-test")).toBe(true);
    expect(app.stdout() + app.stderr()).not.toContain("sk-secret-123");
  }, 15_000);

  it("OTEL_SDK_DISABLED=true sends nothing and leaves the app working", async () => {
    const r = await run(["app.cjs"], { ...jsonEnv, OTEL_SDK_DISABLED: "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ mode: "disabled", same: true });
    expect(r.requests).toHaveLength(0);
  }, 15_000);

  it("an app's own provider keeps its exporter and llmscope's exporter receives the same spans", async () => {
    const r = await run(["own-provider.cjs"], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { mode: string; seen: { name: string; user?: string }[] };
    expect(out.mode).toBe("attached");
    expect(out.seen).toEqual([
      { name: "app-span", user: "u-2" },
      { name: "chat gpt-own", user: "u-2" },
    ]);
    expect(r.spans.map((s) => [s.name, s.attributes["user.id"]])).toEqual([
      ["app-span", "u-2"],
      ["chat gpt-own", "u-2"],
    ]);
  }, 15_000);
});

describe("flush on signals", () => {
  it("SIGTERM flushes pending spans, then the process still dies of SIGTERM", async () => {
    sink = await startOtlpSink();
    const app = startApp(fixtures.dir, ["waits.cjs"], { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" });
    await app.printed("ready");
    expect(sink.requests).toHaveLength(0); // still in the batch queue
    app.child.kill("SIGTERM");
    expect(await app.exited).toEqual({ code: null, signal: "SIGTERM" });
    expect(sink.spans().map((s) => s.name)).toEqual(["chat before-signal"]);
  }, 15_000);

  it("an app's own SIGINT handler still runs and decides the exit; spans are flushed", async () => {
    sink = await startOtlpSink();
    const app = startApp(fixtures.dir, ["waits.cjs"], {
      OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      APP_HANDLES_SIGINT: "1",
    });
    await app.printed("ready");
    app.child.kill("SIGINT");
    expect(await app.exited).toEqual({ code: 7, signal: null });
    expect(app.stdout()).toContain("app handler ran");
    expect(sink.spans().map((s) => s.name)).toEqual(["chat before-signal"]);
  }, 15_000);

  it("a collector that never answers cannot keep a SIGTERM'd process alive past the flush timeout", async () => {
    let received = 0;
    const silent = createServer(() => received++); // takes the request, never responds
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const app = startApp(fixtures.dir, ["short-timeout.cjs"], { OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" });
      await app.printed("ready");
      const sentAt = Date.now();
      app.child.kill("SIGTERM");
      expect(await app.exited).toEqual({ code: null, signal: "SIGTERM" });
      expect(Date.now() - sentAt).toBeLessThan(3000);
      expect(received).toBe(1);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 15_000);
});
