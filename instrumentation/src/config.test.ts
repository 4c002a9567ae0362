import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TRACES_ENDPOINT, resolveConfig } from "./config";
import { VERSION } from "./version";

/** The default: every SDK instrumentation on. */
const EVERY_SDK_ON = {
  openai: true,
  anthropic: true,
  ollama: true,
  googleGenAI: true,
  bedrock: true,
  qdrant: true,
  pinecone: true,
  chroma: true,
  mistral: true,
  cohere: true,
  mcp: true,
  langchain: true,
  llamaindex: true,
  llamaindexWorkflow: true,
};

describe("resolveConfig", () => {
  it("defaults to protobuf on localhost:4318, content off, enabled", () => {
    expect(resolveConfig({}, {})).toEqual({
      disabled: false,
      protocol: "http/protobuf",
      endpoint: DEFAULT_TRACES_ENDPOINT,
      captureContent: false,
      maxContentBytes: 16384,
      flushTimeoutMillis: 5000,
      metrics: false,
      metricsEndpoint: "http://localhost:4318/v1/metrics",
      metricsIntervalMillis: 60000,
      instrument: EVERY_SDK_ON,
      providerHosts: {},
      warnings: [],
    });
    expect(DEFAULT_TRACES_ENDPOINT).toBe("http://localhost:4318/v1/traces");
  });

  it("provider hosts: LLMSCOPE_PROVIDER_HOSTS entries, register({ providerHosts }) over them, bad entries named", () => {
    const env = { LLMSCOPE_PROVIDER_HOSTS: " vllm.internal:8000=vllm, gw.corp=azure.ai.openai ,nonsense, =x" };
    const resolved = resolveConfig({ providerHosts: { "gw.corp": "groq" } }, env);
    expect(resolved.providerHosts).toEqual({ "vllm.internal:8000": "vllm", "gw.corp": "groq" });
    expect(resolved.warnings).toEqual([
      'LLMSCOPE_PROVIDER_HOSTS entry "nonsense" is invalid; expected host=provider or host:port=provider. Ignoring it.',
      'LLMSCOPE_PROVIDER_HOSTS entry "=x" is invalid; expected host=provider or host:port=provider. Ignoring it.',
    ]);
  });

  it("metrics: LLMSCOPE_METRICS, endpoint next to the traces one, interval from OTEL_METRIC_EXPORT_INTERVAL", () => {
    expect(resolveConfig({}, { LLMSCOPE_METRICS: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/" })).toMatchObject({
      metrics: true,
      metricsEndpoint: "http://c:4318/v1/metrics",
    });
    expect(resolveConfig({ metrics: true, endpoint: "http://c:9/v1/traces" }, {}).metricsEndpoint).toBe("http://c:9/v1/metrics");
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: "http://m/x" }).metricsEndpoint).toBe("http://m/x");
    const bad = resolveConfig({}, { OTEL_METRIC_EXPORT_INTERVAL: "soon" });
    expect(bad.metricsIntervalMillis).toBe(60000);
    expect(bad.warnings).toEqual(['OTEL_METRIC_EXPORT_INTERVAL="soon" is invalid; expected a positive integer (milliseconds). Using 60000.']);
  });

  it("appends /v1/traces to OTEL_EXPORTER_OTLP_ENDPOINT and uses the traces endpoint as-is", () => {
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/" }).endpoint).toBe("http://c:4318/v1/traces");
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/base" }).endpoint).toBe("http://c:4318/base/v1/traces");
    const both = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://t:9/custom" };
    expect(resolveConfig({}, both).endpoint).toBe("http://t:9/custom");
    expect(resolveConfig({ endpoint: "http://o/x" }, both).endpoint).toBe("http://o/x");
  });

  it("accepts http/json and http/protobuf; warns on anything else, naming the variable, and falls back", () => {
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" }).protocol).toBe("http/json");
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/protobuf" }).protocol).toBe("http/protobuf");
    const bad = resolveConfig({}, { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" });
    expect(bad.protocol).toBe("http/protobuf");
    expect(bad.warnings).toEqual([
      'OTEL_EXPORTER_OTLP_PROTOCOL="grpc" is not supported by llmscope; expected one of "http/protobuf", "http/json". Using "http/protobuf".',
    ]);
    expect(resolveConfig({ protocol: "http/json" }, { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toMatchObject({ protocol: "http/json", warnings: [] });
  });

  it("reads OTEL_SDK_DISABLED and the capture switch, with options winning", () => {
    expect(resolveConfig({}, { OTEL_SDK_DISABLED: "true" }).disabled).toBe(true);
    expect(resolveConfig({}, { OTEL_SDK_DISABLED: "false" }).disabled).toBe(false);
    expect(resolveConfig({ disabled: false }, { OTEL_SDK_DISABLED: "true" }).disabled).toBe(false);
    expect(resolveConfig({}, { OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "true" }).captureContent).toBe(true);
    expect(resolveConfig({ captureContent: false }, { OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "true" }).captureContent).toBe(false);
  });

  it("booleans as the OpenTelemetry spec reads them: true/false in any case; anything else is false with a warning", () => {
    for (const value of ["true", "TRUE", " True "])
      expect(resolveConfig({}, { OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: value }).captureContent).toBe(true);
    for (const value of ["false", "FALSE", "", " "])
      expect(resolveConfig({}, { OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: value })).toMatchObject({ captureContent: false, warnings: [] });
    const yes = resolveConfig({}, { OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "yes", OTEL_SDK_DISABLED: "1", LLMSCOPE_METRICS: "on" });
    expect(yes).toMatchObject({ captureContent: false, disabled: false, metrics: false });
    expect(yes.warnings).toEqual([
      'OTEL_SDK_DISABLED="1" is not a boolean; expected "true" or "false" (any case). Read as false.',
      'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="yes" is not a boolean; expected "true" or "false" (any case). Read as false.',
      'LLMSCOPE_METRICS="on" is not a boolean; expected "true" or "false" (any case). Read as false.',
    ]);
  });

  it("an endpoint without a scheme gets http://, with a warning naming the variable", () => {
    const c = resolveConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" });
    expect(c.endpoint).toBe("http://collector:4318/v1/traces");
    expect(c.metricsEndpoint).toBe("http://collector:4318/v1/metrics");
    expect(c.warnings).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT="collector:4318" is not an http:// or https:// URL; set it to "http://collector:4318". Using "http://collector:4318".',
    ]);
    const traces = resolveConfig({}, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "grpc://c:4317/v1/traces" });
    expect(traces.endpoint).toBe("http://c:4317/v1/traces");
    expect(traces.warnings[0]).toMatch(/^OTEL_EXPORTER_OTLP_TRACES_ENDPOINT="grpc:\/\/c:4317\/v1\/traces" is not an http/);
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "HTTPS://c" }).warnings).toEqual([]);
  });

  it("a base endpoint that already ends in /v1/traces is not doubled, and the mistake is named", () => {
    const c = resolveConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/v1/traces/" });
    expect(c.endpoint).toBe("http://c:4318/v1/traces");
    expect(c.metricsEndpoint).toBe("http://c:4318/v1/metrics");
    expect(c.warnings).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT="http://c:4318/v1/traces/" ends in /v1/traces, but it is the collector\'s base URL (llmscope appends /v1/traces). Set it to "http://c:4318", or put the full URL in OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. Using "http://c:4318/v1/traces".',
    ]);
    // The full-URL variable is meant to end in /v1/traces.
    expect(resolveConfig({}, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" }).warnings).toEqual([]);
  });

  it("OTEL_NODE_DISABLED_INSTRUMENTATIONS turns SDK instrumentations off; register({ instrument }) wins; other names are someone else's", () => {
    expect(resolveConfig({}, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: "anthropic" }).instrument).toEqual({ ...EVERY_SDK_ON, anthropic: false });
    expect(resolveConfig({}, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: " OpenAI , llmscope-anthropic" }).instrument).toEqual({
      ...EVERY_SDK_ON,
      openai: false,
      anthropic: false,
    });
    expect(resolveConfig({ instrument: { anthropic: true } }, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: "anthropic" }).instrument).toEqual(EVERY_SDK_ON);
    const unknown = resolveConfig({}, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: "http,openai" });
    expect(unknown.instrument).toEqual({ ...EVERY_SDK_ON, openai: false });
    expect(resolveConfig({}, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: "google-genai,llmscope-chroma" }).instrument).toEqual({
      ...EVERY_SDK_ON,
      googleGenAI: false,
      chroma: false,
    });
    expect(resolveConfig({}, { OTEL_NODE_DISABLED_INSTRUMENTATIONS: "llamaindex-workflow" }).instrument).toEqual({
      ...EVERY_SDK_ON,
      llamaindexWorkflow: false,
    });
    expect(unknown.warnings).toEqual([]);
  });

  it("rejects non-positive sizes and timeouts with a warning naming the option", () => {
    const c = resolveConfig({ maxContentBytes: 0, flushTimeoutMillis: 1.5 }, {});
    expect(c.maxContentBytes).toBe(16384);
    expect(c.flushTimeoutMillis).toBe(5000);
    expect(c.warnings).toHaveLength(2);
    expect(c.warnings[0]).toContain("register({ maxContentBytes })=0");
  });
});

describe("VERSION", () => {
  it("matches package.json", () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "../package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
