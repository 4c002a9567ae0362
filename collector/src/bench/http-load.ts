import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The bench's HTTP clients, in a child process so the collector's CPU is measured alone: POSTs
 * one body `requests` times over `concurrency` connections, retrying a 503 after 50 ms when
 * `retry503` is set, and reports how many of each status it saw.
 */
interface LoadJob {
  url: string;
  contentType: string;
  bodyFile: string;
  requests: number;
  concurrency: number;
  retry503: boolean;
}

export async function runHttpLoad(job: Omit<LoadJob, "bodyFile"> & { body: Buffer }): Promise<Record<string, number>> {
  const bodyFile = path.join(tmpdir(), `llmscope-bench-body-${process.pid}-${Date.now()}`);
  writeFileSync(bodyFile, job.body);
  const { body: _body, ...rest } = job;
  const child = fork(__filename, [JSON.stringify({ ...rest, bodyFile } satisfies LoadJob)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (statuses) => resolve(statuses as Record<string, number>));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the load process exited with ${code}`))));
  });
}

async function load(job: LoadJob): Promise<Record<string, number>> {
  const body = readFileSync(job.bodyFile);
  const statuses: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.requests) {
        next++;
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
  return statuses;
}

if (require.main === module && process.send) {
  const job = JSON.parse(process.argv[2]!) as LoadJob;
  load(job).then(
    (statuses) => process.send!(statuses, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
