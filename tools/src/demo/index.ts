/**
 * `llmscope demo`: starts a fake OpenAI server, runs the instrumented support assistant against it
 * with a progress bar, and prints a summary.
 */
import { startFakeOpenAI } from "./fake-openai-server";
import { createProgressBar } from "./progress";
import { type DemoResult, type RunDemoOptions, runDemo } from "./rag-app";

/** What `llmscope demo` takes: the demo's options, with the fake server and progress owned by the command. */
export type DemoCommandOptions = Omit<RunDemoOptions, "openaiBaseUrl" | "onProgress">;

export interface DemoCommandResult extends DemoResult {
  elapsedMs: number;
}

export async function runDemoCommand(opts: DemoCommandOptions, out: NodeJS.WritableStream): Promise<DemoCommandResult> {
  const seed = opts.seed ?? 42;
  const fake = await startFakeOpenAI({ seed, latency: { scale: opts.latencyScale ?? 1 }, failureRate: opts.failureRate ?? 0.02 });
  const started = Date.now();
  try {
    out.write(`llmscope demo: sending ${opts.traces} traces to ${opts.collectorUrl} (fake OpenAI on ${fake.url})\n`);
    const bar = createProgressBar(out, opts.traces);
    const result = await runDemo({
      collectorUrl: opts.collectorUrl,
      traces: opts.traces,
      seed,
      openaiBaseUrl: fake.url,
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.protocol !== undefined ? { protocol: opts.protocol } : {}),
      ...(opts.captureContent !== undefined ? { captureContent: opts.captureContent } : {}),
      onProgress: (done) => bar.update(done),
    });
    bar.finish();
    const elapsedMs = Date.now() - started;
    out.write(
      `Sent ${result.traces} traces in ${(elapsedMs / 1000).toFixed(1)}s: ${result.errors} ended in an error ` +
        `(injected by the fake server, recorded as ERROR spans); the fake OpenAI server got ${fake.requests} requests.\n` +
        `Next: npx llmscope query latency_percentiles\n`,
    );
    return { ...result, elapsedMs };
  } finally {
    await fake.close();
  }
}
