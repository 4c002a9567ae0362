import { commandOptions, UsageError } from "./args";

export const DEMO_USAGE = "llmscope demo [--traces <n>] [--concurrency <n>]";

/** What the tools workspace's demo module offers the CLI. */
interface DemoModule {
  runDemoCommand(opts: { collectorUrl: string; traces: number; concurrency: number }, out: NodeJS.WritableStream): Promise<unknown>;
}

/**
 * The demo ships in the repository's tools workspace (with the openai SDK and the instrumentation it
 * needs), not in the published collector; it is loaded only when asked for.
 */
async function loadDemo(): Promise<DemoModule> {
  // Named through a variable so the compiler does not look for the tools workspace's types, which
  // are built after the collector.
  const demoModule: string = "@llmscope/tools/demo";
  try {
    return (await import(demoModule)) as DemoModule;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND" || !String((err as Error).message).includes(demoModule)) throw err;
    throw new Error(
      "`llmscope demo` runs from a checkout of the llmscope repository (npm install, then npm run demo); the published collector does not include it",
    );
  }
}

/** Sends demo traces to the collector at LLMSCOPE_URL; refuses early when nothing listens there. */
export async function demoCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const values = commandOptions(argv, {
    traces: { type: "string", default: "300" },
    concurrency: { type: "string", default: "8" },
  });
  const traces = positiveInt("--traces", values.traces);
  const concurrency = positiveInt("--concurrency", values.concurrency);
  const collectorUrl = env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";

  try {
    await fetch(new URL("/healthz", collectorUrl), { signal: AbortSignal.timeout(5000) });
  } catch {
    throw new Error(`no collector answers at ${collectorUrl}; start one with \`npm start\` (or set LLMSCOPE_URL)`);
  }
  // The demo's exporter reads the standard header variable, so a token-protected collector works too.
  if (env.LLMSCOPE_AUTH_TOKEN && !env.OTEL_EXPORTER_OTLP_HEADERS) env.OTEL_EXPORTER_OTLP_HEADERS = `authorization=Bearer ${env.LLMSCOPE_AUTH_TOKEN}`;
  await (await loadDemo()).runDemoCommand({ collectorUrl, traces, concurrency }, out);
}

function positiveInt(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive integer, got "${text}"`);
  return n;
}
