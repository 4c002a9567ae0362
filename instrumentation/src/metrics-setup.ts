import { metrics } from "@opentelemetry/api";
import { OTLPMetricExporter as OtlpJsonMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { OTLPMetricExporter as OtlpProtoMetricExporter } from "@opentelemetry/exporter-metrics-otlp-proto";
import type { Resource } from "@opentelemetry/resources";
import { MeterProvider, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import type { OtlpProtocol } from "./config";

/**
 * The GenAI client metrics pipeline (register({ metrics: true }) or LLMSCOPE_METRICS=true): a
 * MeterProvider with a periodic OTLP/HTTP exporter, registered globally. Returns undefined when
 * the app already registered its own MeterProvider (the histograms then go to that one).
 */
export function startMetrics(options: {
  endpoint: string;
  protocol: OtlpProtocol;
  headers: Record<string, string> | undefined;
  resource: Resource | undefined;
  exportIntervalMillis: number;
}): MeterProvider | undefined {
  const config = { url: options.endpoint, ...(options.headers !== undefined && { headers: options.headers }) };
  const exporter = options.protocol === "http/json" ? new OtlpJsonMetricExporter(config) : new OtlpProtoMetricExporter(config);
  const provider = new MeterProvider({
    ...(options.resource !== undefined && { resource: options.resource }),
    readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: options.exportIntervalMillis })],
  });
  if (!metrics.setGlobalMeterProvider(provider)) {
    void provider.shutdown();
    return undefined;
  }
  return provider;
}
