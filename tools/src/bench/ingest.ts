import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { startCollector } from "@llmscope/collector/internal/pipeline";
import { runHttpLoad, runHttpLoadWithProbe, type ProbeLatencies } from "./http-load";
import { ragSpans } from "./rag-spans";
import { createProcessors } from "@llmscope/collector/internal/processor-chain";
import { tablesOf } from "@llmscope/collector/internal/store/rows-by-table";
import { enrich } from "@llmscope/collector/internal/enrich/processors/run";
import { decode } from "@llmscope/collector/internal/ingest/receiver/http";
import { validateSpans } from "@llmscope/collector/internal/ingest/receiver/validate";
import { MetricsRegistry } from "@llmscope/collector/internal/telemetry/metrics";

export interface IngestResult {
  durability: "wal" | "memory";
  protocol: string;
  spans: number;
  seconds: number;
  spansPerSecond: number;
  /** Collector process CPU (user + system, chDB included) per span; the HTTP clients run in another process. */
  cpuMicrosPerSpan: number;
  /** The same per request, to compare with a refusal. */
  cpuMicrosPerRequest: number;
  fsyncs: number;
  /** Latencies of an empty request sent every 20 ms during the load (they also wait behind the load's requests). */
  probe: ProbeLatencies;
  /** How late a 20 ms timer of the collector's process fires during the load and flush: the main thread's stalls alone. */
  stall: StallLatencies;
  /** Resident set of the collector's process: after start before any load, and the peak during this protocol's load and flush. */
  idleRssMiB: number;
  peakRssMiB: number;
  /** What the resident set was made of at its peak. */
  peak: RssParts;
  /** The CPU per span split by thread group. */
  threads: ThreadCpu;
  /** Inserts the store ran for this protocol's spans: each is a part chDB writes, then merges. */
  inserts: number;
}

/**
 * CPU µs of the process by thread group: the main thread, Node's other threads (libuv's pool, which
 * runs the log's writes and fsyncs and gunzip, and V8's helpers; Node names them all "node"), and
 * chDB's (named by ClickHouse), which is the rest of the process's total so that threads ended
 * between two samples are still counted.
 */
export interface ThreadCpu {
  main: number;
  node: number;
  chdb: number;
}

/** A resident set split into anonymous memory, file-backed pages (chDB's shared library, clean and shared), and the JavaScript heap and buffers inside the anonymous part. */
export interface RssParts {
  anonMiB: number;
  fileMiB: number;
  heapMiB: number;
  /** The part of the heap live objects used when sampled (the rest is garbage not yet collected, or free pages V8 kept). */
  heapUsedMiB: number;
  externalMiB: number;
}

const MiB = 1024 * 1024;
/** /proc reports thread CPU in clock ticks of 10 ms (USER_HZ 100 on Linux). */
const MICROS_PER_TICK = 10_000;

/** The main thread's and Node's other threads' CPU µs so far, from /proc/self/task. */
function nodeThreadsCpu(): { main: number; node: number } {
  let main = 0;
  let node = 0;
  for (const tid of readdirSync("/proc/self/task")) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread ended while listed
    }
    const close = stat.lastIndexOf(")");
    if (stat.slice(stat.indexOf("(") + 1, close) !== "node") continue;
    const fields = stat.slice(close + 2).split(" ");
    const micros = (Number(fields[11]) + Number(fields[12])) * MICROS_PER_TICK;
    if (Number(tid) === process.pid) main += micros;
    else node += micros;
  }
  return { main, node };
}

/** Starts counting CPU by thread group; the returned function gives what each group spent since. */
function threadCpuSince(): () => ThreadCpu {
  const total = cpuMicros();
  const threads = nodeThreadsCpu();
  return () => {
    const nowThreads = nodeThreadsCpu();
    const main = nowThreads.main - threads.main;
    const node = nowThreads.node - threads.node;
    return { main, node, chdb: Math.max(0, cpuMicros() - total - main - node) };
  };
}

/** How late a timer fired, and the same counting only the time the main thread was on a core. */
export interface StallLatencies extends ProbeLatencies {
  /**
   * Per tick, the lateness capped by the main thread's CPU time since the previous tick (from
   * /proc's schedstat, in ns): an upper bound of how long the process's own work held the loop,
   * without the time it waited for a core on a busy machine.
   */
  onCpuP99Ms: number;
  onCpuMaxMs: number;
}

/** The main thread's CPU time so far, ms (the first field of its schedstat is ns on a core). */
function mainThreadCpuMs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ", 1)[0]) / 1e6;
}

/** Starts a timer (every `everyMs`) in this process and records how late each tick fires; the returned function stops it. */
export function timerLateness(everyMs = 20): () => StallLatencies {
  const late: number[] = [];
  const lateOnCpu: number[] = [];
  let due = performance.now() + everyMs;
  let cpu = mainThreadCpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const nowCpu = mainThreadCpuMs();
    const lateness = Math.max(0, now - due);
    late.push(lateness);
    lateOnCpu.push(Math.min(lateness, nowCpu - cpu));
    due = now + everyMs;
    cpu = nowCpu;
  }, everyMs);
  return () => {
    clearInterval(timer);
    const wall = percentiles(late);
    const onCpu = percentiles(lateOnCpu);
    return { ...wall, onCpuP99Ms: onCpu.p99Ms, onCpuMaxMs: onCpu.maxMs };
  };
}

