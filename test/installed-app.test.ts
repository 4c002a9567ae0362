import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { FAKE_ANTHROPIC_USAGE, startFakeAnthropic } from "../instrumentation/src/test-support/fake-anthropic-server";
import { OLLAMA_COUNTS, startFakeOllama } from "../instrumentation/src/test-support/fake-ollama-server";
import { startTestCollector } from "./support/collector";
import { freePort } from "./support/free-port";
import { compileTypeScript, installApp, packWorkspaces, REPO_TYPES, runIn, type InstalledApp } from "./support/packed-app";

/**
 * The ways users load llmscope, each in a real app folder outside the repository that installed
 * the packed `llmscope` tarball (with its dependency @llmscope/semconv, packed too, where the
 * registry would supply it) and `openai` from the registry: the LLM spans must reach a real
 * collector and its store, or the app must say why not.
 */
type Row = Record<string, unknown>;

/** The app's one model call, written once per module style. */
const CALL = `
const client = new OpenAI({ baseURL: process.env.FAKE_OPENAI_URL + "/v1", apiKey: "sk-test-not-a-secret", maxRetries: 0 });
const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ id: res.id, usage: res.usage }) + "\\n");
`;
const cjs = (head: string) => `${head}\n(async () => {${CALL}})();\n`;

const FILES: Record<string, string> = {
  "cjs.cjs": cjs(`require("llmscope/register");\nconst { OpenAI } = require("openai");`),
  "cjs-late.cjs": cjs(`const { OpenAI } = require("openai");\nrequire("llmscope/register");`),
  "esm.mjs": `import "llmscope/register";\nimport OpenAI from "openai";\n${CALL}`,
  "esm-plain.mjs": `import OpenAI from "openai";\n${CALL}`,
  "esm-register-call.mjs": `import { register } from "llmscope";\nimport OpenAI from "openai";\nawait register().ready;\n${CALL}`,
  "ts-esm/package.json": JSON.stringify({ type: "module" }),
  "ts-esm/tsconfig.json": JSON.stringify({
    compilerOptions: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      target: "ES2022",
      outDir: "dist",
      strict: true,
      skipLibCheck: true,
      typeRoots: [REPO_TYPES],
      types: ["node"],
    },
    include: ["src"],
  }),
  "ts-esm/src/main.ts": `import "llmscope/register";\nimport OpenAI from "openai";\n${CALL}`,
  "ts-cjs/package.json": JSON.stringify({ type: "commonjs" }),
  "ts-cjs/tsconfig.json": JSON.stringify({
    compilerOptions: {
      module: "CommonJS",
      moduleResolution: "Node10",
      target: "ES2022",
      outDir: "dist",
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      typeRoots: [REPO_TYPES],
      types: ["node"],
    },
    include: ["src"],
  }),
  // Node10 resolution ignores "exports"; the import still compiles to require("llmscope/register").
  "ts-cjs/src/main.ts": `import "llmscope/register";\nimport OpenAI from "openai";\nasync function main() {${CALL}}\nvoid main();\n`,
  "anthropic.mjs": `import "llmscope/register";
import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic({ baseURL: process.env.FAKE_ANTHROPIC_URL, apiKey: "sk-ant-test-not-a-secret", maxRetries: 0 });
const res = await client.messages.create({ model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: "How do refunds work?" }] });
process.stdout.write(JSON.stringify({ id: res.id, usage: res.usage }) + "\\n");
`,
  "ollama.mjs": `import "llmscope/register";
import { Ollama } from "ollama";
const client = new Ollama({ host: process.env.FAKE_OLLAMA_URL });
const res = await client.chat({ model: "llama3.2", messages: [{ role: "user", content: "How do refunds work?" }], stream: false });
process.stdout.write(JSON.stringify({ prompt_eval_count: res.prompt_eval_count, eval_count: res.eval_count }) + "\\n");
`,
  "ollama-late.cjs": `const { Ollama } = require("ollama");
require("llmscope/register");
(async () => {
  const res = await new Ollama({ host: process.env.FAKE_OLLAMA_URL }).chat({ model: "llama3.2", messages: [{ role: "user", content: "How do refunds work?" }], stream: false });
  process.stdout.write(JSON.stringify({ prompt_eval_count: res.prompt_eval_count, eval_count: res.eval_count }) + "\\n");
})();
`,
  // Bundled with the packages kept external (the documented setting for bundlers).
  "bundle-src/main.mjs": `import "llmscope/register";\nimport OpenAI from "openai";\nimport { greet } from "./greet.mjs";\ngreet();\n${CALL}`,
  "bundle-src/greet.mjs": `export function greet() {}\n`,
  "langchain.mjs": `import "llmscope/register";
import { ChatOpenAI } from "@langchain/openai";
const model = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "sk-test-not-a-secret", maxRetries: 0, configuration: { baseURL: process.env.FAKE_OPENAI_URL + "/v1" } });
const res = await model.invoke("How do refunds work?");
process.stdout.write(JSON.stringify({ id: res.id, usage: { prompt_tokens: res.usage_metadata?.input_tokens, completion_tokens: res.usage_metadata?.output_tokens } }) + "\\n");
`,
};

