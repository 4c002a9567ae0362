import { parseArgs } from "node:util";
import { runDemoCommand } from "../demo";
import { usage, UsageError } from "./args";

export const DEMO_USAGE = "llmscope demo [--traces <n>] [--concurrency <n>]";

/** Sends demo traces to the collector at LLMSCOPE_URL; refuses early when nothing listens there. */
export async function demoCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const { values } = usage(() =>
    parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        traces: { type: "string", default: "300" },
        concurrency: { type: "string", default: "8" },
      },
    }),
  );
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
  await runDemoCommand({ collectorUrl, traces, concurrency }, out);
}

function positiveInt(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive integer, got "${text}"`);
  return n;
}
