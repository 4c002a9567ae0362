import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import { ChdbStore, MIGRATIONS_DIR } from "@llmscope/collector/testing";
import { generateDataset, type FixtureSpanRow } from "./fixtures/dataset/generate";
import { FILTERS, filterParams, passes, type Filter } from "./fixtures/dataset/filters";
import { groupBy, nanoUsd, tsMs } from "./fixtures/dataset/stats";

/**
 * A store created before llm_call_outcomes_1m existed, with spans in it, is upgraded: the backfill
 * migration fills the rollup from llm_spans, the view adds what arrives afterwards, and the queries
 * that read the rollup (error_rate, token_usage, spend_total) give the same numbers as an
 * independent computation over every row, old and new. A backfill run again (the collector stopped
 * before the migration was recorded) does not count the history twice.
 */

type Row = Record<string, any>;
type Span = FixtureSpanRow & { TokensUnknown: number };

const DAY = 86_400_000;
const START = Math.floor(Date.now() / DAY) * DAY - 2 * DAY;
const data = generateDataset({ startMs: START, days: 2, tracesPerDay: 800, seed: 11 });
// Some calls without reported usage (unpriced, reason tokens_unknown), so the known-usage averages
// and tokens_unknown_calls have something to tell apart.
const spans: Span[] = data.spans.map((s, i) =>
  s.SpanType === "llm" && i % 7 === 0 ? { ...s, TokensUnknown: 1, CostUnpriced: 1, CostUsd: "0", OutputTokens: 0 } : { ...s, TokensUnknown: 0 },
);
const half = Math.floor(spans.length / 2);
const iso = (ms: number) => new Date(ms).toISOString();

const root = mkdtempSync(path.join(tmpdir(), "llmscope-rollup-backfill-"));
const dataDir = path.join(root, "data");
const FIRST_OUTCOMES_MIGRATION = 35;
let store: ChdbStore;
let upgrade: { applied: string[] };

beforeAll(async () => {
  // The schema as it was before the rollup: every migration file numbered below it.
  const oldMigrations = path.join(root, "migrations-before");
  mkdirSync(oldMigrations);
  for (const f of readdirSync(MIGRATIONS_DIR)) {
    if (Number(f.slice(0, 4)) < FIRST_OUTCOMES_MIGRATION) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(oldMigrations, f));
  }
  cpSync(path.join(MIGRATIONS_DIR, "fragments"), path.join(oldMigrations, "fragments"), { recursive: true });
  const old = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 30, migrationsDir: oldMigrations });
  await old.migrate();
  for (let i = 0; i < half; i += 3000) await old.insert("llm_spans", spans.slice(i, Math.min(i + 3000, half)));
  await old.close();

  store = new ChdbStore({ dataDir, database: "llmscope", ttlDays: 30 });
  upgrade = await store.migrate();
  for (let i = half; i < spans.length; i += 3000) await store.insert("llm_spans", spans.slice(i, Math.min(i + 3000, spans.length)));
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

async function run(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const q = loadQuery(name);
  return typeRows(q.columns, await store.query<Row>(q.sql, bindParams(q, { from: iso(data.startMs), to: iso(data.endMs), ...params })));
}

const llm = (f: Filter = {}): Span[] =>
  spans.filter((s) => s.SpanType === "llm" && tsMs(s.Timestamp) >= data.startMs && tsMs(s.Timestamp) < data.endMs && passes(f, s));
const costOf = (rows: readonly Span[]) => rows.filter((r) => r.CostUnpriced === 0).reduce((s, r) => s + nanoUsd(r.CostUsd), 0) / 1e9;

