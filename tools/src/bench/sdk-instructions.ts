import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakeOpenAI } from "../demo/fake-openai-server";
import { MEASURED, recordBodies, VariantProcess, type SdkVariant } from "./sdk-overhead";

/**
 * Instructions per OpenAI SDK call for the bare SDK and each instrumentation, counted by
 * valgrind's cachegrind (no cache simulation): a count does not depend on the machine's load,
 * so it tells variants apart where time on a shared VM cannot. A process's total count includes
 * its start, so each figure is the difference of two processes that differ only in how many calls
 * they make after the same warm-up, divided by that difference. V8 runs in its predictable mode
 * (see PREDICTABLE_NODE), so the compiler and the collector do their work on the main thread at
 * the same points in every run of one program; what they do is counted, as a running app pays it.
 */
export interface InstructionOptions {
  /** Plain and streamed calls each process makes before the counted ones. */
  warmupCalls: number;
  /** Extra plain calls the larger process makes. */
  plainCalls: number;
  /** Extra streamed calls the larger process makes. */
  streamCalls: number;
  /** Which variants to count (all by default; "bare" is always counted, as the base). */
  variants: SdkVariant[];
}

export interface InstructionCounts {
  variant: SdkVariant;
  /** Instructions per plain call, and per streamed call. */
  plain: number;
  stream: number;
}

export function instructionOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): InstructionOptions {
  return {
    warmupCalls: Number(env.LLMSCOPE_BENCH_SDK_INSTR_WARMUP ?? 300),
    plainCalls: Number(env.LLMSCOPE_BENCH_SDK_INSTR_PLAIN ?? 500),
    streamCalls: Number(env.LLMSCOPE_BENCH_SDK_INSTR_STREAM ?? 100),
    variants: ["bare", ...MEASURED.filter((v) => env.LLMSCOPE_BENCH_SDK_INSTR_VARIANTS?.split(",").includes(v) ?? true)],
  };
}

const CACHEGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"];
/**
 * V8's predictable mode: no background threads, a fixed garbage-collection schedule (no memory
 * reducer, no heap growth that follows timers) and fixed random and hash seeds. Without it two
 * processes running the same commands side by side differ by hundreds of millions of instructions,
 * nearly all in the optimising compiler (how much of its work falls into the counted calls); with it
 * they differ by a few million. Runs made at different times agree as well once spans are
 * exported by count (EXPORT_BY_COUNT).
 */
const PREDICTABLE_NODE = ["--single-threaded", "--predictable", "--predictable-gc-schedule", "--random-seed=1", "--hash-seed=1"];
/**
 * Spans are exported every 512 ended spans and never on the batch processor's 5-second timer: under
 * valgrind a call takes ~50× its time, so a timer would export at a rate set by the machine's load,
 * and how long spans wait in the queue (surviving collections or not) would differ between runs.
 */
const EXPORT_BY_COUNT = { OTEL_BSP_SCHEDULE_DELAY: String(24 * 3600 * 1000) };

/** Total instructions of one child: warm-up, then `plain` plain and `stream` streamed calls. */
async function countRun(variant: SdkVariant, url: string, recordedFile: string, warmup: number, plain: number, stream: number): Promise<number> {
  const p = new VariantProcess(variant, url, recordedFile, CACHEGRIND, PREDICTABLE_NODE, EXPORT_BY_COUNT);
  await p.next();
  await p.send(`warm ${warmup}`);
  if (plain > 0) await p.send(`plain ${plain}`);
  if (stream > 0) await p.send(`stream ${stream}`);
  const { spans } = await p.send<{ spans: number }>("done");
  const expected = variant === "bare" || variant === "context" ? 0 : 2 * warmup + plain + stream;
  if (spans !== expected) throw new Error(`${variant} exported ${spans} spans, expected ${expected}`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(await p.finished);
  if (refs === null) throw new Error(`no instruction count from cachegrind for ${variant}`);
  return Number(refs[1]!.replaceAll(",", ""));
}

/** Per variant three processes: the base, one with more plain calls, one with more streamed calls. */
export async function countSdkInstructions(options: InstructionOptions = instructionOptionsFromEnv()): Promise<InstructionCounts[]> {
  const fake = await startFakeOpenAI({ latency: { scale: 0 }, seed: 1 });
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-sdk-instr-"));
  try {
    const recordedFile = path.join(dir, "bodies.json");
    writeFileSync(recordedFile, JSON.stringify(await recordBodies(fake.url)));
    const out: InstructionCounts[] = [];
    for (const variant of options.variants) {
      process.stderr.write(`sdk-instructions: ${variant}\n`);
      const w = options.warmupCalls;
      // Two processes at a time: the machine has two cores, and the fake server is idle (bodies are recorded).
      const [base, morePlain] = await Promise.all([
        countRun(variant, fake.url, recordedFile, w, 1, 1),
        countRun(variant, fake.url, recordedFile, w, 1 + options.plainCalls, 1),
      ]);
      const moreStream = await countRun(variant, fake.url, recordedFile, w, 1, 1 + options.streamCalls);
      out.push({ variant, plain: (morePlain - base) / options.plainCalls, stream: (moreStream - base) / options.streamCalls });
    }
    return out;
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per variant: instructions per call and what it adds to the bare SDK's. */
export function formatSdkInstructions(counts: InstructionCounts[], options: InstructionOptions): string[] {
  const bare = counts.find((c) => c.variant === "bare")!;
  const m = (x: number) => `${(x / 1e6).toFixed(3)}M`;
  const added = (x: number, b: number) => `${x - b >= 0 ? "+" : ""}${m(x - b)}`;
  return [
    `instructions per call (cachegrind, node in V8's predictable mode; difference of processes making ${options.plainCalls} more plain / ${options.streamCalls} more streamed calls after ${options.warmupCalls} warm-up calls of each):`,
    ...counts.map(
      (c) =>
        `${c.variant.padEnd(14)} plain ${m(c.plain).padStart(9)}${c === bare ? "" : ` (${added(c.plain, bare.plain)})`.padEnd(13)}  stream ${m(c.stream).padStart(9)}${c === bare ? "" : ` (${added(c.stream, bare.stream)})`}`,
    ),
  ];
}

if (require.main === module) {
  const options = instructionOptionsFromEnv();
  void countSdkInstructions(options).then((c) => console.log(formatSdkInstructions(c, options).join("\n")));
}
