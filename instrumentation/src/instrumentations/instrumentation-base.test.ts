import { metrics } from "@opentelemetry/api";
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../tools/src/demo/fake-openai-server";
import { configureContent } from "../content";
import * as sc from "@llmscope/semconv";
import { useInMemoryTracing } from "../test-support/in-memory";
import { OpenAIInstrumentation } from "./openai/instrumentation";

const otel = useInMemoryTracing();
const instrumentation = new OpenAIInstrumentation({ enabled: false });
let fake: FakeOpenAI;
let client: OpenAI;
const messages = [{ role: "user" as const, content: "How do refunds work?" }];

beforeAll(async () => {
  instrumentation.patch(OpenAI);
  fake = await startFakeOpenAI({ latency: { scale: 0 } });
  client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
});
afterAll(() => fake.close());
afterEach(() => {
  instrumentation.setConfig({ enabled: false });
  configureContent();
});

describe("an instrumentation by the contrib conventions", () => {
  it("makes its spans with its own tracer: the scope is the instrumentation's name and version", async () => {
    await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    const scope = otel.span("chat gpt-4o-mini").instrumentationScope;
    expect(scope.name).toBe("llmscope-openai");
    expect(scope.version).toBe(instrumentation.instrumentationVersion);
  });

  it("sends its spans to the tracer provider it is given, not the global one", async () => {
    const own = new InMemorySpanExporter();
    instrumentation.setTracerProvider(new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(own)] }));
    try {
      await client.chat.completions.create({ model: "gpt-4o-mini", messages });
      expect(own.getFinishedSpans().map((s) => s.name)).toEqual(["chat gpt-4o-mini"]);
      expect(otel.spans()).toEqual([]);
    } finally {
      instrumentation.setTracerProvider((await import("@opentelemetry/api")).trace.getTracerProvider());
    }
  });

  it("takes content capture from its typed config, over the process-wide default either way", async () => {
    const recorded = async () => {
      otel.exporter.reset();
      await client.chat.completions.create({ model: "gpt-4o-mini", messages });
      return otel.span("chat gpt-4o-mini").attributes[sc.ATTR_INPUT_MESSAGES];
    };
    expect(await recorded()).toBeUndefined();
    instrumentation.setConfig({ enabled: false, captureContent: true });
    expect(JSON.parse((await recorded()) as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "How do refunds work?" }] }]);
    instrumentation.setConfig({ enabled: false, captureContent: true, maxContentBytes: 40 });
    expect(Buffer.byteLength((await recorded()) as string)).toBeLessThanOrEqual(40);
    configureContent({ capture: true });
    instrumentation.setConfig({ enabled: false, captureContent: false });
    expect(await recorded()).toBeUndefined();
    // Unset in the config: the process-wide default (register()'s option or the environment) applies.
    instrumentation.setConfig({ enabled: false });
    expect(await recorded()).toBeDefined();
  });

  it("records its histograms on the meter provider it is given (_updateMetricInstruments)", async () => {
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
    const provider = new MeterProvider({ readers: [reader] });
    expect(metrics.getMeterProvider()).not.toBe(provider);
    instrumentation.setMeterProvider(provider);
    await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    await reader.forceFlush();
    const scopes = exporter.getMetrics().flatMap((r) => r.scopeMetrics);
    expect(scopes.map((s) => s.scope.name)).toEqual(["llmscope-openai"]);
    expect(scopes[0]!.metrics.map((m) => m.descriptor.name).sort()).toEqual([sc.METRIC_OPERATION_DURATION, sc.METRIC_TOKEN_USAGE].sort());
    await provider.shutdown();
  });
});