function percentiles(values: number[]): ProbeLatencies {
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  return { count: values.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: values[values.length - 1] ?? 0 };
}

function rssParts(): RssParts {
  const status = readFileSync("/proc/self/status", "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return { anonMiB: kib("RssAnon"), fileMiB: kib("RssFile"), heapMiB: heapTotal / MiB, heapUsedMiB: heapUsed / MiB, externalMiB: external / MiB };
}

/** The process's peak RSS while `work` runs, sampled every 25 ms, and what it was made of then. */
async function peakRss<T>(work: () => Promise<T>): Promise<[T, number, RssParts]> {
  let peak = 0;
  let parts = rssParts();
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss <= peak) return;
    peak = rss;
    parts = rssParts();
  };
  sample();
  const timer = setInterval(sample, 25);
  try {
    const result = await work();
    sample();
    return [result, peak / MiB, parts];
  } finally {
    clearInterval(timer);
  }
}

export interface RefusalResult {
  requests: number;
  /** The whole process (chDB's idle threads included) and its main thread, per refused request. */
  cpuMicrosPerRequest: number;
  mainMicrosPerRequest: number;
}

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

function requestBodies(spans: ReadableSpan[]) {
  return {
    protobuf: { type: "application/x-protobuf", body: Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!) },
    json: { type: "application/json", body: Buffer.from(JsonTraceSerializer.serializeRequest(spans)!) },
  };
}

/**
 * End-to-end ingest: pre-serialized OTLP requests POSTed over HTTP by `concurrency` clients until
 * `totalSpans` are sent, timed until every span is in chDB (the queue is flushed and counted).
 * Every request carries the same span ids, so the recent-span filter is switched off (window 1)
 * to measure the full path.
 */
export async function benchIngest(
  totalSpans: number,
  durability: "wal" | "memory",
  offeredSpansPerSecond?: number,
  spansPerRequest = 400,
  concurrency = 4,
): Promise<IngestResult[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-"));
  const collector = await startCollector(
    loadConfig({
      LLMSCOPE_PORT: "0",
      LLMSCOPE_DATA_DIR: dataDir,
      // The collector's default unless the bench is told otherwise: peak RSS follows the queue's size.
      ...(process.env.LLMSCOPE_BENCH_QUEUE_CAPACITY && { LLMSCOPE_QUEUE_CAPACITY: process.env.LLMSCOPE_BENCH_QUEUE_CAPACITY }),
      // Flush size and interval against chDB's parts and merges, measured without rebuilding.
      ...(process.env.LLMSCOPE_BENCH_FLUSH_SPANS && { LLMSCOPE_BATCH_MAX_SPANS: process.env.LLMSCOPE_BENCH_FLUSH_SPANS }),
      ...(process.env.LLMSCOPE_BENCH_FLUSH_MS && { LLMSCOPE_BATCH_FLUSH_MS: process.env.LLMSCOPE_BENCH_FLUSH_MS }),
      LLMSCOPE_DURABILITY: durability,
      LLMSCOPE_DEDUP_WINDOW_SPANS: "1",
    }),
  );
  const spans = ragSpans(spansPerRequest / 4);
  const bodies = requestBodies(spans);
  const results: IngestResult[] = [];
  await new Promise((r) => setTimeout(r, 1000));
  const idleRssMiB = process.memoryUsage.rss() / MiB;
  try {
    for (const [protocol, { type, body }] of Object.entries(bodies)) {
      const requests = Math.ceil(totalSpans / spans.length);
      const before = collector.metrics.total("llmscope_spans_stored_total");
      const fsyncsBefore = collector.metrics.total("llmscope_wal_fsyncs_total");
      const insertsBefore = insertCount(collector.store);
      const cpuBefore = cpuMicros();
      const threadCpu = threadCpuSince();
      const started = process.hrtime.bigint();
      const stopTimer = timerLateness();
      const [{ statuses, probe }, peakRssMiB, peak] = await peakRss(async () => {
        const load = await runHttpLoadWithProbe({
          url: `${collector.url}/v1/traces`,
          contentType: type,
          body,
          requests,
          concurrency,
          retry503: true,
          probe: true,
          ...(offeredSpansPerSecond && { requestsPerSecond: offeredSpansPerSecond / spans.length }),
        });
        await collector.flush();
        return load;
      });
      const stall = stopTimer();
      if (Object.keys(statuses).some((status) => status !== "200" && status !== "503")) throw new Error(`ingest answered ${JSON.stringify(statuses)}`);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stored = collector.metrics.total("llmscope_spans_stored_total") - before;
      if (stored !== requests * spans.length) throw new Error(`stored ${stored} spans, sent ${requests * spans.length}`);
      const cpu = cpuMicros() - cpuBefore;
      const threads = threadCpu();
      results.push({
        durability,
        protocol,
        spans: stored,
        seconds,
        spansPerSecond: stored / seconds,
        cpuMicrosPerSpan: cpu / stored,
        cpuMicrosPerRequest: cpu / requests,
        fsyncs: collector.metrics.total("llmscope_wal_fsyncs_total") - fsyncsBefore,
        probe: probe!,
        stall,
        idleRssMiB,
        peakRssMiB,
        peak,
        threads: { main: threads.main / stored, node: threads.node / stored, chdb: threads.chdb / stored },
        inserts: insertCount(collector.store) - insertsBefore,
      });
    }
  } finally {
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

type AloneJob = { bench: "ingest"; totalSpans: number; durability: "wal" | "memory"; offeredSpansPerSecond?: number } | { bench: "refusal"; requests: number };

/**
 * A bench in a process of its own, so the RSS and CPU are the collector's alone: no chDB session
 * ran in it before (its background merges would be counted), and none of the bench's own data is in it.
 */
function runAlone<T>(job: AloneJob): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [ALONE_CHILD, JSON.stringify(job)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: T | undefined;
    child.once("message", (message) => (result = message as T));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 && result ? resolve(result) : reject(new Error(`the ${job.bench} bench exited with ${code}`))));
  });
}

