import { spawn, type ChildProcessByStdio } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { startFakeOpenAI } from "../demo/fake-openai-server";
import { summarize, type Spread } from "./interleave";

/**
 * Added cost per OpenAI call of llmscope's auto-instrumentation against two other OpenAI
 * instrumentations, all on one harness: the real `openai` SDK calling the local fake server
 * (latency scale 0), sequential calls, spans through a BatchSpanProcessor into an exporter that
 * drops them. Each variant lives in its own child process, so patches never overlap.
 *
 * The children stay alive for the whole run and the parent asks them for one short block of calls
 * at a time, interleaved: each round measures the bare SDK and each instrumented variant back to
 * back (AB or BA, alternating per round), and the figure is the median over rounds of "variant ÷
 * the bare block beside it − 1". On a shared machine the time a block takes swells and shrinks
 * with the neighbours' load, for CPU time as well as wall time (a VM's stolen time counts as the
 * process's), and it does so by a factor: the ratio of two adjacent blocks cancels it where their
 * difference does not, and the median ignores the rounds a burst hit one side only. Comparing
 * best-of-N runs made minutes apart gave negative overheads.
 */
export type SdkVariant = "bare" | "context" | "llmscope" | "traceloop" | "otel-contrib";
export type Peer = Exclude<SdkVariant, "bare" | "context" | "llmscope">;
export const INSTRUMENTED: Exclude<SdkVariant, "bare" | "context">[] = ["llmscope", "traceloop", "otel-contrib"];
/**
 * Measured against the bare SDK each round: the instrumentations, and "context", the bare SDK in
 * a process whose NodeTracerProvider is registered and whose AsyncLocalStorage context manager
 * has been used once. That is what every instrumentation brings along before doing any work of its
 * own: from then on Node runs the manager's hooks on every promise the SDK makes. An
 * instrumentation's own work is its added cost minus this one's, taken per round.
 */
export const MEASURED: Exclude<SdkVariant, "bare">[] = ["context", ...INSTRUMENTED];
const PEERS: Peer[] = ["traceloop", "otel-contrib"];

export interface SdkOverheadOptions {
  /** Interleaved rounds per repetition. */
  rounds: number;
  /** Calls per block (one variant, one mode, one round). */
  callsPerBlock: number;
  /** Independent repetitions, each with fresh child processes. */
  repetitions: number;
  /**
   * Plain and streamed calls each child makes before the first round. Long enough for V8 to
   * have compiled the call path: until then every block also pays for the optimising compiler
   * (a background thread, counted in the process's CPU time) and for unoptimised code, and the
   * figure measures how much code a variant has rather than what a call costs a running app.
   */
  warmupCalls: number;
  /** Which kinds of call to time (both by default). */
  modes: ("plain" | "stream")[];
  /**
   * "memory" (the default): the SDK's fetch answers with bodies recorded from the fake server, the
   * same bytes for every variant, and no socket or server process adds noise. "server": the SDK
   * calls the fake server over HTTP, whose replies differ per request (and differ in kind for
   * llmscope's stream requests, which ask for usage).
   */
  transport: "server" | "memory";
}

/** Added cost of one variant over the bare SDK, as a fraction of the bare call: median and quartiles of the per-round ratios − 1. */
export interface AddedCost {
  plainWall: Spread;
  streamWall: Spread;
  plainCpu: Spread;
  streamCpu: Spread;
}

export interface SdkOverheadRepetition {
  /** Bare SDK, µs per call (median of the rounds): the base the differences are taken from. */
  bare: { plainWall: number; streamWall: number; plainCpu: number; streamCpu: number };
  added: Record<Exclude<SdkVariant, "bare">, AddedCost>;
  /** The per-round ratios − 1 behind `added`, in round order (for figures over rounds or repetitions). */
  perRound: Record<Exclude<SdkVariant, "bare">, Record<keyof AddedCost, number[]>>;
  /** Spans each variant exported (0 for bare and context): proves the patch was active. */
  spans: Record<SdkVariant, number>;
}

const REPO_ROOT = path.resolve(__dirname, "../../..");

