import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChdbStore } from "@llmscope/collector/testing";
import { numberedSpansJson, startChildCollector, type ChildCollector } from "./support/child-collector";
import { freePort } from "./support/free-port";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SPANS_PER_REQUEST = 40;

/**
 * A client that keeps exporting numbered spans and records which requests were acknowledged (200).
 * A request that failed (connection refused or cut by the kill, 503) is sent again later with the
 * same spans, as an exporter retries.
 */
class NumberingClient {
  readonly acknowledged = new Set<string>();
  private next = 1;
  private readonly retry: { body: string; ids: string[] }[] = [];
  private running = true;
  private loops: Promise<void>[] = [];
  sent = 0;

  constructor(private url: () => string) {}

  start(concurrency: number): void {
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const request = this.retry.shift() ?? numberedSpansJson("kill-test", this.next++, SPANS_PER_REQUEST);
      this.sent++;
      let ok = false;
      try {
        const res = await fetch(`${this.url()}/v1/traces`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: request.body,
          signal: AbortSignal.timeout(5000),
        });
        await res.arrayBuffer();
        ok = res.status === 200;
      } catch {
        // Connection refused or cut: not acknowledged.
      }
      if (ok) for (const id of request.ids) this.acknowledged.add(id);
      else {
        this.retry.push(request);
        await sleep(30);
      }
    }
  }
}

describe("kill -9 during ingest (write-ahead log)", () => {
  it("keeps every acknowledged span across three kills at random moments, each stored once", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-kill-"));
    const port = await freePort();
    const env = { LLMSCOPE_BATCH_FLUSH_MS: "150", LLMSCOPE_BATCH_MAX_SPANS: "2000" };
    let collector: ChildCollector = await startChildCollector(dataDir, port, env);
    const client = new NumberingClient(() => collector.url);
    client.start(4);
    const moments: number[] = [];
    let replayed = 0;
    const replayedNow = async () => {
      const health = (await (await fetch(`${collector.url}/healthz`)).json()) as { wal: { replayedSpans: number } };
      return health.wal.replayedSpans;
    };
    try {
      for (let kill = 0; kill < 3; kill++) {
        const wait = 400 + Math.floor(Math.random() * 1600);
        moments.push(wait);
        await sleep(wait);
        if (kill > 0) replayed += await replayedNow();
        const before = client.acknowledged.size;
        collector.child.kill("SIGKILL");
        expect((await collector.exited).signal).toBe("SIGKILL");
        expect(client.acknowledged.size, `kill ${kill + 1}: the client was acknowledged spans before it`).toBeGreaterThanOrEqual(before);
        collector = await startChildCollector(dataDir, port, env);
      }
      await sleep(800);
      replayed += await replayedNow();
    } finally {
      await client.stop();
    }
    // A clean stop writes everything logged; nothing may be left in the log afterwards.
    collector.child.kill("SIGTERM");
    const { code } = await collector.exited;
    expect(code, collector.output()).toBe(0);
    const wal = path.join(dataDir, "wal");
    expect(readdirSync(wal).filter((f) => f.endsWith(".wal"))).toEqual([]);
    // The kills did leave acknowledged requests that only the log had.
    expect(replayed, "spans read back from the log after the restarts").toBeGreaterThan(0);
    expect(existsSync(path.join(wal, "dead")) ? readdirSync(path.join(wal, "dead")) : []).toEqual([]);

    const store = new ChdbStore({ dataDir: path.join(dataDir, "clickhouse"), database: "llmscope", ttlDays: 30 });
    try {
      const rows = await store.query<{ TraceId: string; SpanId: string }>("SELECT TraceId, SpanId FROM otel_traces WHERE ServiceName = 'kill-test'");
      const stored = new Set(rows.map((r) => `${r.TraceId}:${r.SpanId}`));
      const missing = [...client.acknowledged].filter((id) => !stored.has(id));
      expect(client.acknowledged.size, `kills at ${moments.join(", ")} ms`).toBeGreaterThan(200);
      expect(missing.length, `acknowledged but missing (kills at ${moments.join(", ")} ms): ${missing.slice(0, 5).join(", ")}`).toBe(0);
      expect(rows.length, "duplicate (TraceId, SpanId) rows").toBe(stored.size);
      const [llm] = await store.query<{ n: string; d: string }>(
        "SELECT count() AS n, uniqExact(TraceId, SpanId) AS d FROM llm_spans WHERE ServiceName = 'kill-test'",
      );
      expect(Number(llm!.n)).toBe(Number(llm!.d));
      expect(Number(llm!.n)).toBe(stored.size);
    } finally {
      await store.close();
    }
  }, 180_000);
});
