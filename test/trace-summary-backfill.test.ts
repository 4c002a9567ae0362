import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindParams, loadQuery } from "@llmscope/queries";
import { ChdbStore, MIGRATIONS_DIR } from "@llmscope/collector/testing";
import { generateDataset } from "./fixtures/dataset/generate";

/**
 * recent_traces reads llm_trace_roots and llm_trace_summary, which views fill from otel_traces and
 * llm_spans. A store created before those tables existed, with traces in it, is upgraded: the
 * backfill migrations fill them from its history and the views add what arrives afterwards, some of
 * it for traces begun before the upgrade. recent_traces then returns exactly what it returns on a
 * store that had the views from its first span (test/queries.test.ts checks that one against an
 * independent computation), and a backfill run again after an interrupted upgrade does not count
 * the history twice.
 */

type Row = Record<string, unknown>;

const DAY = 86_400_000;
const START = Math.floor(Date.now() / DAY) * DAY - 2 * DAY;
const data = generateDataset({ startMs: START, days: 2, tracesPerDay: 600, seed: 23 });
const FIRST_TRACE_LIST_MIGRATION = 38;
const BACKFILLS = [43, 44];
// Spans and roots are split at different points, so some traces have spans on both sides.
const halfSpans = Math.floor(data.spans.length / 2);
const halfRoots = Math.floor(data.traces.length / 3);

const PARAMS: Record<string, string>[] = [
  { limit: "10000" },
  { limit: "10000", flagged_only: "1" },
  { limit: "10000", model: data.spans.find((s) => s.SpanType === "llm")!.RequestModel },
  { limit: "25", service: data.traces[0]!.ServiceName },
];

const root = mkdtempSync(path.join(tmpdir(), "llmscope-trace-summary-"));
let store: ChdbStore | undefined;
let expected: Row[][] = [];
let upgradeApplied: string[] = [];

async function recentTraces(s: ChdbStore): Promise<Row[][]> {
  const q = loadQuery("recent_traces");
  const range = { from: new Date(START).toISOString(), to: new Date(START + 3 * DAY).toISOString() };
  return Promise.all(PARAMS.map((p) => s.query<Row>(q.sql, bindParams(q, { ...range, ...p }))));
}

async function insertSpans(s: ChdbStore, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 2000) await s.insert("llm_spans", data.spans.slice(i, Math.min(i + 2000, to)));
}

beforeAll(async () => {
  // The reference: a store with every migration from the start (one chDB session per process, so in turn).
  const fresh = new ChdbStore({ dataDir: path.join(root, "fresh"), database: "llmscope", ttlDays: 30 });
  await fresh.migrate();
  await insertSpans(fresh, 0, data.spans.length);
  await fresh.insert("otel_traces", data.traces);
  expected = await recentTraces(fresh);
  await fresh.close();

  // The schema before the trace list's tables: every migration file numbered below them.
  const oldMigrations = path.join(root, "migrations-before");
  mkdirSync(oldMigrations);
  for (const f of readdirSync(MIGRATIONS_DIR)) {
    if (Number(f.slice(0, 4)) < FIRST_TRACE_LIST_MIGRATION) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(oldMigrations, f));
  }
  cpSync(path.join(MIGRATIONS_DIR, "fragments"), path.join(oldMigrations, "fragments"), { recursive: true });
  const dataDir = path.join(root, "upgraded");
  const old = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 30, migrationsDir: oldMigrations });
  await old.migrate();
  await insertSpans(old, 0, halfSpans);
  await old.insert("otel_traces", data.traces.slice(0, halfRoots));
  await old.close();

  store = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 30 });
  upgradeApplied = (await store.migrate()).applied;
  await insertSpans(store, halfSpans, data.spans.length);
  await store.insert("otel_traces", data.traces.slice(halfRoots));
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("llm_trace_roots and llm_trace_summary on a store created before them", () => {
  it("the reference lists many traces, flagged ones among them", () => {
    expect(expected[0]!.length).toBe(data.traces.length);
    expect(expected[1]!.length).toBeGreaterThan(10);
    expect(expected[1]!.length).toBeLessThan(data.traces.length);
    expect(expected[2]!.length).toBeGreaterThan(10);
    expect(expected[3]!.length).toBe(25);
  });

  it("the upgrade creates the tables and their views, then backfills them", () => {
    expect(upgradeApplied).toEqual([
      "0038_llm_trace_roots.sql",
      "0039_llm_trace_roots_mv.sql",
      "0040_llm_trace_summary.sql",
      "0041_llm_trace_summary_spans_mv.sql",
      "0042_llm_trace_summary_genai_mv.sql",
      "0043_llm_trace_roots_backfill.sql",
      "0044_llm_trace_summary_backfill.sql",
    ]);
  });

  it("history (backfilled) and new spans (through the views) give the rows of a store that had the views from the start", async () => {
    expect(await recentTraces(store!)).toEqual(expected);
  });

  it("backfills run again after an interrupted upgrade do not count the history twice", async () => {
    await store!.exec(`DELETE FROM llmscope_schema_migrations WHERE version IN (${BACKFILLS.join(", ")})`);
    const again = await store!.migrate();
    expect(again.applied).toEqual(["0043_llm_trace_roots_backfill.sql", "0044_llm_trace_summary_backfill.sql"]);
    expect(await recentTraces(store!)).toEqual(expected);
  });
});
