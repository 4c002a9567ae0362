import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { CAPTURE_CONTENT_ENV, DEFAULT_MAX_CONTENT_BYTES } from "./content";
import type { InstrumentOptions } from "./instrumentations/enable";
import { parseProviderHosts } from "./instrumentations/openai/provider";

/** Options of register(); each one overrides the environment variable named in its comment. */
export interface RegisterOptions {
  /** OTEL_SERVICE_NAME */
  serviceName?: string;
  /** Merged over OTEL_RESOURCE_ATTRIBUTES. */
  resourceAttributes?: Record<string, string | number | boolean>;
  /** Full traces URL, used as-is. OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT */
  endpoint?: string;
  /** OTEL_EXPORTER_OTLP_TRACES_PROTOCOL / OTEL_EXPORTER_OTLP_PROTOCOL */
  protocol?: OtlpProtocol;
  /** Added to OTEL_EXPORTER_OTLP_HEADERS (the exporter reads that variable itself). */
  headers?: Record<string, string>;
  /** OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT */
  captureContent?: boolean;
  /** Cap on each recorded content attribute, in UTF-8 bytes (default 16384). */
  maxContentBytes?: number;
  /** OTEL_SDK_DISABLED */
  disabled?: boolean;
  /** Replaces the OTLP exporter (e.g. a ConsoleSpanExporter while developing). */
  exporter?: SpanExporter;
  /** Longest wait for the final flush on SIGTERM/SIGINT before the process is let go (default 5000). */
  flushTimeoutMillis?: number;
  /** Auto-instrumentation of the LLM SDKs; each defaults to true. OTEL_NODE_DISABLED_INSTRUMENTATIONS */
  instrument?: InstrumentOptions;
  /** GenAI client metrics over OTLP/HTTP. LLMSCOPE_METRICS (default false) */
  metrics?: boolean;
  /**
   * Host or host:port → gen_ai.provider.name for OpenAI-compatible servers reached through the
   * openai SDK (e.g. { "vllm.internal:8000": "vllm" }). Merged over LLMSCOPE_PROVIDER_HOSTS.
   */
  providerHosts?: Record<string, string>;
}

export type OtlpProtocol = "http/protobuf" | "http/json";

export interface ResolvedConfig {
  disabled: boolean;
  protocol: OtlpProtocol;
  endpoint: string;
  captureContent: boolean;
  maxContentBytes: number;
  flushTimeoutMillis: number;
  metrics: boolean;
  /** Full metrics URL: OTEL_EXPORTER_OTLP_METRICS_ENDPOINT, or the base endpoint + /v1/metrics. */
  metricsEndpoint: string;
  metricsIntervalMillis: number;
  /** Which SDKs are auto-instrumented. */
  instrument: Required<InstrumentOptions>;
  providerHosts: Record<string, string>;
  /** Problems with the input, each naming the variable or option and what was expected. */
  warnings: string[];
}

export const DEFAULT_TRACES_ENDPOINT = "http://localhost:4318/v1/traces";
export const DEFAULT_FLUSH_TIMEOUT_MS = 5000;
export const DEFAULT_METRICS_ENDPOINT = "http://localhost:4318/v1/metrics";
export const DEFAULT_METRICS_INTERVAL_MS = 60_000;
const PROTOCOLS: readonly OtlpProtocol[] = ["http/protobuf", "http/json"];

type Env = Record<string, string | undefined>;