/** Inserts run so far by a store that counts them (the embedded one does, by format). */
function insertCount(store: object): number {
  const counted = (store as { insertsByFormat?: Record<string, number> }).insertsByFormat;
  return counted ? Object.values(counted).reduce((a, b) => a + b, 0) : 0;
}

/** `offeredSpansPerSecond` paces the clients (an offered load); without it they send as fast as they are answered. */
export function benchIngestAlone(totalSpans: number, durability: "wal" | "memory", offeredSpansPerSecond?: number): Promise<IngestResult[]> {
  return runAlone({ bench: "ingest", totalSpans, durability, offeredSpansPerSecond });
}

export function benchRefusalAlone(requests: number): Promise<RefusalResult> {
  return runAlone({ bench: "refusal", requests });
}

const ALONE_CHILD = "bench-alone";

if (require.main === module && process.argv[2] === ALONE_CHILD && process.send) {
  const job = JSON.parse(process.argv[3]!) as AloneJob;
  (job.bench === "ingest" ? benchIngest(job.totalSpans, job.durability, job.offeredSpansPerSecond) : benchRefusal(job.requests)).then(
    (result) => process.send!(result, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

/**
 * The cost of a refusal: a collector whose log budget is spent answers 503 to every request. The
 * same requests as benchIngest, so the CPU per request compares directly with a 200's.
 */
export async function benchRefusal(requests: number, spansPerRequest = 400, concurrency = 4): Promise<RefusalResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-"));
  const collector = await startCollector(loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_WAL_MAX_BYTES: "1" }));
  const { type, body } = requestBodies(ragSpans(spansPerRequest / 4)).protobuf;
  try {
    const threadCpu = threadCpuSince();
    const statuses = await runHttpLoad({ url: `${collector.url}/v1/traces`, contentType: type, body, requests, concurrency, retry503: false });
    if (statuses["503"] !== requests) throw new Error(`expected only 503s, got ${JSON.stringify(statuses)}`);
    if (collector.metrics.total("llmscope_receiver_spans_received_total") !== 0) throw new Error("a refused request was decoded");
    const { main, node, chdb } = threadCpu();
    return { requests, cpuMicrosPerRequest: (main + node + chdb) / requests, mainMicrosPerRequest: main / requests };
  } finally {
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface LogChoiceResult {
  spans: number;
  bodyBytes: number;
  rowsBytes: number;
  stringifyMicros: number;
  decodeMicros: number;
}

/**
 * What the write-ahead log stores, measured: the request body as received against the enriched
 * rows as JSON lines (the other candidate). Bytes to fsync per request, the time to serialize the
 * rows (paid on every request if they were logged), and the time to decode and validate the body
 * again (paid only when a request is read back: after a restart or a memory spill).
 */
export function benchLogChoice(spansPerRequest = 400, rounds = 30): LogChoiceResult {
  const config = loadConfig({});
  const processors = createProcessors(config, new MetricsRegistry(), undefined);
  const body = requestBodies(ragSpans(spansPerRequest / 4)).protobuf.body;
  const spans = validateSpans(decode("protobuf", body), config.receiver).valid;
  const rows = enrich(spans, processors);
  const time = (work: () => void) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) work();
    return Number(process.hrtime.bigint() - started) / 1000 / rounds;
  };
  let rowsBytes = 0;
  const stringifyMicros = time(() => {
    rowsBytes = 0;
    for (const [, list] of tablesOf(rows)) for (const row of list) rowsBytes += Buffer.byteLength(JSON.stringify(row)) + 1;
  });
  const decodeMicros = time(() => validateSpans(decode("protobuf", body), config.receiver));
  return { spans: spans.length, bodyBytes: body.length, rowsBytes, stringifyMicros, decodeMicros };
}
