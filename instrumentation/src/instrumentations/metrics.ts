import { createNoopMeter, metrics, type Attributes, type Histogram, type MeterProvider } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";
import { VERSION } from "../version";
import type { CallUsage } from "./llm-call";

interface Instruments {
  provider: MeterProvider;
  duration: Histogram;
  tokens: Histogram;
  /** No meter provider is registered (metrics are off by default): nothing to record. */
  noop: boolean;
}

const NoopHistogram = createNoopMeter().createHistogram("llmscope.probe").constructor;

// Rebuilt when the global MeterProvider changes: @opentelemetry/api has no proxy meter provider,
// so instruments made before register() set one up would stay no-ops forever.
let instruments: Instruments | undefined;

function current(): Instruments {
  const provider = metrics.getMeterProvider();
  if (instruments?.provider === provider) return instruments;
  const meter = provider.getMeter("llmscope", VERSION);
  const duration = meter.createHistogram(sc.METRIC_OPERATION_DURATION, {
      unit: "s",
      description: "GenAI operation duration",
      advice: { explicitBucketBoundaries: sc.OPERATION_DURATION_BUCKETS },
    });
  instruments = {
    provider,
    duration,
    tokens: meter.createHistogram(sc.METRIC_TOKEN_USAGE, {
      unit: "{token}",
      description: "Number of input and output tokens used",
      advice: { explicitBucketBoundaries: sc.TOKEN_USAGE_BUCKETS },
    }),
    noop: duration instanceof NoopHistogram,
  };
  return instruments;
}

/** False while no meter provider is registered: callers then skip building metric attributes. */
export function metricsActive(): boolean {
  return !current().noop;
}

/** gen_ai.client.operation.duration for every call; gen_ai.client.token.usage for each reported count. */
export function recordCallMetrics(attributes: Attributes, durationSeconds: number, usage: CallUsage | undefined): void {
  const { duration, tokens } = current();
  duration.record(durationSeconds, attributes);
  if (usage?.input !== undefined) tokens.record(usage.input, { ...attributes, [sc.ATTR_TOKEN_TYPE]: "input" });
  if (usage?.output !== undefined) tokens.record(usage.output, { ...attributes, [sc.ATTR_TOKEN_TYPE]: "output" });
}