// The child: set up tracing for the variant, require openai (so require hooks see it), warm up,
// then answer "plain N" / "stream N" / "done" commands on stdin with one JSON line each.
export const CHILD = String.raw`
const variant = process.argv[1];
const url = process.argv[2];
// "memory": the SDK's fetch answers from bodies recorded from the fake server, so no socket, no
// server and no second process take part: what is left is the SDK's and the instrumentation's work.
const recorded = process.argv[3] ? JSON.parse(require("node:fs").readFileSync(process.argv[3], "utf8")) : undefined;
const { NodeTracerProvider } = require("@opentelemetry/sdk-trace-node");
const { BatchSpanProcessor } = require("@opentelemetry/sdk-trace-base");
let spans = 0;
const exporter = { export(batch, done) { spans += batch.length; done({ code: 0 }); }, shutdown: async () => {}, forceFlush: async () => {} };
let flush = async () => {};
if (variant === "context") {
  // The provider and its context manager, used once (as every instrumentation uses it on each call), and nothing else.
  new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] }).register();
  const { context } = require("@opentelemetry/api");
  context.with(context.active(), () => undefined);
} else if (variant === "llmscope") {
  const handle = require(require.resolve("llmscope", { paths: [process.cwd() + "/instrumentation"] })).register({ exporter, flushTimeoutMillis: 1000 });
  flush = () => handle.forceFlush();
} else if (variant !== "bare") {
  const provider = new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] });
  provider.register();
  flush = () => provider.forceFlush();
  const { OpenAIInstrumentation } = require(variant === "traceloop" ? "@traceloop/instrumentation-openai" : "@opentelemetry/instrumentation-openai");
  const i = new OpenAIInstrumentation();
  i.setTracerProvider(provider);
  // Its metric instruments exist only once a meter provider is set (the no-op one: llmscope's metrics are off too).
  i.setMeterProvider(require("@opentelemetry/api").metrics.getMeterProvider());
  i.enable();
}
const { OpenAI } = require("openai");
// A stream arrives as a server sends it, one event per chunk: handed over in one piece, the SDK's
// SSE splitter (which copies the rest of its buffer at every event) would make the cost grow with
// the square of the body's length, and a body a few per cent longer cost a good deal more.
const encoder = new TextEncoder();
const events = (sse) => sse.split(/(?<=\n\n)/).map((e) => encoder.encode(e));
const streamEvents = recorded && { plain: events(recorded.stream), usage: events(recorded.streamUsage) };
function eventStream(chunks) {
  let i = 0;
  return new ReadableStream({ pull(c) { if (i < chunks.length) c.enqueue(chunks[i++]); else c.close(); } });
}
function memoryFetch(_url, init) {
  const body = JSON.parse(init.body);
  if (body.stream !== true) return Promise.resolve(new Response(recorded.plain, { status: 200, headers: { "content-type": "application/json" } }));
  const chunks = body.stream_options && body.stream_options.include_usage ? streamEvents.usage : streamEvents.plain;
  return Promise.resolve(new Response(eventStream(chunks), { status: 200, headers: { "content-type": "text/event-stream" } }));
}
const client = new OpenAI({ baseURL: url + "/v1", apiKey: "sk-bench", maxRetries: 0, ...(recorded && { fetch: memoryFetch }) });
const messages = [{ role: "user", content: "How do refunds work?" }];
async function plain() { await client.chat.completions.create({ model: "gpt-4o-mini", messages }); }
// LLMSCOPE_BENCH_SDK_STREAM_USAGE=true: the app asks for stream usage itself; =false: it declines it, which
// llmscope respects (no token counts for streams). Either way every variant then reads the same chunks.
const streamUsage = process.env.LLMSCOPE_BENCH_SDK_STREAM_USAGE;
const streamParams = { model: "gpt-4o-mini", messages, stream: true, ...((streamUsage === "true" || streamUsage === "false") && { stream_options: { include_usage: streamUsage === "true" } }) };
async function stream() { for await (const _ of await client.chat.completions.create(streamParams)) {} }
async function block(fn, calls) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) await fn();
  const cpu = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1000 / calls, cpu: (cpu.user + cpu.system) / calls };
}
const reply = (o) => process.stdout.write(JSON.stringify(o) + "\n");
let queue = Promise.resolve();
let buffered = "";
process.stdin.on("data", (d) => {
  buffered += d;
  let nl;
  while ((nl = buffered.indexOf("\n")) >= 0) {
    const [cmd, n] = buffered.slice(0, nl).split(" ");
    buffered = buffered.slice(nl + 1);
    queue = queue.then(async () => {
      if (cmd === "plain") reply(await block(plain, Number(n)));
      else if (cmd === "stream") reply(await block(stream, Number(n)));
      else if (cmd === "warm") { for (let i = 0; i < Number(n); i++) { await plain(); await stream(); } reply({}); }
      else if (cmd === "done") { await flush(); reply({ spans }); process.exit(0); }
    });
  }
});
reply({ ready: true });
`;