const LATE_WARNING =
  'llmscope: "openai" was loaded before llmscope/register, so calls made before that were not traced; make llmscope/register the first require/import of the app, or start it with `node --require llmscope/register` (ESM: `node --import llmscope/register`).';

const TOKEN = "installed-app-test-token";
const AUTH = { OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer ${TOKEN}` };

let app: InstalledApp;
let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let fakeAnthropic: Awaited<ReturnType<typeof startFakeAnthropic>>;
let fakeOllama: Awaited<ReturnType<typeof startFakeOllama>>;

beforeAll(async () => {
  const tarballs = packWorkspaces(["semconv", "instrumentation"]);
  app = installApp(
    {
      llmscope: `file:${tarballs.instrumentation}`,
      "@llmscope/semconv": `file:${tarballs.semconv}`,
      openai: "6.30.1",
      "@anthropic-ai/sdk": "1.12.0",
      ollama: "0.6.4",
      "@langchain/openai": "1.6.0",
      "@langchain/core": "1.4.0",
      esbuild: "0.28.2",
    },
    FILES,
    // @langchain/openai brings its own openai copy (its range excludes the app's 6.x); pinned to a
    // tested release so doctor's verdict does not change with the registry's newest openai.
    { "@langchain/openai": { openai: "7.59.0" } },
  );
  execFileSync(
    path.join(app.dir, "node_modules/.bin/esbuild"),
    ["bundle-src/main.mjs", "--bundle", "--platform=node", "--format=esm", "--packages=external", "--outfile=bundle/app.mjs"],
    {
      cwd: app.dir,
      stdio: "pipe",
    },
  );
  compileTypeScript(path.join(app.dir, "ts-esm"));
  compileTypeScript(path.join(app.dir, "ts-cjs"));
  // The collector asks for a token, as a shared one would; every app below sends it unless a test says otherwise.
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  fake = await startFakeOpenAI({ seed: 11, latency: { scale: 0 } });
  fakeAnthropic = await startFakeAnthropic();
  fakeOllama = await startFakeOllama();
}, 300_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
  await fakeAnthropic?.close();
  await fakeOllama?.close();
  app?.remove();
});

const variants = [
  { style: "CommonJS, require first", args: ["cjs.cjs"] },
  { style: "CommonJS, openai required before register", args: ["cjs-late.cjs"], warning: LATE_WARNING },
  { style: "ESM, static import first", args: ["esm.mjs"] },
  { style: "ESM, node --import", args: ["--import", "llmscope/register", "esm-plain.mjs"] },
  { style: "ESM, register() called in code, then await ready", args: ["esm-register-call.mjs"] },
  { style: "CommonJS, node --require", args: ["--require", "llmscope/register", "cjs-late.cjs"] },
  { style: "CommonJS, node --import", args: ["--import", "llmscope/register", "cjs-late.cjs"] },
  { style: "TypeScript compiled to ESM (NodeNext)", args: ["ts-esm/dist/main.js"] },
  { style: "TypeScript compiled to CommonJS", args: ["ts-cjs/dist/main.js"] },
  { style: "LangChain JS (@langchain/openai) in ESM", args: ["langchain.mjs"] },
  { style: "esbuild bundle with --packages=external", args: ["bundle/app.mjs"] },
];

describe.each(variants.map((v, i) => ({ ...v, service: `app-${i}` })))("$style", ({ args, service, warning }) => {
  it("stores the call's span in llm_spans: name, provider, tokens, cost", async () => {
    const run = await runIn(app.dir, "node", args, {
      ...AUTH,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: service,
      FAKE_OPENAI_URL: fake.url,
    });
    expect(run.code, run.stderr).toBe(0);
    if (warning === undefined) expect(run.stderr).toBe("");
    else expect(run.stderr.trim()).toBe(warning);
    const out = JSON.parse(run.stdout.trim().split("\n").pop()!) as {
      id: string;
      usage: { prompt_tokens: number; completion_tokens: number; prompt_tokens_details?: { cached_tokens?: number } };
    };
    await collector.flush();
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}'`);
    expect(rows.map((r) => r.SpanName)).toEqual(["chat gpt-4o-mini"]);
    const row = rows[0]!;
    expect(row).toMatchObject({ SpanType: "llm", Provider: "openai", Operation: "chat", RequestModel: "gpt-4o-mini", ResponseId: out.id, StatusCode: "Unset" });
    expect(Number(row.InputTokens)).toBe(out.usage.prompt_tokens);
    expect(Number(row.OutputTokens)).toBe(out.usage.completion_tokens);
    // gpt-4o-mini: $0.15 per million input tokens ($0.075 cached), $0.60 per million output tokens.
    const cached = Number(row.CacheReadTokens);
    const expected = ((out.usage.prompt_tokens - cached) * 0.15 + cached * 0.075 + out.usage.completion_tokens * 0.6) / 1e6;
    expect(Number(row.CostUnpriced)).toBe(0);
    expect(Number(row.CostUsd)).toBeCloseTo(expected, 9);
  }, 60_000);
});

