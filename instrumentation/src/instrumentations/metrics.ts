import { createNoopMeter, type Attributes, type Histogram, type Meter } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";

/** The token counts a call reports, as far as the metrics need them. */
export interface TokenCounts {
  input?: number;
  output?: number;
}

const NoopHistogram = createNoopMeter().createHistogram("llmscope.probe").constructor;

/**
 * The GenAI client histograms of one instrumentation, made from its meter (the instrumentation
 * rebuilds them in _updateMetricInstruments whenever it is given a meter provider).
 */
export class CallMetrics {
  private constructor(
    private readonly duration: Histogram,
    private readonly tokens: Histogram,
  ) {}

  /** Undefined for a no-op meter (metrics are off by default): callers then build no metric attributes at all. */
  static create(meter: Meter): CallMetrics | undefined {
    const duration = meter.createHistogram(sc.METRIC_OPERATION_DURATION, {
      unit: "s",
      description: "GenAI operation duration",
      advice: { explicitBucketBoundaries: sc.OPERATION_DURATION_BUCKETS },
    });
    if (duration instanceof NoopHistogram) return undefined;
    const tokens = meter.createHistogram(sc.METRIC_TOKEN_USAGE, {
      unit: "{token}",
      description: "Number of input and output tokens used",
      advice: { explicitBucketBoundaries: sc.TOKEN_USAGE_BUCKETS },
    });
    return new CallMetrics(duration, tokens);
  }

  /** gen_ai.client.operation.duration for every call; gen_ai.client.token.usage for each reported count. */
  record(attributes: Attributes, durationSeconds: number, usage: TokenCounts | undefined): void {
    this.duration.record(durationSeconds, attributes);
    if (usage?.input !== undefined) this.tokens.record(usage.input, { ...attributes, [sc.ATTR_TOKEN_TYPE]: "input" });
    if (usage?.output !== undefined) this.tokens.record(usage.output, { ...attributes, [sc.ATTR_TOKEN_TYPE]: "output" });
  }
}
