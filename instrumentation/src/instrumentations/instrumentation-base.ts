import { metrics, type MeterProvider, type Tracer } from "@opentelemetry/api";
import { InstrumentationBase, type InstrumentationConfig } from "@opentelemetry/instrumentation";
import { contentPolicy, type ContentPolicy } from "../content";
import { VERSION } from "../version";
import { CallMetrics } from "./metrics";
import type { CallTelemetry } from "./telemetry";

/** Options every llmscope instrumentation takes (`new OpenAIInstrumentation({ captureContent: true })`). */
export interface LlmscopeInstrumentationConfig extends InstrumentationConfig {
  /**
   * Record prompts, completions, retrieved text and query text on the spans. Unset: register()'s
   * `captureContent`, else OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true.
   */
  captureContent?: boolean;
  /** Cap per content attribute, UTF-8 bytes. Unset: register()'s `maxContentBytes`, else 16 KiB. */
  maxContentBytes?: number;
}

/**
 * The base of every llmscope instrumentation, by the OpenTelemetry contrib conventions: spans
 * from the instrumentation's own tracer (`this.tracer`, scope = the instrumentation's name),
 * histograms from `this.meter` rebuilt in _updateMetricInstruments, diagnostics via `this._diag`,
 * options in a typed config. The patched methods receive the instrumentation as their
 * CallTelemetry.
 */
export abstract class LlmscopeInstrumentation<C extends LlmscopeInstrumentationConfig = LlmscopeInstrumentationConfig>
  extends InstrumentationBase<C>
  implements CallTelemetry
{
  private instruments: CallMetrics | undefined;
  // Set by setMeterProvider; until then the instruments follow the global meter provider, which
  // an app (or register({ metrics: true })) may set after this instrumentation was made.
  private meterProviderSet = false;
  private seenGlobalMeterProvider: MeterProvider | undefined;
  private ownContent: Partial<ContentPolicy> | undefined;

  constructor(name: string, config: C) {
    super(name, VERSION, config);
    // The base constructor already called both, before this class's fields were initialised.
    this.seenGlobalMeterProvider = metrics.getMeterProvider();
    this._updateMetricInstruments();
    this.ownContent = contentOf(this._config);
  }

  get diag() {
    return this._diag;
  }

  protected override _updateMetricInstruments(): void {
    this.instruments = CallMetrics.create(this.meter);
  }

  override setMeterProvider(meterProvider: MeterProvider): void {
    this.meterProviderSet = true;
    super.setMeterProvider(meterProvider);
  }

  override setConfig(config: C): void {
    super.setConfig(config);
    this.ownContent = contentOf(this._config);
  }

  /** `this.tracer` (protected on InstrumentationBase) for the patched methods. */
  callTracer(): Tracer {
    return this.tracer;
  }

  callMetrics(): CallMetrics | undefined {
    if (!this.meterProviderSet) {
      const global = metrics.getMeterProvider();
      if (global !== this.seenGlobalMeterProvider) {
        this.seenGlobalMeterProvider = global;
        super.setMeterProvider(global);
      }
    }
    return this.instruments;
  }

  contentPolicy(): ContentPolicy {
    const own = this.ownContent;
    if (own === undefined) return contentPolicy();
    if (own.capture !== undefined && own.maxBytes !== undefined) return own as ContentPolicy;
    const fallback = contentPolicy();
    return { capture: own.capture ?? fallback.capture, maxBytes: own.maxBytes ?? fallback.maxBytes };
  }
}

function contentOf(config: LlmscopeInstrumentationConfig): Partial<ContentPolicy> | undefined {
  if (config.captureContent === undefined && config.maxContentBytes === undefined) return undefined;
  return { capture: config.captureContent, maxBytes: config.maxContentBytes };
}
