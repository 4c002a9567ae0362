import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The bench's HTTP clients, in a child process so the collector's CPU is measured alone: POSTs
 * one body `requests` times over `concurrency` connections, retrying a 503 after 50 ms when
 * `retry503` is set, and reports how many of each status it saw. With `probe`, it also POSTs an
 * empty OTLP request every 20 ms while loading and reports those answers' latencies: a probe
 * waits as long as the collector's main thread is busy, so its tail is the event-loop stall.
 * With `requestsPerSecond`, request i is not sent before i / requestsPerSecond seconds from the
 * start (an offered load, as a fleet of exporters sends it), instead of as fast as answers come.
 */
interface LoadJob {
  url: string;
  contentType: string;
  bodyFile: string;
  requests: number;
  concurrency: number;
  retry503: boolean;
  probe?: boolean;
  requestsPerSecond?: number;
}

export interface ProbeLatencies {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadResult {
  statuses: Record<string, number>;
  probe?: ProbeLatencies;
}

export async function runHttpLoad(job: Omit<LoadJob, "bodyFile"> & { body: Buffer }): Promise<Record<string, number>> {
  return (await runHttpLoadWithProbe(job)).statuses;
}

export async function runHttpLoadWithProbe(job: Omit<LoadJob, "bodyFile"> & { body: Buffer }): Promise<LoadResult> {
  const bodyFile = path.join(tmpdir(), `llmscope-bench-body-${process.pid}-${Date.now()}`);
  writeFileSync(bodyFile, job.body);
  const { body: _body, ...rest } = job;
  const child = fork(__filename, [JSON.stringify({ ...rest, bodyFile } satisfies LoadJob)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the load process exited with ${code}`))));
  });
}

const PROBE_EVERY_MS = 20;

/** Empty OTLP requests, one every 20 ms (or as soon as the previous one is answered), until `done`. */
async function probe(job: LoadJob, done: () => boolean): Promise<ProbeLatencies> {
  const empty = job.contentType === "application/json" ? Buffer.from("{}") : Buffer.alloc(0);
  const latencies: number[] = [];
  while (!done()) {
    const started = performance.now();
    const res = await fetch(job.url, { method: "POST", headers: { "content-type": job.contentType }, body: empty });
    await res.arrayBuffer();
    const ms = performance.now() - started;
    latencies.push(ms);
    await new Promise((r) => setTimeout(r, Math.max(0, PROBE_EVERY_MS - ms)));
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { count: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: latencies[latencies.length - 1] ?? 0 };
}

async function load(job: LoadJob): Promise<LoadResult> {
  const body = readFileSync(job.bodyFile);
  const statuses: Record<string, number> = {};
  let next = 0;
  let finished = false;
  const probing = job.probe ? probe(job, () => finished) : undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.requests) {
        const due = job.requestsPerSecond ? started + (next * 1000) / job.requestsPerSecond : 0;
        next++;
        const early = due - performance.now();
        if (early > 0) await new Promise((r) => setTimeout(r, early));
        for (;;) {
          const res = await fetch(job.url, { method: "POST", headers: { "content-type": job.contentType }, body });
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status !== 503 || !job.retry503) break;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  finished = true;
  return { statuses, ...(probing && { probe: await probing }) };
}

if (require.main === module && process.send) {
  const job = JSON.parse(process.argv[2]!) as LoadJob;
  load(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