interface Block {
  wall: number;
  cpu: number;
}

/**
 * One variant's child process, driven one command at a time. `launcher` runs the child under
 * another program (a valgrind tool counting instructions), with `nodeFlags` given to node and
 * `env` added to its environment.
 */
export class VariantProcess {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly waiting: ((line: string) => void)[] = [];
  private stderr = "";
  private exited: string | undefined;
  /** The child's whole stderr once it has exited. */
  readonly finished: Promise<string>;

  constructor(
    readonly variant: SdkVariant,
    url: string,
    recordedFile: string,
    launcher: string[] = [],
    nodeFlags: string[] = [],
    env: Record<string, string> = {},
  ) {
    const args = [...nodeFlags, "-e", CHILD, variant, url, recordedFile];
    const [program, ...programArgs] = launcher.length > 0 ? [...launcher, process.execPath, ...args] : [process.execPath, ...args];
    this.child = spawn(program!, programArgs, {
      cwd: REPO_ROOT,
      env: { ...process.env, OTEL_SDK_DISABLED: "false", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    this.child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      let nl;
      while ((nl = out.indexOf("\n")) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        this.waiting.shift()?.(line);
      }
    });
    this.child.stderr.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.finished = new Promise((resolve) =>
      this.child.on("close", (code) => {
        this.exited = `sdk-overhead child for ${variant} exited with ${code}: ${this.stderr}`;
        for (const w of this.waiting.splice(0)) w("");
        resolve(this.stderr);
      }),
    );
  }

  /** Resolves with the child's next line (the first is its "ready"). */
  next<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      this.waiting.push((line) => (line === "" ? reject(new Error(this.exited ?? `no answer from ${this.variant}`)) : resolve(JSON.parse(line) as T)));
    });
  }

  send<T>(command: string): Promise<T> {
    const answer = this.next<T>();
    this.child.stdin.write(command + "\n");
    return answer;
  }
}

/** One repetition: fresh children, warm-up, then interleaved rounds. */
async function repetition(url: string, recordedFile: string, options: SdkOverheadOptions): Promise<SdkOverheadRepetition> {
  const procs = new Map<SdkVariant, VariantProcess>();
  const all: SdkVariant[] = ["bare", ...MEASURED];
  // Started and warmed one at a time: two cores are shared with the fake server.
  for (const v of all) {
    const p = new VariantProcess(v, url, recordedFile);
    await p.next();
    await p.send(`warm ${options.warmupCalls}`);
    procs.set(v, p);
  }
  const bareRuns = { plain: [] as Block[], stream: [] as Block[] };
  const diffs = new Map(
    MEASURED.map((v) => [v, { plainWall: [] as number[], streamWall: [] as number[], plainCpu: [] as number[], streamCpu: [] as number[] }]),
  );
  for (let round = 0; round < options.rounds; round++) {
    for (const mode of options.modes) {
      // Rotated so no variant always follows the same one.
      const order = MEASURED.map((_, i) => MEASURED[(i + round) % MEASURED.length]!);
      for (const v of order) {
        const pair: SdkVariant[] = round % 2 === 0 ? ["bare", v] : [v, "bare"];
        const got = new Map<SdkVariant, Block>();
        for (const p of pair) got.set(p, await procs.get(p)!.send<Block>(`${mode} ${options.callsPerBlock}`));
        const bare = got.get("bare")!;
        const mine = got.get(v)!;
        bareRuns[mode].push(bare);
        const d = diffs.get(v)!;
        d[`${mode}Wall`].push(mine.wall / bare.wall - 1);
        d[`${mode}Cpu`].push(mine.cpu / bare.cpu - 1);
      }
    }
  }
  const spans = {} as Record<SdkVariant, number>;
  for (const [v, p] of procs) spans[v] = (await p.send<{ spans: number }>("done")).spans;
  const added = {} as SdkOverheadRepetition["added"];
  for (const [v, d] of diffs)
    added[v] = { plainWall: summarize(d.plainWall), streamWall: summarize(d.streamWall), plainCpu: summarize(d.plainCpu), streamCpu: summarize(d.streamCpu) };
  const med = (xs: number[]) => summarize(xs).median;
  return {
    bare: {
      plainWall: med(bareRuns.plain.map((b) => b.wall)),
      streamWall: med(bareRuns.stream.map((b) => b.wall)),
      plainCpu: med(bareRuns.plain.map((b) => b.cpu)),
      streamCpu: med(bareRuns.stream.map((b) => b.cpu)),
    },
    added,
    perRound: Object.fromEntries(diffs) as SdkOverheadRepetition["perRound"],
    spans,
  };
}

