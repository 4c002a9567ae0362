import { trace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import { BasicTracerProvider, BatchSpanProcessor, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { traceLlmCall } from "llmscope";

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
  plainMicros: number;
  tracedMicros: number;
  overheadMicros: number;
}

const fakeCall = async (i: number) => ({ id: `r${i}`, usage: { prompt_tokens: 1200, completion_tokens: 180 } });

async function timeLoop(calls: number, body: (i: number) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await body(i);
  return Number(process.hrtime.bigint() - started) / 1e3 / calls;
}

/**
 * Per-call cost of wrapping an LLM call in traceLlmCall (span, request and response attributes,
 * batch processor) against the same awaited call without it. Alternating rounds, best of each, so a
 * noisy neighbour hurts both sides alike.
 */
export async function benchOverhead(calls = 20_000, rounds = 5): Promise<OverheadResult> {
  const exporter = new DiscardingExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter, { maxQueueSize: 65_536, maxExportBatchSize: 4096, scheduledDelayMillis: 200 })] });
  trace.setGlobalTracerProvider(provider);
  const traced = (i: number) =>
    traceLlmCall({ provider: "openai", model: "gpt-4o-mini", temperature: 0.2, maxTokens: 256 }, async (span) => {
      const res = await fakeCall(i);
      span.setResponse({ id: res.id, model: "gpt-4o-mini-2024-07-18", finishReasons: ["stop"], usage: { inputTokens: res.usage.prompt_tokens, outputTokens: res.usage.completion_tokens } });
      return res;
    });
  await timeLoop(2000, fakeCall);
  await timeLoop(2000, traced);
  let plain = Infinity;
  let withSpans = Infinity;
  for (let r = 0; r < rounds; r++) {
    plain = Math.min(plain, await timeLoop(calls, fakeCall));
    withSpans = Math.min(withSpans, await timeLoop(calls, traced));
  }
  await provider.forceFlush();
  if (exporter.exported < calls) throw new Error(`only ${exporter.exported} spans were exported`);
  await provider.shutdown();
  return { calls, plainMicros: plain, tracedMicros: withSpans, overheadMicros: withSpans - plain };
}
