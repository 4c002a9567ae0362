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
import { PooledIdGenerator } from "./id-generator";
import { agentFactory, ConnectRetryPolicy } from "./export-agent";
import { DiagnosingSpanExporter, ExportWarnings } from "./export-diagnosis";
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
  /**
   * Resolves once the app's own ES-module copies of the SDKs are patched (at once for a CommonJS
   * app). `import "llmscope/register"` waits for it; an ESM app calling register() itself awaits it
   * before its first model call.
   */
  readonly ready: Promise<void>;
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

// One per process: register() is idempotent and shutdown()/forceFlush() act on what it set up.
let current: LlmscopeHandle | undefined;
// SDK module names that were already required when register() ran (patched in place since).
let loadedBefore: string[] = [];

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
  // The process-wide defaults: for the manual helpers and for instrumentations made outside
  // register() (instrumentOpenAI(module) and the like); register()'s own get them in their config.
  configureContent({ capture: config.captureContent, maxBytes: config.maxContentBytes });
  configureProviderHosts(config.providerHosts);
  if (config.disabled) return inertHandle("disabled");
  // Even when llmscope could not attach its exporter, the app's own provider gets the SDK spans.
  const handle = setUpTracing(options, config);
  const instrumentations = enableInstrumentations(config.instrument, {
    captureContent: config.captureContent,
    maxContentBytes: config.maxContentBytes,
    providerHosts: config.providerHosts,
  });
  loadedBefore = instrumentations.loadedBefore;
  const ready = instrumentations.patchAppEsm();
  const disableInstrumentations = instrumentations.disable;
  const meterProvider = config.metrics
    ? startMetrics({
        endpoint: config.metricsEndpoint,
        protocol: config.protocol,
        headers: options.headers,
        resource: handle.mode === "own-provider" ? buildResource(options) : undefined,
        exportIntervalMillis: config.metricsIntervalMillis,
      })
    : undefined;
  if (meterProvider !== undefined) instrumentations.setMeterProvider(meterProvider);
  if (meterProvider === undefined) {
    return { ...handle, ready, shutdown: () => handle.shutdown().finally(disableInstrumentations) };
  }
  return {
    ...handle,
    ready,
    forceFlush: () => Promise.all([handle.forceFlush(), meterProvider.forceFlush()]).then(() => undefined),
    shutdown: () => Promise.all([handle.shutdown(), meterProvider.shutdown()]).then(disableInstrumentations),
  };
}

/**
 * What `llmscope/register` runs: register() from the environment, and one warning per SDK that the
 * app required before it (patched late, so the calls made before were not traced).
 */
export function registerFromEntry(): LlmscopeHandle {
  const handle = register();
  for (const name of loadedBefore) {
    console.warn(
      `llmscope: "${name}" was loaded before llmscope/register, so calls made before that were not traced; ` +
        `make llmscope/register the first require/import of the app, or start it with \`node --require llmscope/register\` ` +
        `(ESM: \`node --import llmscope/register\`).`,
    );
  }
  loadedBefore = [];
  return handle;
}

type TracingHandle = Omit<LlmscopeHandle, "ready">;

function setUpTracing(options: RegisterOptions, config: ResolvedConfig): TracingHandle {
  const contextProcessor = new ContextSpanProcessor();
  const existing = registeredProvider();
  const retryPolicy = new ConnectRetryPolicy();
  const exportProcessor = new PendingSpanProcessor(new BatchSpanProcessor(options.exporter ?? createExporter(config, options.headers, retryPolicy)));
  if (existing === undefined) {
    const provider = new NodeTracerProvider({
      resource: buildResource(options),
      idGenerator: new PooledIdGenerator(),
      spanProcessors: [contextProcessor, exportProcessor],
    });
    provider.register();
    return liveHandle("own-provider", config, exportProcessor, retryPolicy, () => provider.shutdown());
  }
  if (attachProcessors(existing, contextProcessor, exportProcessor)) {
    // The app's provider keeps its own resource: service.name etc. come from the app's set-up.
    return liveHandle("attached", config, exportProcessor, retryPolicy, () => exportProcessor.shutdown());
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
  retryPolicy: ConnectRetryPolicy,
  stop: () => Promise<void>,
): TracingHandle {
  const removeExitHooks = installExitHooks({
    flush: () => {
      retryPolicy.processExiting();
      return exportProcessor.forceFlush();
    },
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
  return { mode, endpoint: undefined, protocol: undefined, ready: Promise.resolve(), forceFlush: () => Promise.resolve(), shutdown: () => Promise.resolve() };
}

// Headers from OTEL_EXPORTER_OTLP_HEADERS are read by the exporter itself and never pass through
// (or get printed by) llmscope.
function createExporter(config: ResolvedConfig, headers: Record<string, string> | undefined, retryPolicy: ConnectRetryPolicy): SpanExporter {
  const exporterConfig = { url: config.endpoint, httpAgentOptions: agentFactory(retryPolicy), ...(headers !== undefined && { headers }) };
  const exporter = config.protocol === "http/json" ? new OtlpJsonExporter(exporterConfig) : new OtlpProtoExporter(exporterConfig);
  return new DiagnosingSpanExporter(exporter, new ExportWarnings(config.endpoint, sendsToken(headers, process.env)), (ok) => retryPolicy.exportFinished(ok));
}

/** Whether an Authorization header is configured, from the options or the OTLP header variables; values are not read. */
function sendsToken(headers: Record<string, string> | undefined, env: NodeJS.ProcessEnv): boolean {
  if (Object.keys(headers ?? {}).some((k) => k.toLowerCase() === "authorization")) return true;
  return [env.OTEL_EXPORTER_OTLP_HEADERS, env.OTEL_EXPORTER_OTLP_TRACES_HEADERS].some((v) => v !== undefined && /(^|,)\s*authorization\s*=/i.test(v));
}

/** SDK defaults, then OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES, then register()'s options. */
function buildResource(options: RegisterOptions): Resource {
  const fromOptions = {
    ...options.resourceAttributes,
    ...(options.serviceName !== undefined && { "service.name": options.serviceName }),
  };
  return defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes(fromOptions));
}
