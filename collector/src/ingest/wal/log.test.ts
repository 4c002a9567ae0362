import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MetricsRegistry } from "../../telemetry/metrics";
import { WriteAheadLog } from "./log";
import { parseSegment } from "./record";

const body = (i: number) => Buffer.from(JSON.stringify({ request: i, pad: "x".repeat(i % 50) }));

describe("WriteAheadLog", () => {
  it("groups concurrent appends into few fsyncs and reads every record back in order", async () => {
    const metrics = new MetricsRegistry();
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-wal-"));
    const { log, leftover } = await WriteAheadLog.open(dir, 1 << 20, metrics);
    expect(leftover).toEqual([]);
    const appends = Array.from({ length: 200 }, (_, i) => log.append({ encoding: i % 2 ? "json" : "protobuf", body: body(i) }));
    await Promise.all(appends.map((a) => a.durable));
    expect(metrics.total("llmscope_wal_fsyncs_total")).toBeLessThan(200);
    expect(metrics.total("llmscope_wal_fsyncs_total")).toBeGreaterThanOrEqual(1);
    const { sealed, closed } = log.rotate();
    await closed;
    const parsed = await log.read(sealed);
    expect(parsed.damage).toBeUndefined();
    expect(parsed.records.map((r) => JSON.parse(r.body.toString()).request)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(parsed.records[1]!.encoding).toBe("json");
    expect(log.bytes).toBe(metrics.total("llmscope_wal_bytes_written_total"));
    await log.remove(sealed);
    expect(log.bytes).toBe(0);
    await log.close();
    expect(readdirSync(dir).filter((f) => f.endsWith(".wal"))).toEqual([]);
  });

  it("tells an interrupted last append (skipped quietly) from damage (reported)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-wal-"));
    const { log } = await WriteAheadLog.open(dir, 1 << 20, new MetricsRegistry());
    for (let i = 0; i < 3; i++) await log.append({ encoding: "json", body: body(i) }).durable;
    const { sealed, closed } = log.rotate();
    await closed;
    await log.close();
    const file = path.join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(".wal"))!,
    );
    const whole = readFileSync(file);

    truncateSync(file, whole.length - 5);
    const torn = parseSegment(readFileSync(file));
    expect(torn.damage).toBeUndefined();
    expect(torn.tornBytes).toBeGreaterThan(0);
    expect(torn.records).toHaveLength(2);

    const flipped = Buffer.from(whole);
    flipped[12]! ^= 0x01;
    writeFileSync(file, flipped);
    const damaged = parseSegment(flipped);
    expect(damaged.records).toHaveLength(0);
    expect(damaged.damage).toMatch(/checksum mismatch in the record at byte 0/);

    // A restart finds the segment and numbers new ones after it, under a new run id.
    const again = await WriteAheadLog.open(dir, 1 << 20, new MetricsRegistry());
    expect(again.leftover).toEqual([sealed]);
    expect(again.log.currentId).toBe(sealed + 1);
    expect(again.log.batchId(sealed)).not.toBe(again.log.batchId(sealed + 1));
    await again.log.close();
  });

  it("has room only within its disk budget", async () => {
    const { log } = await WriteAheadLog.open(mkdtempSync(path.join(tmpdir(), "llmscope-wal-")), 100, new MetricsRegistry());
    expect(log.hasRoom(80)).toBe(true);
    await log.append({ encoding: "json", body: Buffer.alloc(80) }).durable;
    expect(log.hasRoom(20)).toBe(false);
    await log.close();
  });
});
