import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { createProcessors } from "@llmscope/collector/internal/processor-chain";
import { stageFaults } from "@llmscope/collector/internal/enrich/processors/faults";
import { rowsByTable, runProcessor, toRecords } from "@llmscope/collector/internal/enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "@llmscope/collector/internal/ingest/receiver/config";
import { decodeJsonTraces } from "@llmscope/collector/internal/ingest/receiver/decode-json";
import { decodeProtobufTraces } from "@llmscope/collector/internal/ingest/receiver/decode-protobuf";
import { parseJsonKeepingInt64 } from "@llmscope/collector/internal/ingest/receiver/json-text";
import type { ReceivedSpan } from "@llmscope/collector/internal/ingest/receiver/model";
import { validateSpans } from "@llmscope/collector/internal/ingest/receiver/validate";
import { MetricsRegistry } from "@llmscope/collector/internal/telemetry/metrics";
import { ragSpans } from "./rag-spans";

export interface StageFigure {
  stage: string;
  /** CPU time (user + system, every thread of the process) per span. */
  microsPerSpan: number;
}

export interface StagesResult {
  protocol: "protobuf" | "json";
  content: boolean;
  spans: number;
  stages: StageFigure[];
  /** CPU per span of the whole chain, decode to rows grouped by table, measured around it. */
  overallMicrosPerSpan: number;
  rssMiB: number;
}

const SPANS_PER_REQUEST = 400;
const WARMUP_REQUESTS = 25;

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * CPU per span of each ingest stage, the stage functions called directly (no HTTP, no store) on
 * one 400-span RAG-shaped request decoded again for every iteration: decode, validate, normalize,
 * each enrichment processor in the collector's order and configuration defaults, and grouping rows
 * by table. CPU time, not wall time, from process.cpuUsage() around each stage.
 */
export function benchStages(totalSpans: number, protocol: "protobuf" | "json", content: boolean): StagesResult {
  const spans = ragSpans(SPANS_PER_REQUEST / 4, content);
  const body = Buffer.from(protocol === "protobuf" ? ProtobufTraceSerializer.serializeRequest(spans)! : JsonTraceSerializer.serializeRequest(spans)!);
  const decode =
    protocol === "protobuf"
      ? (b: Buffer): ReceivedSpan[] => decodeProtobufTraces(b)
      : (b: Buffer): ReceivedSpan[] => decodeJsonTraces(parseJsonKeepingInt64(b));
  const metrics = new MetricsRegistry();
  const processors = createProcessors(loadConfig({}), metrics, undefined);
  // Isolated as in the collector: each processor call pays for the snapshot that undoes a failure.
  const faults = stageFaults(metrics);
  const names = ["decode", "validate", "normalize", ...processors.map((p) => p.name), "rows by table"];
  const totals = new Float64Array(names.length);

  const requests = Math.max(1, Math.ceil(totalSpans / SPANS_PER_REQUEST));
  let measured = 0;
  let overall = 0;
  for (let r = -WARMUP_REQUESTS; r < requests; r++) {
    const marks = [cpuMicros()];
    const received = decode(body);
    marks.push(cpuMicros());
    const { valid } = validateSpans(received, DEFAULT_RECEIVER_LIMITS);
    marks.push(cpuMicros());
    const records = toRecords(valid, faults);
    marks.push(cpuMicros());
    for (const processor of processors) {
      runProcessor(processor, records, faults);
      marks.push(cpuMicros());
    }
    rowsByTable(records);
    marks.push(cpuMicros());
    if (valid.length !== spans.length) throw new Error(`validation kept ${valid.length} of ${spans.length} spans`);
    if (r < 0) continue;
    for (let i = 0; i < names.length; i++) totals[i]! += marks[i + 1]! - marks[i]!;
    overall += marks[marks.length - 1]! - marks[0]!;
    measured += valid.length;
  }
  return {
    protocol,
    content,
    spans: measured,
    stages: names.map((stage, i) => ({ stage, microsPerSpan: totals[i]! / measured })),
    overallMicrosPerSpan: overall / measured,
    rssMiB: process.memoryUsage.rss() / 2 ** 20,
  };
}

/** One line per variant: each stage's µs/span, the overall figure and the RSS after the run. */
export function formatStages(results: readonly StagesResult[]): string[] {
  const stages = results[0]?.stages.map((s) => s.stage) ?? [];
  const head = ["variant".padEnd(22), ...stages.map((s) => s.padStart(Math.max(8, s.length))), "overall".padStart(8), "RSS MiB".padStart(8)];
  const lines = [head.join(" ")];
  for (const r of results) {
    const cells = [`${r.protocol}, ${r.content ? "content" : "no content"}`.padEnd(22)];
    for (const [i, s] of r.stages.entries()) cells.push(s.microsPerSpan.toFixed(1).padStart(Math.max(8, stages[i]!.length)));
    cells.push(r.overallMicrosPerSpan.toFixed(1).padStart(8), r.rssMiB.toFixed(0).padStart(8));
    lines.push(cells.join(" "));
  }
  return lines;
}
