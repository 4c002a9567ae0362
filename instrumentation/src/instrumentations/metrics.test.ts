import { metrics } from "@opentelemetry/api";
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
  type HistogramMetricData,
} from "@opentelemetry/sdk-metrics";
import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../tools/src/demo/fake-openai-server";
import * as sc from "@llmscope/semconv";
import { useInMemoryTracing } from "../test-support/in-memory";
import { instrumentOpenAI } from "./openai/instrumentation";

useInMemoryTracing();
const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
let fake: FakeOpenAI;

beforeAll(async () => {
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
  instrumentOpenAI(OpenAI);
  fake = await startFakeOpenAI({ latency: { scale: 0 } });
});
afterAll(async () => {
  await fake.close();
  metrics.disable();
});

it("records gen_ai.client.operation.duration and token.usage with the semconv buckets", async () => {
  const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
  const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
  await reader.forceFlush();
  const found = exporter.getMetrics().flatMap((r) => r.scopeMetrics.flatMap((s) => s.metrics)) as HistogramMetricData[];
  const duration = found.find((m) => m.descriptor.name === sc.METRIC_OPERATION_DURATION)!;
  const tokens = found.find((m) => m.descriptor.name === sc.METRIC_TOKEN_USAGE)!;
  expect(duration.descriptor.unit).toBe("s");
  expect(duration.dataPoints[0]!.value.buckets.boundaries).toEqual(sc.OPERATION_DURATION_BUCKETS);
  expect(duration.dataPoints[0]!.attributes).toEqual({
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.response.model": res.model,
    "server.address": "127.0.0.1",
    "server.port": Number(new URL(fake.url).port),
  });
  expect(tokens.dataPoints[0]!.value.buckets.boundaries).toEqual(sc.TOKEN_USAGE_BUCKETS);
  const byType = Object.fromEntries(tokens.dataPoints.map((p) => [p.attributes["gen_ai.token.type"], p.value.sum]));
  expect(byType).toEqual({ input: res.usage!.prompt_tokens, output: res.usage!.completion_tokens });
});
