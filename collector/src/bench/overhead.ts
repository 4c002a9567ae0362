import { trace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import { BasicTracerProvider, BatchSpanProcessor, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { traceLlmCall } from "llmscope";
import { summarize, type Spread } from "./interleave";

/** Accepts and forgets spans: measures the cost of making spans, not of a network. */
class DiscardingExporter implements SpanExporter {
  exported = 0;
  export(spans: ReadableSpan[], done: (r: { code: ExportResultCode }) => void): void {
    this.exported += spans.length;
    done({ code: ExportResultCode.SUCCESS });
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface OverheadResult {
  calls: number;
  rounds: number;
  /** The bare awaited call, µs of CPU (median of the rounds). */
  plainMicros: number;
  /** Added CPU µs per call: median of (traced − bare) over interleaved rounds, with its quartiles. */
  overhead: Spread;
  /** The same in wall time, which also counts waiting for a core on a busy machine. */
  wallOverhead: Spread;
}

const fakeCall = async (i: number) => ({ id: `r${i}`, usage: { prompt_tokens: 1200, completion_tokens: 180 } });

/** µs per call of one block: wall time, and the process's CPU time (not inflated by waiting for a core). */
async function timeLoop(calls: number, body: (i: number) => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) await body(i);
  const cpu = process.cpuUsage(cpu0);
  return { wall: Number(process.hrtime.bigint() - started) / 1e3 / calls, cpu: (cpu.user + cpu.system) / calls };
}

/**
 * Per-call cost of wrapping an LLM call in traceLlmCall (span, request and response attributes,
 * batch processor) against the same awaited call without it. Short blocks of each, interleaved
 * (ABBA), and the median of the per-round differences: a noisy neighbour then either hits both
 * halves of a difference or makes an outlier the median ignores.
 */
export async function benchOverhead(calls = 5_000, rounds = 30): Promise<OverheadResult> {
  const exporter = new DiscardingExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter, { maxQueueSize: 65_536, maxExportBatchSize: 4096, scheduledDelayMillis: 200 })] });
  trace.setGlobalTracerProvider(provider);
  const traced = (i: number) =>
    traceLlmCall({ provider: "openai", model: "gpt-4o-mini", temperature: 0.2, maxTokens: 256 }, async (span) => {
      const res = await fakeCall(i);
      span.setResponse({ id: res.id, model: "gpt-4o-mini-2024-07-18", finishReasons: ["stop"], usage: { inputTokens: res.usage.prompt_tokens, outputTokens: res.usage.completion_tokens } });
      return res;
    });
  for (let w = 0; w < 5; w++) {
    await timeLoop(2000, fakeCall);
    await timeLoop(2000, traced);
  }
  const plain: number[] = [];
  const diffs: number[] = [];
  const wallDiffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let bare: { wall: number; cpu: number };
    let withSpans: { wall: number; cpu: number };
    if (r % 2 === 0) {
      bare = await timeLoop(calls, fakeCall);
      withSpans = await timeLoop(calls, traced);
    } else {
      withSpans = await timeLoop(calls, traced);
      bare = await timeLoop(calls, fakeCall);
    }
    plain.push(bare.cpu);
    diffs.push(withSpans.cpu - bare.cpu);
    wallDiffs.push(withSpans.wall - bare.wall);
  }
  await provider.forceFlush();
  if (exporter.exported < calls * rounds) throw new Error(`only ${exporter.exported} spans were exported`);
  await provider.shutdown();
  return { calls, rounds, plainMicros: summarize(plain).median, overhead: summarize(diffs), wallOverhead: summarize(wallDiffs) };
}
