import { spawn } from "node:child_process";
import path from "node:path";
import { startFakeOpenAI } from "../demo/fake-openai-server";

/**
 * Added cost per OpenAI call of llmscope's auto-instrumentation, against the bare SDK and against
 * two other OpenAI instrumentations, all on one harness: the real `openai` SDK calling the local
 * fake server (latency scale 0), sequential calls, spans through a BatchSpanProcessor into an
 * exporter that drops them. Each variant runs in its own child process, so patches never overlap.
 */
export type SdkVariant = "bare" | "llmscope" | "traceloop" | "otel-contrib";

export interface SdkOverheadResult {
  variant: SdkVariant;
  /** Mean wall time per call (best of the rounds), µs. */
  plainMicros: number;
  streamMicros: number;
  /**
   * Mean CPU time (user + system) of the app process per call, best of the rounds, µs. The fake
   * server runs in the parent, so this is the SDK plus the instrumentation; on a shared machine it
   * is far steadier than wall time, which counts time spent waiting for the CPU.
   */
  plainCpuMicros: number;
  streamCpuMicros: number;
  /** Spans the variant produced in the child (0 for bare): proves the patch was active. */
  spans: number;
}

const REPO_ROOT = path.resolve(__dirname, "../../..");
const VARIANTS: SdkVariant[] = ["bare", "llmscope", "traceloop", "otel-contrib"];

// The child: set up tracing for the variant, then require openai (so require hooks see it), then time.
const CHILD = String.raw`
const variant = process.argv[1];
const calls = Number(process.argv[2]);
const url = process.argv[3];
const { NodeTracerProvider } = require("@opentelemetry/sdk-trace-node");
const { BatchSpanProcessor } = require("@opentelemetry/sdk-trace-base");
let spans = 0;
const exporter = { export(batch, done) { spans += batch.length; done({ code: 0 }); }, shutdown: async () => {}, forceFlush: async () => {} };
if (variant === "llmscope") {
  require(require.resolve("llmscope", { paths: [process.cwd() + "/instrumentation"] })).register({ exporter, flushTimeoutMillis: 1000 });
} else if (variant !== "bare") {
  const provider = new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] });
  provider.register();
  const { OpenAIInstrumentation } = require(variant === "traceloop" ? "@traceloop/instrumentation-openai" : "@opentelemetry/instrumentation-openai");
  const i = new OpenAIInstrumentation();
  i.setTracerProvider(provider);
  // Its metric instruments exist only once a meter provider is set (the no-op one: llmscope's metrics are off too).
  i.setMeterProvider(require("@opentelemetry/api").metrics.getMeterProvider());
  i.enable();
}
const { OpenAI } = require("openai");
const client = new OpenAI({ baseURL: url + "/v1", apiKey: "sk-bench", maxRetries: 0 });
const messages = [{ role: "user", content: "How do refunds work?" }];
async function plain() { await client.chat.completions.create({ model: "gpt-4o-mini", messages }); }
async function streamed() { for await (const _ of await client.chat.completions.create({ model: "gpt-4o-mini", messages, stream: true })) {} }
async function time(fn) {
  let best = Infinity;
  let bestCpu = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let i = 0; i < calls; i++) await fn();
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1000 / calls);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / calls);
  }
  return [best, bestCpu];
}
(async () => {
  for (let i = 0; i < 100; i++) { await plain(); await streamed(); }
  const [plainMicros, plainCpuMicros] = await time(plain);
  const [streamMicros, streamCpuMicros] = await time(streamed);
  await new Promise((r) => setTimeout(r, 6000));
  process.stdout.write(JSON.stringify({ plainMicros, streamMicros, plainCpuMicros, streamCpuMicros, spans }) + "\n");
  process.exit(0);
})();
`;

function runVariant(variant: SdkVariant, calls: number, url: string): Promise<SdkOverheadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD, variant, String(calls), url], { cwd: REPO_ROOT, env: { ...process.env, OTEL_SDK_DISABLED: "false" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`sdk-overhead child for ${variant} exited with ${code}: ${err}`));
      resolve({ variant, ...(JSON.parse(out.trim().split("\n").pop()!) as Omit<SdkOverheadResult, "variant">) });
    });
  });
}

/** Runs every variant in turn (never in parallel: they would share two cores). */
export async function benchSdkOverhead(calls = Number(process.env.LLMSCOPE_BENCH_SDK_CALLS ?? 1000)): Promise<SdkOverheadResult[]> {
  const fake = await startFakeOpenAI({ latency: { scale: 0 }, seed: 1 });
  try {
    const results: SdkOverheadResult[] = [];
    for (const variant of VARIANTS) results.push(await runVariant(variant, calls, fake.url));
    return results;
  } finally {
    await fake.close();
  }
}

/** The lines `npm run bench` would print: µs per call and the ratio to the bare SDK, wall then CPU. */
export function formatSdkOverhead(results: SdkOverheadResult[]): string[] {
  const bare = results.find((r) => r.variant === "bare")!;
  const cell = (us: number, base: number) => `${us.toFixed(0).padStart(5)} µs (×${(us / base).toFixed(3)}, +${(us - base).toFixed(0)} µs)`;
  return [
    ...results.map((r) => `  wall ${r.variant.padEnd(12)} plain ${cell(r.plainMicros, bare.plainMicros)}   stream ${cell(r.streamMicros, bare.streamMicros)}   spans ${r.spans}`),
    ...results.map((r) => `  cpu  ${r.variant.padEnd(12)} plain ${cell(r.plainCpuMicros, bare.plainCpuMicros)}   stream ${cell(r.streamCpuMicros, bare.streamCpuMicros)}`),
  ];
}

if (require.main === module) {
  void benchSdkOverhead().then((r) => console.log(formatSdkOverhead(r).join("\n")));
}