function close(actual: unknown, expected: number, rel = 1e-9): void {
  expect(typeof actual, `expected a number close to ${expected}`).toBe("number");
  expect(Math.abs((actual as number) - expected), `${String(actual)} vs ${expected}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(expected) * rel));
}

/** The three rollup readers against sums over the spans themselves. */
async function expectQueriesMatchRows(): Promise<void> {
  for (const [, f] of FILTERS) {
    const byModel = groupBy(llm(f), (r) => r.RequestModel);
    const errorRows = await run("error_rate", filterParams(f));
    const usageRows = await run("token_usage", filterParams(f));
    expect(errorRows.map((r) => r.model)).toEqual([...byModel.keys()].sort());
    expect(usageRows.map((r) => r.model)).toEqual([...byModel.keys()].sort());
    for (const row of errorRows) {
      const g = byModel.get(row.model)!;
      const errors = g.filter((r) => r.StatusCode === "Error");
      const counts = [...groupBy(errors, (r) => r.ErrorType).entries()].map(([type, e]) => [type, e.length] as const);
      // Most frequent type; a tie goes to the first in alphabetical order (the query's rule).
      counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      expect(row).toMatchObject({ calls: g.length, errors: errors.length, top_error_type: counts[0]?.[0] ?? "" });
    }
    for (const row of usageRows) {
      const g = byModel.get(row.model)!;
      const known = g.filter((r) => r.TokensUnknown === 0);
      const sum = (rows: readonly Span[], of: (r: Span) => number) => rows.reduce((s, r) => s + of(r), 0);
      expect(row).toMatchObject({
        calls: g.length,
        tokens_unknown_calls: g.length - known.length,
        input_tokens: sum(g, (r) => r.InputTokens),
        output_tokens: sum(g, (r) => r.OutputTokens),
        cache_read_tokens: sum(g, (r) => r.CacheReadTokens),
        cache_write_tokens: sum(g, (r) => r.CacheWriteTokens),
        reasoning_tokens: sum(g, (r) => r.ReasoningTokens),
      });
      close(row.avg_input_tokens, sum(known, (r) => r.InputTokens) / known.length);
      close(row.avg_output_tokens, sum(known, (r) => r.OutputTokens) / known.length);
    }
    const [total] = await run("spend_total", filterParams(f));
    const calls = llm(f);
    const priced = calls.filter((r) => r.CostUnpriced === 0);
    const users = new Set(priced.filter((r) => r.UserId !== "").map((r) => r.UserId));
    expect(total).toMatchObject({
      calls: calls.length,
      priced_calls: priced.length,
      unpriced_calls: calls.length - priced.length,
      tokens_unknown_calls: calls.filter((r) => r.TokensUnknown === 1).length,
      users: users.size,
    });
    close(total!.cost_usd, costOf(calls));
    close(total!.cost_per_user, costOf(priced.filter((r) => r.UserId !== "")) / users.size);
  }
}

/** The rollup's totals against the same totals over llm_spans, in SQL. */
async function expectRollupEqualsRaw(): Promise<void> {
  const [raw] = await store.query<Row>(
    `SELECT count() AS calls, countIf(StatusCode = 'Error') AS errors, sum(InputTokens) AS input, sumIf(OutputTokens, TokensUnknown = 0) AS known_output,
            countIf(TokensUnknown = 1) AS unknown, countIf(CostUnpriced = 1) AS unpriced, toString(sum(CostUsd)) AS cost,
            uniqExactIf(UserId, UserId != '' AND CostUnpriced = 0) AS users
     FROM llm_spans WHERE SpanType = 'llm'`,
  );
  const [rolled] = await store.query<Row>(
    `SELECT sum(Calls) AS calls, sumIf(Calls, IsError = 1) AS errors, sum(InputTokens) AS input, sumIf(OutputTokens, TokensUnknown = 0) AS known_output,
            sumIf(Calls, TokensUnknown = 1) AS unknown, sumIf(Calls, CostUnpriced = 1) AS unpriced, toString(sum(SpendUsd)) AS cost,
            uniqExactMergeIf(Users, CostUnpriced = 0) AS users
     FROM llm_call_outcomes_1m`,
  );
  expect(rolled).toEqual(raw);
  expect(Number(raw!.calls)).toBe(spans.filter((s) => s.SpanType === "llm").length);
}

describe("llm_call_outcomes_1m on a store created before it", () => {
  it("the upgrade creates the rollup, its view and backfills it", () => {
    expect(upgrade.applied.filter((f) => f.includes("llm_call_outcomes_1m"))).toEqual([
      "0035_llm_call_outcomes_1m.sql",
      "0036_llm_call_outcomes_1m_mv.sql",
      "0037_llm_call_outcomes_1m_backfill.sql",
    ]);
  });

  it("history (backfilled) and new spans (through the view) add up to the raw table, exactly", async () => {
    await expectRollupEqualsRaw();
    await expectQueriesMatchRows();
  });

  it("a backfill run again after an interrupted upgrade does not count the history twice", async () => {
    await store.exec("DELETE FROM llmscope_schema_migrations WHERE version = 37");
    const again = await store.migrate();
    expect(again.applied).toEqual(["0037_llm_call_outcomes_1m_backfill.sql"]);
    await expectRollupEqualsRaw();
    await expectQueriesMatchRows();
  });
});
