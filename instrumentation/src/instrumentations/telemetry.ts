import { diag, metrics, type DiagLogger, type MeterProvider, type Tracer } from "@opentelemetry/api";
import { contentPolicy, type ContentPolicy } from "../content";
import { llmscopeTracer } from "../tracer";
import { VERSION } from "../version";
import { CallMetrics } from "./metrics";

/**
 * What an instrumented call needs from the instrumentation that made it: the instrumentation's
 * own tracer, its metric instruments, its content policy and its diagnostic logger. Every
 * llmscope instrumentation is one (LlmscopeInstrumentation); callers that pass none get
 * defaultTelemetry, which uses the "llmscope" tracer and meter and the process-wide policy.
 */
export interface CallTelemetry {
  callTracer(): Tracer;
  /** Undefined while no meter provider is set: nothing to record. */
  callMetrics(): CallMetrics | undefined;
  contentPolicy(): ContentPolicy;
  readonly diag: DiagLogger;
}

/** Instruments made from the global meter provider, rebuilt when that provider changes. */
class GlobalMetrics {
  private provider: MeterProvider | undefined;
  private instruments: CallMetrics | undefined;

  current(): CallMetrics | undefined {
    const provider = metrics.getMeterProvider();
    if (provider !== this.provider) {
      this.provider = provider;
      this.instruments = CallMetrics.create(provider.getMeter("llmscope", VERSION));
    }
    return this.instruments;
  }
}

const globalMetrics = new GlobalMetrics();

export const defaultTelemetry: CallTelemetry = {
  callTracer: llmscopeTracer,
  callMetrics: () => globalMetrics.current(),
  contentPolicy,
  diag: diag.createComponentLogger({ namespace: "llmscope" }),
};
