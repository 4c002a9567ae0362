import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { createProcessors } from "@llmscope/collector/internal/processor-chain";
import { stageFaults } from "@llmscope/collector/internal/enrich/processors/faults";
import { runProcessor, toRecords } from "@llmscope/collector/internal/enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "@llmscope/collector/internal/ingest/receiver/config";
import { decodeProtobufTraces } from "@llmscope/collector/internal/ingest/receiver/decode-protobuf";
import { validateSpans } from "@llmscope/collector/internal/ingest/receiver/validate";
import { MetricsRegistry } from "@llmscope/collector/internal/telemetry/metrics";
import { ragSpans } from "./rag-spans";

export interface IsolationResult {
  content: boolean;
  spans: number;
  /** CPU per span of the processors called bare, and called isolated (snapshot before each call). */
  bareMicrosPerSpan: number;
  isolatedMicrosPerSpan: number;
}

const SPANS_PER_REQUEST = 400;

/**
 * What fault isolation costs: the default processors over the same 400-span requests, called bare
 * and called isolated as the collector does, alternating which goes first so neither gets the warmer
 * cache. CPU time around the processor calls only.
 */
export function benchIsolation(totalSpans: number, content: boolean): IsolationResult {
  const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(ragSpans(SPANS_PER_REQUEST / 4, content))!);
  const metrics = new MetricsRegistry();
  const processors = createProcessors(loadConfig({}), metrics, undefined);
  const faults = stageFaults(metrics);
  const micros = { bare: 0, isolated: 0 };
  let spans = 0;
  const requests = Math.max(1, Math.ceil(totalSpans / SPANS_PER_REQUEST));
  for (let r = -20; r < requests; r++) {
    for (const mode of r % 2 === 0 ? (["bare", "isolated"] as const) : (["isolated", "bare"] as const)) {
      const records = toRecords(validateSpans(decodeProtobufTraces(body), DEFAULT_RECEIVER_LIMITS).valid);
      const before = process.cpuUsage();
      for (const processor of processors) runProcessor(processor, records, mode === "isolated" ? faults : undefined);
      const used = process.cpuUsage(before);
      if (r >= 0) micros[mode] += used.user + used.system;
    }
    if (r >= 0) spans += SPANS_PER_REQUEST;
  }
  return { content, spans, bareMicrosPerSpan: micros.bare / spans, isolatedMicrosPerSpan: micros.isolated / spans };
}
