import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChdbStore, type Report, reportCommand, UsageError } from "@llmscope/collector/testing";
import { generateDataset } from "./fixtures/dataset/generate";
import { exactQuantile, groupBy, nanoUsd, tsMs } from "./fixtures/dataset/stats";
import { freePort } from "./support/free-port";

/** `llmscope report` over the fixture dataset, reading the store directly (no collector running). */
const DAY = 86_400_000;
const START = Math.floor(Date.now() / DAY) * DAY - 3 * DAY;
const data = generateDataset({ startMs: START, days: 3, tracesPerDay: 500, seed: 11 });
const root = mkdtempSync(path.join(tmpdir(), "llmscope-report-"));
const dataDir = path.join(root, "data");
const env: Record<string, string> = { LLMSCOPE_DATA_DIR: dataDir };
const iso = (ms: number) => new Date(ms).toISOString();
const range = ["--from", iso(data.startMs), "--to", iso(data.endMs)];

beforeAll(async () => {
  // A free port where no collector listens: the command falls back to opening the store.
  env.LLMSCOPE_URL = `http://127.0.0.1:${await freePort()}`;
  // Where the collector's config puts chDB: <LLMSCOPE_DATA_DIR>/clickhouse.
  const store = new ChdbStore({ dataDir: path.join(dataDir, "clickhouse"), database: "llmscope", ttlDays: 30 });
  await store.migrate();
  await store.insert("llm_spans", data.spans);
  // chDB: one session per process; the command opens its own.
  await store.close();
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function report(args: string[]): Promise<string> {
  const out = new PassThrough();
  let text = "";
  out.on("data", (d: Buffer) => (text += d));
  await reportCommand(args, env, out);
  return text;
}

describe("llmscope report", () => {
  const calls = data.spans.filter((s) => s.SpanType === "llm");
  const cost = (rows: typeof calls) => rows.filter((r) => r.CostUnpriced === 0).reduce((s, r) => s + nanoUsd(r.CostUsd), 0) / 1e9;

  it("composes spend per model, total, month projection, top users, budget status and latency", async () => {
    const r = JSON.parse(await report([...range, "--budget", "1", "--month-start", iso(data.startMs), "--format", "json"])) as Report;
    const byModel = groupBy(calls, (c) => c.RequestModel);
    expect(r.byModel).toHaveLength(byModel.size);
    for (const row of r.byModel) {
      const g = byModel.get(row.model as string)!;
      expect(row.calls).toBe(g.length);
      expect(row.cost_usd as number).toBeCloseTo(cost(g), 9);
    }
    expect(r.total.calls).toBe(calls.length);
    expect(r.total.cost_usd as number).toBeCloseTo(cost(calls), 9);
    expect(r.budget.spend_usd as number).toBeCloseTo(cost(calls), 9);
    expect(r.budget.elapsed_days).toBe(3);
    expect(r.budget.status).toBe("over");
    expect(r.topUsers).toHaveLength(5);
    const users = groupBy(
      calls.filter((c) => c.UserId !== ""),
      (c) => c.UserId,
    );
    const top = [...users.entries()].map(([u, g]) => [u, cost(g)] as const).sort((a, b) => b[1] - a[1])[0]!;
    expect(r.topUsers[0]).toMatchObject({ user: top[0] });
    const gpt = calls.filter((c) => c.RequestModel === "gpt-4o").map((c) => Number(c.DurationNs));
    const latency = r.latency.find((l) => l.model === "gpt-4o")!;
    expect(latency.p95_ms as number).toBeCloseTo(exactQuantile(gpt, 0.95) / 1e6, 6);
    expect(calls.every((c) => tsMs(c.Timestamp) < data.endMs)).toBe(true);
  });

  it("prints readable tables", async () => {
    const text = await report([...range, "--budget", "100000"]);
    expect(text).toMatch(/^Cost report /);
    expect(text).toMatch(/model\s+calls\s+input_tokens\s+output_tokens\s+cost_usd\s+unpriced_calls/);
    expect(text).toMatch(/Total: \$\d+\.\d\d+ over \d+ calls \(\d+ unpriced(, not in the total: [^)]*)?\)/);
    expect(text).toMatch(/projected \$\d+\.\d\d at month end/);
    expect(text).toMatch(/Budget: \$100000\.00 — (OK|AT_RISK|OVER)/);
    expect(text).toMatch(/Top users\nuser\s+calls\s+cost_usd/);
    expect(text).toMatch(/Latency \(ms\)\nmodel\s+operation\s+calls\s+p50_ms\s+p95_ms\s+p99_ms/);
  });

  it("rejects a malformed budget or option", async () => {
    await expect(report(["--budget", "lots"])).rejects.toThrow(UsageError);
    await expect(report(["--budget", "lots"])).rejects.toThrow(/--budget must be an amount in USD/);
    await expect(report(["--from", "yesterday"])).rejects.toThrow(/"from" must be a time/);
  });
});