export function sdkOverheadOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SdkOverheadOptions {
  return {
    rounds: Number(env.LLMSCOPE_BENCH_SDK_ROUNDS ?? 60),
    callsPerBlock: Number(env.LLMSCOPE_BENCH_SDK_CALLS ?? 20),
    repetitions: Number(env.LLMSCOPE_BENCH_SDK_REPETITIONS ?? 3),
    warmupCalls: Number(env.LLMSCOPE_BENCH_SDK_WARMUP ?? 3000),
    transport: env.LLMSCOPE_BENCH_SDK_TRANSPORT === "server" ? "server" : "memory",
    modes: env.LLMSCOPE_BENCH_SDK_MODES === "plain" || env.LLMSCOPE_BENCH_SDK_MODES === "stream" ? [env.LLMSCOPE_BENCH_SDK_MODES] : ["plain", "stream"],
  };
}

/** Runs the repetitions one after another (never in parallel: they would share two cores). */
export async function benchSdkOverhead(options: SdkOverheadOptions = sdkOverheadOptionsFromEnv()): Promise<SdkOverheadRepetition[]> {
  const fake = await startFakeOpenAI({ latency: { scale: 0 }, seed: 1 });
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-sdk-bench-"));
  try {
    const recordedFile = options.transport === "memory" ? path.join(dir, "bodies.json") : "";
    if (recordedFile !== "") writeFileSync(recordedFile, JSON.stringify(await recordBodies(fake.url)));
    const results: SdkOverheadRepetition[] = [];
    for (let r = 0; r < options.repetitions; r++) {
      // Progress on stderr: a repetition takes minutes on a busy machine.
      process.stderr.write(`sdk-overhead: repetition ${r + 1} of ${options.repetitions}\n`);
      results.push(await repetition(fake.url, recordedFile, options));
    }
    return results;
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The fake server's answers to the requests the children make, as raw bodies. The server seeds each
 * reply by the request body, so a stream request with stream_options (llmscope asks for usage)
 * would get another reply, of another length, than one without: the stream without usage is
 * therefore made from the one with it (the `"usage":null` fields and the usage-only chunk taken
 * out), and every variant's SDK parses the same text.
 */
export async function recordBodies(url: string): Promise<{ plain: string; stream: string; streamUsage: string }> {
  const ask = async (extra: object) => {
    const res = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "How do refunds work?" }], ...extra }),
    });
    if (!res.ok) throw new Error(`the fake server answered ${res.status} while recording bodies`);
    return res.text();
  };
  const streamUsage = await ask({ stream: true, stream_options: { include_usage: true } });
  const events = streamUsage.split("\n\n").filter((e) => e.trim() !== "");
  const withoutUsage = events.filter((e) => !e.includes('"choices":[]')).map((e) => e.replace(',"usage":null', ""));
  if (withoutUsage.length !== events.length - 1) throw new Error("the recorded stream has no usage-only chunk to take out");
  return { plain: await ask({}), stream: withoutUsage.join("\n\n") + "\n\n", streamUsage };
}

const METRICS: [keyof AddedCost, string][] = [
  ["plainWall", "wall plain "],
  ["streamWall", "wall stream"],
  ["plainCpu", "cpu  plain "],
  ["streamCpu", "cpu  stream"],
];

/**
 * The lines `npm run bench` prints: per repetition, the added cost per call as a share of the bare
 * call (median over rounds, [p25, p75]) and in µs at the bare call's median, and llmscope ÷ peer.
 */
