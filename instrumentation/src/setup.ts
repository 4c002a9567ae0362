import { OTLPTraceExporter as OtlpJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as OtlpProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { defaultResource, detectResources, envDetector, resourceFromAttributes, type Resource } from "@opentelemetry/resources";
import { BatchSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { attachProcessors, registeredProvider } from "./attach";
import { resolveConfig, type OtlpProtocol, type RegisterOptions, type ResolvedConfig } from "./config";
import { configureContent } from "./content";
import { ContextSpanProcessor } from "./context-processor";
import { installExitHooks } from "./exit-hooks";
import { enableInstrumentations } from "./instrumentations/enable";
import { configureProviderHosts } from "./instrumentations/openai/provider";
import { startMetrics } from "./metrics-setup";
import { PendingSpanProcessor } from "./pending-processor";

/**
 * How register() hooked in:
 * - "own-provider": no provider was registered, llmscope registered a NodeTracerProvider;
 * - "attached": the app's provider was registered first, llmscope's processors were added to it;
 * - "not-attached": the app's provider accepts no extra processors (a warning was printed);
 * - "disabled": OTEL_SDK_DISABLED=true or register({ disabled: true }).
 */
export type RegisterMode = "own-provider" | "attached" | "not-attached" | "disabled";

export interface LlmscopeHandle {
  readonly mode: RegisterMode;
  /** Where spans are exported; undefined when nothing is exported by llmscope. */
  readonly endpoint: string | undefined;
  readonly protocol: OtlpProtocol | undefined;
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

// One per process: register() is idempotent and shutdown()/forceFlush() act on what it set up.
let current: LlmscopeHandle | undefined;

/** Sets up tracing once; later calls return the first handle and ignore their options. */
export function register(options: RegisterOptions = {}): LlmscopeHandle {
  current ??= setUp(options);
  return current;
}

export function forceFlush(): Promise<void> {
  return current?.forceFlush() ?? Promise.resolve();
}

export function shutdown(): Promise<void> {
  return current?.shutdown() ?? Promise.resolve();
}

function setUp(options: RegisterOptions): LlmscopeHandle {
  const config = resolveConfig(options, process.env);
  for (const warning of config.warnings) console.warn(`llmscope: ${warning}`);
  configureContent({ capture: config.captureContent, maxBytes: config.maxContentBytes });
  configureProviderHosts(config.providerHosts);
  if (config.disabled) return inertHandle("disabled");
  // Even when llmscope could not attach its exporter, the app's own provider gets the SDK spans.
  const handle = setUpTracing(options, config);
  const disableInstrumentations = enableInstrumentations(options.instrument ?? {});
  const meterProvider = config.metrics
    ? startMetrics({
        endpoint: config.metricsEndpoint,
        protocol: config.protocol,
        headers: options.headers,
        resource: handle.mode === "own-provider" ? buildResource(options) : undefined,
        exportIntervalMillis: config.metricsIntervalMillis,
      })
    : undefined;
  if (meterProvider === undefined) {
    return { ...handle, shutdown: () => handle.shutdown().finally(disableInstrumentations) };
  }
  return {
    ...handle,
    forceFlush: () => Promise.all([handle.forceFlush(), meterProvider.forceFlush()]).then(() => undefined),
    shutdown: () => Promise.all([handle.shutdown(), meterProvider.shutdown()]).then(disableInstrumentations),
  };
}

function setUpTracing(options: RegisterOptions, config: ResolvedConfig): LlmscopeHandle {
  const contextProcessor = new ContextSpanProcessor();
  const existing = registeredProvider();
  if (existing === undefined) {
    const exportProcessor = new PendingSpanProcessor(new BatchSpanProcessor(options.exporter ?? createExporter(config, options.headers)));
    const provider = new NodeTracerProvider({ resource: buildResource(options), spanProcessors: [contextProcessor, exportProcessor] });
    provider.register();
    return liveHandle("own-provider", config, exportProcessor, () => provider.shutdown());
  }
  const exportProcessor = new PendingSpanProcessor(new BatchSpanProcessor(options.exporter ?? createExporter(config, options.headers)));
  if (attachProcessors(existing, contextProcessor, exportProcessor)) {
    // The app's provider keeps its own resource: service.name etc. come from the app's set-up.
    return liveHandle("attached", config, exportProcessor, () => exportProcessor.shutdown());
  }
  void exportProcessor.shutdown();
  console.warn(
    `llmscope: the app registered its own TracerProvider (${existing.constructor?.name ?? "unknown"}) and it does not accept ` +
      "extra span processors; llmscope left it alone and exports nothing. Add `new ContextSpanProcessor()` and an OTLP " +
      "exporter to that provider yourself, or import llmscope/register before registering a provider.",
  );
  return inertHandle("not-attached");
}

function liveHandle(
  mode: RegisterMode,
  config: ResolvedConfig,
  exportProcessor: PendingSpanProcessor,
  stop: () => Promise<void>,
): LlmscopeHandle {
  const removeExitHooks = installExitHooks({
    flush: () => exportProcessor.forceFlush(),
    hasUnflushed: () => exportProcessor.hasUnflushed,
    timeoutMs: config.flushTimeoutMillis,
  });
  let stopped: Promise<void> | undefined;
  return {
    mode,
    endpoint: config.endpoint,
    protocol: config.protocol,
    forceFlush: () => exportProcessor.forceFlush(),
    shutdown: () => {
      removeExitHooks();
      stopped ??= stop();
      return stopped;
    },
  };
}

function inertHandle(mode: RegisterMode): LlmscopeHandle {
  return { mode, endpoint: undefined, protocol: undefined, forceFlush: () => Promise.resolve(), shutdown: () => Promise.resolve() };
}

// Headers from OTEL_EXPORTER_OTLP_HEADERS are read by the exporter itself and never pass through
// (or get printed by) llmscope.
function createExporter(config: ResolvedConfig, headers: Record<string, string> | undefined): SpanExporter {
  const exporterConfig = { url: config.endpoint, ...(headers !== undefined && { headers }) };
  return config.protocol === "http/json" ? new OtlpJsonExporter(exporterConfig) : new OtlpProtoExporter(exporterConfig);
}

/** SDK defaults, then OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES, then register()'s options. */
function buildResource(options: RegisterOptions): Resource {
  const fromOptions = {
    ...options.resourceAttributes,
    ...(options.serviceName !== undefined && { "service.name": options.serviceName }),
  };
  return defaultResource().merge(detectResources({ detectors: [envDetector] })).merge(resourceFromAttributes(fromOptions));
}
