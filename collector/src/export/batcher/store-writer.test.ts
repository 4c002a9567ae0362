import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChdbStore } from "../../store/chdb-store";
import { MetricsRegistry } from "../../telemetry/metrics";
import { DiskSpool } from "./spool";
import { StoreWriter } from "./store-writer";

/**
 * A batch the store refuses because of a few rows: the writer finds those rows (real chDB, real
 * refusals) and dead-letters only them; every other row of the batch is stored.
 */
let store: ChdbStore;

beforeAll(async () => {
  store = new ChdbStore({ dataDir: mkdtempSync(path.join(tmpdir(), "llmscope-writer-")), database: "w", ttlDays: 1 });
  await store.exec("CREATE TABLE t (id UInt32, at DateTime64(9), s String) ENGINE = MergeTree ORDER BY id");
});
afterAll(async () => {
  await store?.close();
});

const now = Math.floor(Date.now() / 1000);
const good = (id: number) => ({ id, at: `${now}.000000001`, s: `row ${id}` });

async function setUp() {
  const metrics = new MetricsRegistry();
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-writer-spool-"));
  const spool = new DiskSpool(dir, 10 * 1024 * 1024, metrics);
  await spool.open();
  await store.exec("TRUNCATE TABLE t");
  return { metrics, dir, spool, writer: new StoreWriter(store, spool, metrics, 10) };
}

const storedIds = async () => (await store.query<{ id: number }>("SELECT id FROM t ORDER BY id")).map((r) => Number(r.id));
const deadRows = (dir: string) =>
  readdirSync(path.join(dir, "dead")).flatMap((f) =>
    readFileSync(path.join(dir, "dead", f), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: unknown }).id),
  );

describe("StoreWriter isolates the rows the store refuses", () => {
  it("one unparseable time among 5,000 rows: 4,999 stored, 1 dead-lettered with its reason", async () => {
    const { metrics, dir, writer } = await setUp();
    const rows: object[] = Array.from({ length: 5000 }, (_, i) => good(i));
    rows[3217] = { id: 3217, at: "18446744073.709551614", s: "poison" };
    await writer.writeRows("t", rows);

    const ids = await storedIds();
    expect(ids).toHaveLength(4999);
    expect(ids).not.toContain(3217);
    expect(deadRows(dir)).toEqual([3217]);
    const dead = metrics.counter("llmscope_rows_dead_lettered_total", "");
    expect(dead.total()).toBe(1);
    expect(metrics.render()).toMatch(/llmscope_rows_dead_lettered_total\{reason="CANNOT_PARSE_DATETIME",table="t"\} 1/);
  });

  it("several bad rows of different kinds: each dead-lettered and counted by its own reason", async () => {
    const { metrics, dir, writer } = await setUp();
    const rows: object[] = Array.from({ length: 1000 }, (_, i) => good(i));
    rows[0] = { id: 0, at: "1.000000000", s: "time in a form the store misreads" };
    rows[500] = { id: "five hundred", at: `${now}.0`, s: "not an integer" };
    rows[999] = { id: -1, at: `${now}.0`, s: "negative into UInt32" };
    await writer.writeRows("t", rows);

    expect(await storedIds()).toEqual(Array.from({ length: 998 }, (_, i) => i + 1).filter((i) => i !== 500));
    expect(deadRows(dir).sort()).toEqual([-1, 0, "five hundred"].sort());
    const reasons = metrics
      .render()
      .split("\n")
      .filter((l) => l.startsWith("llmscope_rows_dead_lettered_total{"));
    expect(reasons.reduce((n, l) => n + Number(l.split(" ").pop()), 0)).toBe(3);
    for (const line of reasons) expect(line).toMatch(/reason="[A-Z_]+"/);
  });

  it("a batch that is bad throughout is dead-lettered after a bounded search, nothing stored, every row counted", async () => {
    const { metrics, dir, writer } = await setUp();
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: i, at: "not a time", s: "" }));
    let inserts = 0;
    const insert = store.insert.bind(store);
    store.insert = async (table, batch) => {
      inserts++;
      return insert(table, batch);
    };
    try {
      await writer.writeRows("t", rows);
    } finally {
      store.insert = insert;
    }
    expect(await storedIds()).toEqual([]);
    expect(deadRows(dir)).toHaveLength(2000);
    expect(metrics.total("llmscope_rows_dead_lettered_total")).toBe(2000);
    // 32 single rows isolated, the rest dead-lettered whole: far fewer inserts than rows.
    expect(inserts).toBeLessThan(400);
  });
});