export function formatSdkOverhead(results: SdkOverheadRepetition[], options: SdkOverheadOptions): string[] {
  const lines = [
    `transport: ${options.transport === "memory" ? "bodies recorded from the fake server, answered by the SDK's fetch in process" : "HTTP to the local fake server"}`,
    `${options.repetitions} repetitions × ${options.rounds} interleaved rounds × ${options.callsPerBlock} calls per block after ${options.warmupCalls} warm-up calls; added cost = median over rounds of (variant ÷ adjacent bare block − 1) [p25, p75], and that share of the bare call in µs`,
  ];
  const pct = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}%`;
  results.forEach((r, i) => {
    const b = r.bare;
    const base: Record<keyof AddedCost, number> = { plainWall: b.plainWall, streamWall: b.streamWall, plainCpu: b.plainCpu, streamCpu: b.streamCpu };
    const cell = (s: Spread, key: keyof AddedCost) =>
      `${pct(s.median)} ${(s.median * base[key]).toFixed(0).padStart(5)} µs [${pct(s.p25)}, ${pct(s.p75)}]`.padEnd(34);
    lines.push(
      `repetition ${i + 1}: bare SDK wall plain ${b.plainWall.toFixed(0)} µs, stream ${b.streamWall.toFixed(0)} µs; cpu plain ${b.plainCpu.toFixed(0)} µs, stream ${b.streamCpu.toFixed(0)} µs; spans ${INSTRUMENTED.map((v) => `${v} ${r.spans[v]}`).join(", ")}`,
    );
    lines.push(`  ${"".padEnd(12)}${MEASURED.map((v) => v.padEnd(34)).join("")}${PEERS.map((p) => `llmscope/${p}`.padEnd(22)).join("")}`);
    for (const [key, label] of METRICS) {
      if (Number.isNaN(base[key])) continue;
      const ratios = PEERS.map((p) => ratio(r.added.llmscope[key].median, r.added[p][key].median).padEnd(22));
      lines.push(`  ${label} ${MEASURED.map((v) => cell(r.added[v][key], key)).join("")}${ratios.join("")}`);
    }
    lines.push(...ownWork([r], (key) => base[key]).map((l) => `  ${l}`));
  });
  // Over all repetitions: every round of every repetition, each share taken of its own repetition's bare call.
  if (results.length > 1) {
    lines.push(`all ${results.length} repetitions' rounds together (${results.length * options.rounds} per figure):`);
    lines.push(...ownWork(results, (key) => summarize(results.map((r) => r.bare[key])).median).map((l) => `  ${l}`));
  }
  return lines;
}

/**
 * Each instrumentation's own work: per round, its added share minus the context variant's (the
 * context manager's hooks, which all of them bring), median over the rounds [p25, p75], in µs at
 * the bare call's median, and llmscope ÷ peer on those medians.
 */
function ownWork(reps: SdkOverheadRepetition[], bareMicros: (key: keyof AddedCost) => number): string[] {
  const lines: string[] = [];
  for (const [key, label] of METRICS) {
    if (!key.endsWith("Cpu") || Number.isNaN(bareMicros(key))) continue;
    const own = new Map(INSTRUMENTED.map((v) => [v, summarize(reps.flatMap((r) => r.perRound[v][key].map((x, i) => x - r.perRound.context[key][i]!)))]));
    const context = summarize(reps.flatMap((r) => r.perRound.context[key]));
    const us = (x: number) => `${(x * bareMicros(key)).toFixed(1)}`;
    const cells = INSTRUMENTED.map((v) => {
      const o = own.get(v)!;
      return `${v} ${us(o.median)} [${us(o.p25)}, ${us(o.p75)}]`;
    });
    const ratios = PEERS.map((p) => `llmscope/${p} ${ratio(own.get("llmscope")!.median, own.get(p)!.median)}`);
    lines.push(`${label} µs: context manager alone ${us(context.median)}; own work above it: ${cells.join(", ")}; ${ratios.join(", ")}`);
  }
  return lines;
}

function ratio(mine: number, peer: number): string {
  if (peer <= 0) return "n/a (peer ≤ 0)";
  return `×${(mine / peer).toFixed(2)}`;
}

if (require.main === module) {
  const options = sdkOverheadOptionsFromEnv();
  void benchSdkOverhead(options).then((r) => console.log(formatSdkOverhead(r, options).join("\n")));
}
