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
  /** Auto-instrumentation of the LLM SDKs; each defaults to true. */
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
    disabled: options.disabled ?? isTrue(env.OTEL_SDK_DISABLED),
    protocol: resolveProtocol(options, env, warnings),
    endpoint: options.endpoint ?? tracesEndpoint(env),
    captureContent: options.captureContent ?? isTrue(env[CAPTURE_CONTENT_ENV]),
    maxContentBytes: positiveInteger("register({ maxContentBytes })", options.maxContentBytes, DEFAULT_MAX_CONTENT_BYTES, warnings),
    flushTimeoutMillis: positiveInteger("register({ flushTimeoutMillis })", options.flushTimeoutMillis, DEFAULT_FLUSH_TIMEOUT_MS, warnings),
    metrics: options.metrics ?? isTrue(env.LLMSCOPE_METRICS),
    metricsEndpoint: metricsEndpoint(options, env),
    metricsIntervalMillis: metricsInterval(env, warnings),
    providerHosts: providerHosts(options, env, warnings),
    warnings,
  };
}

function tracesEndpoint(env: Env): string {
  const traces = nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (traces !== undefined) return traces;
  const base = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  if (base !== undefined) return `${base.replace(/\/+$/, "")}/v1/traces`;
  return DEFAULT_TRACES_ENDPOINT;
}

function metricsEndpoint(options: RegisterOptions, env: Env): string {
  const metrics = nonEmpty(env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT);
  if (metrics !== undefined) return metrics;
  // register({ endpoint }) is the full traces URL; the metrics go next to it.
  if (options.endpoint !== undefined && /\/v1\/traces\/?$/.test(options.endpoint)) return options.endpoint.replace(/\/v1\/traces\/?$/, "/v1/metrics");
  const base = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  if (base !== undefined) return `${base.replace(/\/+$/, "")}/v1/metrics`;
  return DEFAULT_METRICS_ENDPOINT;
}

function providerHosts(options: RegisterOptions, env: Env, warnings: string[]): Record<string, string> {
  const { hosts, invalid } = parseProviderHosts(env.LLMSCOPE_PROVIDER_HOSTS);
  for (const entry of invalid) warnings.push(`LLMSCOPE_PROVIDER_HOSTS entry ${JSON.stringify(entry)} is invalid; expected host=provider or host:port=provider. Ignoring it.`);
  return { ...hosts, ...options.providerHosts };
}

function metricsInterval(env: Env, warnings: string[]): number {
  const raw = nonEmpty(env.OTEL_METRIC_EXPORT_INTERVAL);
  if (raw === undefined) return DEFAULT_METRICS_INTERVAL_MS;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  warnings.push(`OTEL_METRIC_EXPORT_INTERVAL=${JSON.stringify(raw)} is invalid; expected a positive integer (milliseconds). Using ${DEFAULT_METRICS_INTERVAL_MS}.`);
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

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === "true";
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}
