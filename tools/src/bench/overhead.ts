import { context, SpanKind, trace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { register, traceLlmCall } from "llmscope";
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
  /**
   * The floor, for scale: added CPU µs of the same span made with the OpenTelemetry SDK alone
   * (startSpan with the same attributes, setAttributes, end), measured in the same rounds.
   */
  sdkSpan: Spread;
  /**
   * llmscope's own share: median over rounds of (traceLlmCall block − SDK-alone block), the part
   * of the span's cost that is not the SDK's. Taken per round, so both sides share the round's load.
   */
  ownShare: Spread;
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
 * batch processor) against the same awaited call without it, and of the same span made with the
 * OpenTelemetry SDK alone. Both spans go through the provider register() sets up, as in an app
 * (its id generator, span processors and AsyncLocalStorage context manager), into an exporter
 * that drops them; the bare call runs in the same process, so it pays the context manager's
 * promise hooks as well. Short blocks of each, interleaved (order rotated every round), and the
 * median of the per-round differences: a noisy neighbour then either hits both sides of a
 * difference or makes an outlier the median ignores.
 */
export async function benchOverhead(calls = 5_000, rounds = 30): Promise<OverheadResult> {
  const exporter = new DiscardingExporter();
  const handle = register({ exporter, disabled: false, metrics: false });
  if (handle.mode !== "own-provider") throw new Error(`the overhead bench needs register()'s own provider; register() ${handle.mode}`);
  const traced = (i: number) =>
    traceLlmCall({ provider: "openai", model: "gpt-4o-mini", temperature: 0.2, maxTokens: 256 }, async (span) => {
      const res = await fakeCall(i);
      span.setResponse({
        id: res.id,
        model: "gpt-4o-mini-2024-07-18",
        finishReasons: ["stop"],
        usage: { inputTokens: res.usage.prompt_tokens, outputTokens: res.usage.completion_tokens },
      });
      return res;
    });
  const tracer = trace.getTracer("bench-sdk-only");
  const sdkOnly = async (i: number) => {
    const span = tracer.startSpan("chat gpt-4o-mini", {
      kind: SpanKind.CLIENT,
      attributes: {
        "llmscope.span.type": "llm",
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.max_tokens": 256,
        "gen_ai.request.temperature": 0.2,
      },
    });
    const res = await fakeCall(i);
    span.setAttributes({
      "gen_ai.response.id": res.id,
      "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
      "gen_ai.response.finish_reasons": ["stop"],
      "gen_ai.usage.input_tokens": res.usage.prompt_tokens,
      "gen_ai.usage.output_tokens": res.usage.completion_tokens,
    });
    span.end();
    return res;
  };
  const variants = [fakeCall, sdkOnly, traced];
  for (let w = 0; w < 5; w++) for (const v of variants) await timeLoop(2000, v);
  const plain: number[] = [];
  const diffs: number[] = [];
  const wallDiffs: number[] = [];
  const sdkDiffs: number[] = [];
  const ownDiffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const got: { wall: number; cpu: number }[] = [];
    for (let k = 0; k < variants.length; k++) {
      const v = (k + r) % variants.length;
      got[v] = await timeLoop(calls, variants[v]!);
    }
    const [bare, sdk, withSpans] = got as [{ wall: number; cpu: number }, { wall: number; cpu: number }, { wall: number; cpu: number }];
    plain.push(bare.cpu);
    diffs.push(withSpans.cpu - bare.cpu);
    wallDiffs.push(withSpans.wall - bare.wall);
    sdkDiffs.push(sdk.cpu - bare.cpu);
    ownDiffs.push(withSpans.cpu - sdk.cpu);
  }
  await handle.forceFlush();
  if (exporter.exported < 2 * calls * rounds) throw new Error(`only ${exporter.exported} spans were exported`);
  await handle.shutdown();
  // Later benches in this process run without the context manager's promise hooks.
  trace.disable();
  context.disable();
  return {
    calls,
    rounds,
    plainMicros: summarize(plain).median,
    overhead: summarize(diffs),
    wallOverhead: summarize(wallDiffs),
    sdkSpan: summarize(sdkDiffs),
    ownShare: summarize(ownDiffs),
  };
}
