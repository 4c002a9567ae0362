import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { loadConfig } from "../config";
import { startCollector } from "../pipeline";
import { ragSpans } from "./rag-spans";

export interface IngestResult {
  protocol: string;
  spans: number;
  seconds: number;
  spansPerSecond: number;
  /** CPU time of the whole process (HTTP, pipeline, chDB's threads) per stored span. */
  cpuMicrosPerSpan: number;
  /** Peak resident set size of the process so far. */
  peakRssMiB: number;
}

/**
 * End-to-end ingest: pre-serialized OTLP requests POSTed over HTTP by `concurrency` clients until
 * `totalSpans` are sent, timed until every span is in chDB (the queue is flushed and counted).
 */
export async function benchIngest(totalSpans: number, spansPerRequest = 400, concurrency = 4): Promise<IngestResult[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-"));
  const collector = await startCollector(loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_QUEUE_CAPACITY: "1000000" }));
  const spans = ragSpans(spansPerRequest / 4);
  const bodies = {
    protobuf: { type: "application/x-protobuf", body: Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!) },
    json: { type: "application/json", body: Buffer.from(JsonTraceSerializer.serializeRequest(spans)!) },
  };
  const results: IngestResult[] = [];
  try {
    for (const [protocol, { type, body }] of Object.entries(bodies)) {
      const requests = Math.ceil(totalSpans / spans.length);
      const before = collector.metrics.total("llmscope_spans_stored_total");
      const started = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next++;
            for (;;) {
              const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": type }, body });
              await res.arrayBuffer();
              if (res.status === 200) break;
              if (res.status !== 503) throw new Error(`ingest answered ${res.status}`);
              await new Promise((r) => setTimeout(r, 50));
            }
          }
        }),
      );
      await collector.flush();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = process.cpuUsage(cpuBefore);
      const stored = collector.metrics.total("llmscope_spans_stored_total") - before;
      if (stored !== requests * spans.length) throw new Error(`stored ${stored} spans, sent ${requests * spans.length}`);
      results.push({
        protocol,
        spans: stored,
        seconds,
        spansPerSecond: stored / seconds,
        cpuMicrosPerSpan: (cpu.user + cpu.system) / stored,
        peakRssMiB: process.resourceUsage().maxRSS / 1024,
      });
    }
  } finally {
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
