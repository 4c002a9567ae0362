import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "../../store/clickhouse-store";
import { PASSWORD, TestServer } from "../../store/test-clickhouse-server";
import { MetricsRegistry } from "../../telemetry/metrics";
import { DiskSpool } from "./spool";
import { StoreWriter } from "./store-writer";

/**
 * Storage outages against a real ClickHouse server that is killed and restarted: rows wait on disk
 * and are replayed; refused rows are dead-lettered; nothing disappears without a counter.
 */
let server: TestServer;
let store: ClickHouseStore;

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: from + i, s: `row ${from + i}` }));
const count = async () => Number((await store.query<{ n: string }>("SELECT count() AS n FROM t"))[0]!.n);

beforeAll(async () => {
  server = await TestServer.start();
  store = new ClickHouseStore({ url: server.url, username: "default", password: PASSWORD, database: "default", ttlDays: 1, requestTimeoutMs: 3000 });
  await store.exec("CREATE TABLE t (id UInt32, s String) ENGINE = MergeTree ORDER BY id");
}, 60_000);
afterAll(async () => {
  await store?.close();
  server?.cleanup();
});

describe("StoreWriter with DiskSpool", () => {
  it("spools while the server is down, replays when it is back, and dead-letters refused rows", async () => {
    const metrics = new MetricsRegistry();
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-spool-"));
    const spool = new DiskSpool(dir, 10 * 1024 * 1024, metrics);
    await spool.open();
    const writer = new StoreWriter(store, spool, metrics, 50);

    await writer.writeRows("t", rows(0, 10));
    expect(await count()).toBe(10);

    server.stop();
    await writer.writeRows("t", rows(10, 20));
    await writer.writeRows("t", rows(30, 5));
    expect(spool.pending.files).toBe(2);
    expect(metrics.total("llmscope_spool_rows_written_total")).toBe(25);
    expect(metrics.counter("llmscope_store_insert_failures_total", "").get({ table: "t", retriable: "true" })).toBe(2);

    // Still down: replay keeps everything and stops at the first failure.
    expect(await spool.replay(store)).toBe(0);
    expect(spool.pending.files).toBe(2);

    await server.restart();
    expect(await spool.replay(store)).toBe(25);
    expect(spool.pending).toEqual({ files: 0, bytes: 0 });
    expect(await count()).toBe(35);
    const ids = (await store.query<{ id: number }>("SELECT id FROM t ORDER BY id")).map((r) => Number(r.id));
    expect(ids).toEqual(Array.from({ length: 35 }, (_, i) => i));

    // A row the server refuses is not an outage: it goes to dead/, counted, and is not retried.
    await writer.writeRows("t", [{ id: "not a number", s: "x" }]);
    expect(metrics.total("llmscope_rows_dead_lettered_total")).toBe(1);
    expect(readdirSync(path.join(dir, "dead"))).toHaveLength(1);
    expect(await count()).toBe(35);
  }, 90_000);

  it("counts rows as dropped only when the store is down, the spool is full and the writer is stopping", async () => {
    const metrics = new MetricsRegistry();
    const spool = new DiskSpool(mkdtempSync(path.join(tmpdir(), "llmscope-spool-")), 10, metrics);
    await spool.open();
    const writer = new StoreWriter(store, spool, metrics, 50);
    server.stop();
    try {
      const pending = writer.writeRows("t", rows(100, 3));
      await new Promise((r) => setTimeout(r, 300));
      expect(metrics.total("llmscope_rows_dropped_total")).toBe(0);
      writer.stop();
      await pending;
      expect(metrics.counter("llmscope_rows_dropped_total", "").get({ table: "t" })).toBe(3);
    } finally {
      await server.restart();
    }
  }, 60_000);
});