/** Pure: options and environment in, settings out; register() decides what to do with warnings. */
export function resolveConfig(options: RegisterOptions, env: Env): ResolvedConfig {
  const warnings: string[] = [];
  return {
    disabled: options.disabled ?? envBoolean(env, "OTEL_SDK_DISABLED", warnings),
    protocol: resolveProtocol(options, env, warnings),
    endpoint: tracesEndpoint(options, env, warnings),
    captureContent: options.captureContent ?? envBoolean(env, CAPTURE_CONTENT_ENV, warnings),
    maxContentBytes: positiveInteger("register({ maxContentBytes })", options.maxContentBytes, DEFAULT_MAX_CONTENT_BYTES, warnings),
    flushTimeoutMillis: positiveInteger("register({ flushTimeoutMillis })", options.flushTimeoutMillis, DEFAULT_FLUSH_TIMEOUT_MS, warnings),
    metrics: options.metrics ?? envBoolean(env, "LLMSCOPE_METRICS", warnings),
    metricsEndpoint: metricsEndpoint(options, env, warnings),
    metricsIntervalMillis: metricsInterval(env, warnings),
    instrument: instrumentSwitches(options, env),
    providerHosts: providerHosts(options, env, warnings),
    warnings,
  };
}

function tracesEndpoint(options: RegisterOptions, env: Env, warnings: string[]): string {
  if (options.endpoint !== undefined) return withScheme("register({ endpoint })", options.endpoint, warnings);
  const traces = nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (traces !== undefined) return withScheme("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces, warnings);
  const base = baseEndpoint(env, "traces", warnings);
  return base === undefined ? DEFAULT_TRACES_ENDPOINT : `${base}/v1/traces`;
}

function metricsEndpoint(options: RegisterOptions, env: Env, _warnings: string[]): string {
  const metrics = nonEmpty(env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT);
  if (metrics !== undefined) return withScheme("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", metrics, []);
  // register({ endpoint }) is the full traces URL; the metrics go next to it.
  if (options.endpoint !== undefined && /\/v1\/traces\/?$/.test(options.endpoint))
    return withScheme("", options.endpoint, []).replace(/\/v1\/traces\/?$/, "/v1/metrics");
  // The base endpoint's problems were already reported for the traces.
  const base = baseEndpoint(env, "metrics", []);
  return base === undefined ? DEFAULT_METRICS_ENDPOINT : `${base}/v1/metrics`;
}

/**
 * OTEL_EXPORTER_OTLP_ENDPOINT without trailing slashes. A value that already ends in a signal path
 * (`/v1/traces`) is a full URL given where the base URL belongs: appending would send to
 * `/v1/traces/v1/traces` and get 404s, so the signal path is dropped and the mistake reported.
 */
function baseEndpoint(env: Env, signal: "traces" | "metrics", warnings: string[]): string | undefined {
  const raw = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  if (raw === undefined) return undefined;
  const base = withScheme("OTEL_EXPORTER_OTLP_ENDPOINT", raw, warnings).replace(/\/+$/, "");
  const signalPath = /\/v1\/(traces|metrics|logs)$/.exec(base);
  if (signalPath === null) return base;
  const fixed = base.slice(0, signalPath.index);
  warnings.push(
    `OTEL_EXPORTER_OTLP_ENDPOINT=${JSON.stringify(raw)} ends in ${signalPath[0]}, but it is the collector's base URL (llmscope appends /v1/${signal}). ` +
      `Set it to ${JSON.stringify(fixed || raw)}, or put the full URL in OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. Using ${JSON.stringify(`${fixed}/v1/${signal}`)}.`,
  );
  return fixed;
}

/** An endpoint without `http://` or `https://` (e.g. `localhost:4318`) gets `http://`, with a warning. */
function withScheme(source: string, value: string, warnings: string[]): string {
  if (/^https?:\/\//i.test(value)) return value;
  const fixed = `http://${value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")}`;
  warnings.push(`${source}=${JSON.stringify(value)} is not an http:// or https:// URL; set it to ${JSON.stringify(fixed)}. Using ${JSON.stringify(fixed)}.`);
  return fixed;
}

/** Instrumentation names as OTEL_NODE_DISABLED_INSTRUMENTATIONS spells them, by register({ instrument }) key. */
const INSTRUMENTATION_NAMES: Record<keyof InstrumentOptions, string> = {
  openai: "openai",
  anthropic: "anthropic",
  ollama: "ollama",
  googleGenAI: "google-genai",
  bedrock: "bedrock",
  qdrant: "qdrant",
  pinecone: "pinecone",
  chroma: "chroma",
  mistral: "mistral",
  cohere: "cohere",
  mcp: "mcp",
  langchain: "langchain",
  llamaindex: "llamaindex",
  llamaindexWorkflow: "llamaindex-workflow",
};

/**
 * OTEL_NODE_DISABLED_INSTRUMENTATIONS: a comma list of instrumentation names, as the OpenTelemetry
 * Node auto-instrumentations read it (`openai`, `anthropic`, `google-genai`, …; the `llmscope-`
 * prefix is accepted). Other names are left alone without a word: the variable is shared with the
 * app's other OpenTelemetry instrumentations. register({ instrument }) wins per SDK.
 */
function instrumentSwitches(options: RegisterOptions, env: Env): Required<InstrumentOptions> {
  const disabled = new Set<string>();
  for (const raw of (nonEmpty(env.OTEL_NODE_DISABLED_INSTRUMENTATIONS) ?? "").split(",")) {
    disabled.add(
      raw
        .trim()
        .toLowerCase()
        .replace(/^llmscope-/, ""),
    );
  }
  const keys = Object.keys(INSTRUMENTATION_NAMES) as (keyof InstrumentOptions)[];
  return Object.fromEntries(keys.map((k) => [k, options.instrument?.[k] ?? !disabled.has(INSTRUMENTATION_NAMES[k])])) as Required<InstrumentOptions>;
}

function providerHosts(options: RegisterOptions, env: Env, warnings: string[]): Record<string, string> {
  const { hosts, invalid } = parseProviderHosts(env.LLMSCOPE_PROVIDER_HOSTS);
  for (const entry of invalid)
    warnings.push(`LLMSCOPE_PROVIDER_HOSTS entry ${JSON.stringify(entry)} is invalid; expected host=provider or host:port=provider. Ignoring it.`);
  return { ...hosts, ...options.providerHosts };
}

function metricsInterval(env: Env, warnings: string[]): number {
  const raw = nonEmpty(env.OTEL_METRIC_EXPORT_INTERVAL);
  if (raw === undefined) return DEFAULT_METRICS_INTERVAL_MS;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  warnings.push(
    `OTEL_METRIC_EXPORT_INTERVAL=${JSON.stringify(raw)} is invalid; expected a positive integer (milliseconds). Using ${DEFAULT_METRICS_INTERVAL_MS}.`,
  );
  return DEFAULT_METRICS_INTERVAL_MS;
}

function resolveProtocol(options: RegisterOptions, env: Env, warnings: string[]): OtlpProtocol {
  const [source, value] =
    options.protocol !== undefined
      ? ["register({ protocol })", options.protocol as string]
      : nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL) !== undefined
        ? ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL!.trim()]
        : ["OTEL_EXPORTER_OTLP_PROTOCOL", nonEmpty(env.OTEL_EXPORTER_OTLP_PROTOCOL)];
  if (value === undefined) return "http/protobuf";
  if ((PROTOCOLS as readonly string[]).includes(value)) return value as OtlpProtocol;
  warnings.push(
    `${source}=${JSON.stringify(value)} is not supported by llmscope; expected one of ${PROTOCOLS.map((p) => `"${p}"`).join(", ")}. Using "http/protobuf".`,
  );
  return "http/protobuf";
}

function positiveInteger(source: string, value: number | undefined, fallback: number, warnings: string[]): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && value > 0) return value;
  warnings.push(`${source}=${String(value)} is invalid; expected a positive integer. Using ${fallback}.`);
  return fallback;
}

/**
 * A boolean variable as the OpenTelemetry spec reads it: "true"/"false" in any case; unset or empty
 * is false; anything else ("1", "yes") is false too, with a warning saying what was read.
 */
export function envBoolean(env: Env, name: string, warnings: string[]): boolean {
  const value = nonEmpty(env[name]);
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (lower === "true") return true;
  if (lower !== "false") warnings.push(`${name}=${JSON.stringify(value)} is not a boolean; expected "true" or "false" (any case). Read as false.`);
  return false;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}