describe("@anthropic-ai/sdk, ESM, static import first", () => {
  it("stores the call's span in llm_spans: provider, model, tokens", async () => {
    const run = await runIn(app.dir, "node", ["anthropic.mjs"], {
      ...AUTH,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: "anthropic-esm",
      FAKE_ANTHROPIC_URL: fakeAnthropic.url,
    });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split("\n").pop()!) as { id: string };
    await collector.flush();
    const rows = await collector.store.query<Row>("SELECT * FROM llm_spans WHERE ServiceName = 'anthropic-esm'");
    expect(rows.map((r) => r.SpanName)).toEqual(["chat claude-haiku-4-5"]);
    expect(rows[0]).toMatchObject({ Provider: "anthropic", RequestModel: "claude-haiku-4-5", ResponseId: out.id });
    const u = FAKE_ANTHROPIC_USAGE;
    // gen_ai.usage.input_tokens includes the cached tokens for Anthropic (see the instrumentation README).
    expect(Number(rows[0]!.InputTokens)).toBe(u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens);
    expect(Number(rows[0]!.OutputTokens)).toBe(u.output_tokens);
  }, 60_000);
});

describe.each([
  { style: "ESM, static import first", file: "ollama.mjs", service: "ollama-esm", warning: "" },
  {
    style: "CommonJS, ollama required before register",
    file: "ollama-late.cjs",
    service: "ollama-cjs-late",
    warning: LATE_WARNING.replace('"openai"', '"ollama"'),
  },
])("ollama, $style", ({ file, service, warning }) => {
  it("stores the call's span in llm_spans: provider, model, tokens", async () => {
    const run = await runIn(app.dir, "node", [file], {
      ...AUTH,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: service,
      FAKE_OLLAMA_URL: fakeOllama.url,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe(warning);
    const out = JSON.parse(run.stdout.trim().split("\n").pop()!) as { prompt_eval_count: number; eval_count: number };
    expect(out).toEqual(OLLAMA_COUNTS);
    await collector.flush();
    const rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${service}'`);
    expect(rows.map((r) => r.SpanName)).toEqual(["chat llama3.2"]);
    expect(rows[0]).toMatchObject({ SpanType: "llm", Provider: "ollama", Operation: "chat", RequestModel: "llama3.2" });
    expect(Number(rows[0]!.InputTokens)).toBe(OLLAMA_COUNTS.prompt_eval_count);
    expect(Number(rows[0]!.OutputTokens)).toBe(OLLAMA_COUNTS.eval_count);
  }, 60_000);
});

async function llmRows(service: string): Promise<Row[]> {
  await collector.flush();
  return collector.store.query<Row>(`SELECT SpanName FROM llm_spans WHERE ServiceName = '${service}'`);
}

/** esm.mjs with the given OTLP settings. */
function runEsm(env: Record<string, string>) {
  return runIn(app.dir, "node", ["esm.mjs"], { FAKE_OPENAI_URL: fake.url, ...env });
}

describe("misconfiguration: the app keeps working and one line says what to change", () => {
  const hostPort = () => new URL(collector.url).host;

  it("collector down: one warning naming the endpoint; the app's exit is delayed by less than 1 s", async () => {
    const baseline = await runEsm({ ...AUTH, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    const down = await freePort();
    const run = await runEsm({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${down}` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe(
      `llmscope: cannot reach the collector at http://127.0.0.1:${down}/v1/traces (ECONNREFUSED); spans are dropped until it answers. Start it (npx llmscope start) or set OTEL_EXPORTER_OTLP_ENDPOINT to where it listens.`,
    );
    // Without the fail-fast at exit the exporter's retries hold the process for its 10 s timeout.
    // On an idle machine both runs take about 0.7 s; a busy machine slows both alike, so the
    // check is on the difference, and on the faster of two runs against the down endpoint: a
    // scheduling hiccup delays one run, the retry hold would delay both.
    const again = await runEsm({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${down}` });
    expect(again.code, again.stderr).toBe(0);
    expect(Math.min(run.elapsedMs, again.elapsedMs) - baseline.elapsedMs).toBeLessThan(1000);
  });

  it("endpoint without a scheme: warns, uses http://, and the spans arrive", async () => {
    const run = await runEsm({ ...AUTH, OTEL_EXPORTER_OTLP_ENDPOINT: hostPort(), OTEL_SERVICE_NAME: "no-scheme" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe(
      `llmscope: OTEL_EXPORTER_OTLP_ENDPOINT="${hostPort()}" is not an http:// or https:// URL; set it to "http://${hostPort()}". Using "http://${hostPort()}".`,
    );
    expect(await llmRows("no-scheme")).toHaveLength(1);
  });

  it("OTEL_EXPORTER_OTLP_ENDPOINT ending in /v1/traces: warns, sends to that URL, and the spans arrive", async () => {
    const run = await runEsm({ ...AUTH, OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/v1/traces`, OTEL_SERVICE_NAME: "full-url" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe(
      `llmscope: OTEL_EXPORTER_OTLP_ENDPOINT="${collector.url}/v1/traces" ends in /v1/traces, but it is the collector's base URL (llmscope appends /v1/traces). ` +
        `Set it to "${collector.url}", or put the full URL in OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. Using "${collector.url}/v1/traces".`,
    );
    expect(await llmRows("full-url")).toHaveLength(1);
  });

  it("https:// to the plain-HTTP collector", async () => {
    const run = await runEsm({ ...AUTH, OTEL_EXPORTER_OTLP_ENDPOINT: `https://${hostPort()}` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `^llmscope: TLS handshake with https://${hostPort()}/v1/traces failed \\(EPROTO\\): the server there speaks plain HTTP; use http:// instead of https:// in OTEL_EXPORTER_OTLP_ENDPOINT\\.$`,
      ),
    );
  });

  it("401 from the token check: without a token, and with a wrong one", async () => {
    const missing = await runEsm({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    expect(missing.stderr.trim()).toBe(
      `llmscope: the collector at ${collector.url}/v1/traces refused the spans (401 Unauthorized); set OTEL_EXPORTER_OTLP_HEADERS="authorization=Bearer <token>" with the collector's LLMSCOPE_AUTH_TOKEN.`,
    );
    const wrong = await runEsm({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_EXPORTER_OTLP_HEADERS: "authorization=Bearer not-the-token" });
    expect(wrong.stderr.trim()).toBe(
      `llmscope: the collector at ${collector.url}/v1/traces refused the spans (401 Unauthorized); the Authorization header in OTEL_EXPORTER_OTLP_HEADERS is not accepted: put the collector's LLMSCOPE_AUTH_TOKEN in it (authorization=Bearer <token>).`,
    );
    expect(wrong.stderr).not.toContain("not-the-token");
    expect([missing.code, wrong.code]).toEqual([0, 0]);
  });

  it("404 from a traces endpoint with the wrong path", async () => {
    const run = await runEsm({ ...AUTH, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/trace` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim()).toBe(
      `llmscope: ${collector.url}/v1/trace answered 404 Not Found: no OTLP traces receiver at that path. Set OTEL_EXPORTER_OTLP_ENDPOINT to the collector's base URL (e.g. http://localhost:4318), without /v1/traces.`,
    );
  });

  it("boolean switches read as the OpenTelemetry spec says: TRUE is true; 1 warns and reads false", async () => {
    const upper = await runEsm({
      ...AUTH,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: "capture-upper",
      OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "TRUE",
    });
    expect(upper.stderr).toBe("");
    const one = await runEsm({
      ...AUTH,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: "capture-one",
      OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "1",
    });
    expect(one.stderr.trim()).toBe(
      'llmscope: OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="1" is not a boolean; expected "true" or "false" (any case). Read as false.',
    );
    await collector.flush();
    const captured = await collector.store.query<{ ServiceName: string; content: number }>(
      "SELECT ServiceName, toUInt8(mapContains(SpanAttributes, 'gen_ai.input.messages')) AS content FROM otel_traces WHERE ServiceName IN ('capture-upper', 'capture-one') ORDER BY ServiceName",
    );
    expect(captured.map((r) => [r.ServiceName, Number(r.content)])).toEqual([
      ["capture-one", 0],
      ["capture-upper", 1],
    ]);
  });
});

describe("npx llmscope in an app with only llmscope installed", () => {
  const npx = (args: string[], env: Record<string, string> = {}) => runIn(app.dir, "npx", ["--no-install", "llmscope", ...args], env, 60_000);

  it("doctor: all good with the right endpoint and token", async () => {
    const run = await npx(["doctor"], { ...AUTH, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`ok   the collector at ${collector.url}/v1/traces answers OTLP (http/protobuf, HTTP 200)`);
    expect(run.stdout).toContain("ok   the collector accepts the token in OTEL_EXPORTER_OTLP_HEADERS");
    expect(run.stdout).toContain('ok   content capture is off (OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="")');
    expect(run.stdout).toMatch(/^ok {3}openai 6\.30\.1 \(node_modules\/openai\) is in the tested range /m);
    // @langchain/openai brings its own openai 7.
    expect(run.stdout).toMatch(/^ok {3}openai 7\.\d+\.\d+ \(node_modules\/@langchain\/openai\/node_modules\/openai\) is in the tested range /m);
    expect(run.stdout).toMatch(/^ok {3}one copy of @opentelemetry\/api \(1\.9\.\d+\)$/m);
    expect(run.stdout).toContain("No problems found.");
  });

  it("doctor: names each problem and its fix, and exits 1", async () => {
    const run = await npx(["doctor"], { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "yes" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'FIX  OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="yes" is not a boolean; expected "true" or "false" (any case). Read as false.',
    );
    expect(run.stdout).toContain(
      `FIX  the collector at ${collector.url}/v1/traces refused the spans (401 Unauthorized)\n     → set OTEL_EXPORTER_OTLP_HEADERS="authorization=Bearer <token>" with the collector's LLMSCOPE_AUTH_TOKEN.`,
    );
    expect(run.stdout).toContain("2 problems found.");

    const down = await freePort();
    const unreachable = await npx(["doctor"], { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${down}`, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toContain(
      `FIX  cannot reach the collector at http://127.0.0.1:${down}/v1/traces (ECONNREFUSED); spans are dropped until it answers\n     → Start it`,
    );
  });

  it("the collector's commands explain how to get the collector", async () => {
    const run = await npx(["start"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "llmscope start: this command runs the collector, which is a separate package. Install it in this folder with\n  npm install --save-dev @llmscope/collector",
    );
  });
});
