import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import { Random } from "../tools/src/demo/random";
import { ChdbStore, EXPLORER_SQL_DIR, type ExplorerQuery, loadExplorerQuery, toDateTime64 } from "@llmscope/collector/testing";
import type { LlmSpanRow, OtelTraceRow } from "@llmscope/collector";
import { blankLlmRow, noEventsOrLinks } from "../collector/src/store/test-fixtures";
import { exactQuantile } from "./fixtures/dataset/stats";

/**
 * Whole-trace figures of `recent_traces` and of the explorer's list and overview, on traces shaped
 * like real ones (a short root such as a prompt render, children that outlast it, a span from
 * another service that starts before its parent), compared with a computation over the same spans
 * in TypeScript with exact integer nanoseconds.
 */
type Row = Record<string, any>;

const MS = 1_000_000n;
const FROM_MS = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000;
const TO_MS = FROM_MS + 3_000_000;
const MODELS = ["gpt-4o", "gpt-4o-mini", "claude-sonnet-4"];

interface Span {
  spanId: string;
  parent: string;
  name: string;
  startNs: bigint;
  endNs: bigint;
  status: "Ok" | "Error" | "Unset";
  llm?: Partial<LlmSpanRow>;
}

interface FixtureTrace {
  traceId: string;
  service: string;
  spans: Span[];
  model: string;
  user: string;
  session: string;
  promptVersion: string;
  pii: boolean;
  injection: boolean;
  blocked: boolean;
  costNano: bigint;
  tokens: number;
}

function makeTraces(n: number): FixtureTrace[] {
  const rnd = new Random(11);
  const traces: FixtureTrace[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = BigInt(FROM_MS + 60_000 + rnd.int(0, 2_800_000)) * MS + BigInt(rnd.int(0, 999_999));
    const root = rnd.hex(16);
    const model = rnd.pick(MODELS);
    const user = `user-${rnd.int(1, 9)}`;
    const session = `sess-${rnd.int(1, 40)}`;
    const promptVersion = String(rnd.int(1, 3));
    const pii = rnd.chance(0.15);
    const injection = rnd.chance(0.1);
    const blocked = rnd.chance(0.08);
    const error = rnd.chance(0.07);
    const common = { ServiceName: "svc", PromptName: "answer", PromptVersion: promptVersion, UserId: user, SessionId: session };
    // The root (a prompt render) ends long before its children: the bug this guards against.
    const spans: Span[] = [
      {
        spanId: root,
        parent: "",
        name: "render_prompt answer",
        startNs: t0,
        endNs: t0 + BigInt(rnd.int(20_000, 8_000_000)),
        status: "Unset",
        llm: { SpanType: "prompt", ...common },
      },
    ];
    let cursor = t0 + BigInt(rnd.int(0, 2_000_000));
    const calls = rnd.int(0, 3);
    let costNano = 0n;
    let tokens = 0;
    for (let c = 0; c < calls; c++) {
      const start = cursor + BigInt(rnd.int(0, 5_000_000));
      const end = start + BigInt(rnd.int(1, 4_000)) * MS + BigInt(rnd.int(0, 999_999));
      const input = rnd.int(10, 3000);
      const output = rnd.int(1, 800);
      const cost = BigInt(rnd.int(1, 5_000_000));
      costNano += cost;
      tokens += input + output;
      spans.push({
        spanId: rnd.hex(16),
        parent: root,
        name: `chat ${model}`,
        startNs: start,
        endNs: end,
        status: error && c === calls - 1 ? "Error" : "Ok",
        llm: {
          SpanType: "llm",
          RequestModel: model,
          InputTokens: input,
          OutputTokens: output,
          CostUsd: `0.${cost.toString().padStart(9, "0")}`,
          CostUnpriced: 0,
          PiiCount: pii && c === 0 ? 2 : 0,
          InjectionFlagged: injection && c === 0 ? 1 : 0,
          ...common,
        },
      });
      cursor = end;
    }
    if (blocked || calls === 0) {
      spans.push({
        spanId: rnd.hex(16),
        parent: root,
        name: "guardrail input",
        startNs: cursor,
        endNs: cursor + BigInt(rnd.int(1, 900_000)),
        status: "Unset",
        llm: { SpanType: "guardrail", GuardrailDecision: blocked ? "block" : "allow", GuardrailTriggered: blocked ? 1 : 0, ...common },
      });
    }
    // A downstream service's span whose clock runs ahead of its parent's: it starts before the root.
    if (rnd.chance(0.2))
      spans.push({
        spanId: rnd.hex(16),
        parent: root,
        name: "GET /search",
        startNs: t0 - BigInt(rnd.int(1, 3_000_000)),
        endNs: t0 + BigInt(rnd.int(1, 900)) * MS,
        status: "Unset",
      });
    traces.push({
      traceId: rnd.hex(32),
      service: "svc",
      spans,
      model: calls > 0 ? model : "",
      user,
      session,
      promptVersion,
      pii: pii && calls > 0,
      injection: injection && calls > 0,
      blocked,
      costNano: calls > 0 ? costNano : 0n,
      tokens,
    });
  }
  return traces;
}

const traces = makeTraces(400);
const root = mkdtempSync(path.join(tmpdir(), "llmscope-explorer-q-"));
let store: ChdbStore;

function otelRow(t: FixtureTrace, s: Span): OtelTraceRow {
  return {
    Timestamp: toDateTime64(s.startNs),
    TraceId: t.traceId,
    SpanId: s.spanId,
    ParentSpanId: s.parent,
    TraceState: "",
    SpanName: s.name,
    SpanKind: "Internal",
    ServiceName: s.llm ? t.service : "search",
    ResourceAttributes: {},
    ScopeName: "test",
    ScopeVersion: "",
    SpanAttributes: {},
    Duration: String(s.endNs - s.startNs),
    StatusCode: s.status,
    StatusMessage: "",
    ...noEventsOrLinks(),
  };
}

beforeAll(async () => {
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
  await store.migrate();
  await store.insert(
    "otel_traces",
    traces.flatMap((t) => t.spans.map((s) => otelRow(t, s))),
  );
  await store.insert(
    "llm_spans",
    traces.flatMap((t) =>
      t.spans
        .filter((s) => s.llm)
        .map((s) =>
          blankLlmRow({
            Timestamp: toDateTime64(s.startNs),
            TraceId: t.traceId,
            SpanId: s.spanId,
            ParentSpanId: s.parent,
            SpanName: s.name,
            DurationNs: String(s.endNs - s.startNs),
            StatusCode: s.status,
            ...s.llm,
          }),
        ),
    ),
  );
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The independent figure: latest end minus earliest start over every span, in exact nanoseconds. */
function wholeMs(t: FixtureTrace): number {
  const start = t.spans.reduce((m, s) => (s.startNs < m ? s.startNs : m), t.spans[0]!.startNs);
  const end = t.spans.reduce((m, s) => (s.endNs > m ? s.endNs : m), 0n);
  return Number(end - start) / 1e6;
}
const rootStartMs = (t: FixtureTrace) => Number(t.spans[0]!.startNs / MS);
const isError = (t: FixtureTrace) => t.spans.some((s) => s.status === "Error");
const costUsd = (t: FixtureTrace) => Number(t.costNano) / 1e9;
const range = { from: new Date(FROM_MS).toISOString(), to: new Date(TO_MS).toISOString() };

async function run(dir: string | undefined, name: string, params: Record<string, string>): Promise<Row[]> {
  const q = dir === EXPLORER_SQL_DIR ? loadExplorerQuery(name as ExplorerQuery) : dir ? loadQuery(name, dir) : loadQuery(name);
  return typeRows(q.columns, await store.query<Row>(q.sql, bindParams(q, { ...range, ...params })));
}

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-6);
}

describe("whole-trace duration", () => {
  it("the fixture has roots far shorter than their traces, and spans that start before their root", () => {
    expect(traces.filter((t) => wholeMs(t) > (Number(t.spans[0]!.endNs - t.spans[0]!.startNs) / 1e6) * 10).length).toBeGreaterThan(200);
    expect(traces.filter((t) => t.spans.some((s) => s.startNs < t.spans[0]!.startNs)).length).toBeGreaterThan(30);
  });

  it("recent_traces reports latest end minus earliest start over all spans, not the root's duration", async () => {
    const rows = await run(undefined, "recent_traces", { limit: "1000" });
    expect(rows).toHaveLength(traces.length);
    const byId = new Map(traces.map((t) => [t.traceId, t]));
    for (const row of rows) close(row.duration_ms, wholeMs(byId.get(row.TraceId)!));
  });

  it("recent_traces lists a trace with two root spans once, under its earliest root", async () => {
    // After the fixture's range, so no other test sees it.
    const start = BigInt(TO_MS + 60_000) * MS;
    const t: FixtureTrace = { ...traces[0]!, traceId: "ab".repeat(16), service: "gateway", spans: [] };
    t.spans = [
      { spanId: "1".repeat(16), parent: "", name: "edge request", startNs: start, endNs: start + 4n * MS, status: "Ok" },
      { spanId: "2".repeat(16), parent: "", name: "late root", startNs: start + 2n * MS, endNs: start + 30n * MS, status: "Error" },
      { spanId: "3".repeat(16), parent: "1".repeat(16), name: "child", startNs: start + 1n * MS, endNs: start + 9n * MS, status: "Ok" },
    ];
    await store.insert(
      "otel_traces",
      t.spans.map((s) => otelRow(t, s)),
    );
    const rows = await run(undefined, "recent_traces", { from: new Date(TO_MS).toISOString(), to: new Date(TO_MS + 120_000).toISOString() });
    expect(rows.map((r) => [r.TraceId, r.root_span, r.status])).toEqual([[t.traceId, "edge request", "Ok"]]);
    close(rows[0]!.duration_ms, wholeMs(t));
  });

  it("the explorer list reports the same duration, span count, tokens, cost and status", async () => {
    const rows = await run(EXPLORER_SQL_DIR, "traces", { limit: "1000" });
    expect(rows).toHaveLength(traces.length);
    const byId = new Map(traces.map((t) => [t.traceId, t]));
    for (const row of rows) {
      const t = byId.get(row.TraceId)!;
      close(row.duration_ms, wholeMs(t));
      close(row.cost_usd, costUsd(t));
      expect(row).toMatchObject({
        spans: t.spans.length,
        tokens: t.tokens,
        status: isError(t) ? "Error" : "Ok",
        root_span: "render_prompt answer",
        total: traces.length,
      });
      expect(row.start_us).toBe(Number(t.spans.reduce((m, s) => (s.startNs < m ? s.startNs : m), t.spans[0]!.startNs) / 1000n));
    }
  });
});

describe("explorer list: filters, sort, pages", () => {
  const FILTERS: [string, Record<string, string>, (t: FixtureTrace) => boolean][] = [
    ["model", { model: "gpt-4o-mini" }, (t) => t.model === "gpt-4o-mini"],
    ["prompt version", { prompt_name: "answer", prompt_version: "2" }, (t) => t.promptVersion === "2"],
    ["user", { user: "user-3" }, (t) => t.user === "user-3"],
    ["session", { session: "sess-7" }, (t) => t.session === "sess-7"],
    ["status", { status: "Error" }, isError],
    ["has PII", { has_pii: "1" }, (t) => t.pii],
    ["has injection", { has_injection: "1" }, (t) => t.injection],
    ["has block", { has_block: "1" }, (t) => t.blocked],
    ["min duration", { min_duration_ms: "2500" }, (t) => wholeMs(t) >= 2500],
    ["min cost", { min_cost_usd: "0.004" }, (t) => costUsd(t) >= 0.004],
    [
      "range",
      { from: new Date(FROM_MS + 1_000_000).toISOString(), to: new Date(FROM_MS + 2_000_000).toISOString() },
      (t) => rootStartMs(t) >= FROM_MS + 1_000_000 && rootStartMs(t) < FROM_MS + 2_000_000,
    ],
  ];

  it.each(FILTERS)("%s", async (_label, params, keep) => {
    const expected = traces.filter(keep);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(traces.length);
    const rows = await run(EXPLORER_SQL_DIR, "traces", { ...params, limit: "1000" });
    expect(new Set(rows.map((r) => r.TraceId))).toEqual(new Set(expected.map((t) => t.traceId)));
    expect(rows[0]!.total).toBe(expected.length);
  });

  it.each([
    ["duration", wholeMs],
    ["cost", costUsd],
    ["tokens", (t: FixtureTrace) => t.tokens],
    ["spans", (t: FixtureTrace) => t.spans.length],
  ] as const)("sorts by %s both ways and pages without gaps or repeats", async (sort, key) => {
    for (const descending of ["1", "0"]) {
      const pages: Row[] = [];
      for (let offset = 0; offset < traces.length; offset += 70)
        pages.push(...(await run(EXPLORER_SQL_DIR, "traces", { sort, descending, limit: "70", offset: String(offset) })));
      expect(new Set(pages.map((r) => r.TraceId)).size).toBe(traces.length);
      const byId = new Map(traces.map((t) => [t.traceId, t]));
      const values = pages.map((r) => key(byId.get(r.TraceId)!));
      const sorted = [...values].sort((a, b) => (descending === "1" ? b - a : a - b));
      expect(values).toEqual(sorted);
    }
  });

  it("sorts by root name and by start", async () => {
    const rows = await run(EXPLORER_SQL_DIR, "traces", { sort: "start", descending: "0", limit: "1000" });
    const starts = rows.map((r) => r.start_us as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const named = await run(EXPLORER_SQL_DIR, "traces", { sort: "name", limit: "5" });
    expect(named.every((r) => r.root_span === "render_prompt answer")).toBe(true);
  });
});

describe("explorer overview", () => {
  it("exact percentiles, spend and error rate over the filtered traces, and per bucket", async () => {
    for (const [params, keep] of [
      [{}, () => true],
      [{ model: "gpt-4o" }, (t: FixtureTrace) => t.model === "gpt-4o"],
    ] as const) {
      const rows = await run(EXPLORER_SQL_DIR, "traces_overview", { ...params, bucket_seconds: "600" });
      const kept = traces.filter(keep);
      const total = rows.find((r) => r.is_total === 1)!;
      const durations = kept.map(wholeMs);
      expect(total).toMatchObject({ traces: kept.length, errors: kept.filter(isError).length });
      close(
        total.cost_usd,
        kept.reduce((s, t) => s + costUsd(t), 0),
      );
      close(total.error_rate, kept.filter(isError).length / kept.length);
      for (const [q, col] of [
        [0.5, "p50_ms"],
        [0.95, "p95_ms"],
        [0.99, "p99_ms"],
      ] as const)
        close(total[col], exactQuantile(durations, q));
      const buckets = rows.filter((r) => r.is_total === 0);
      expect(buckets.reduce((s, b) => s + b.traces, 0)).toBe(kept.length);
      for (const b of buckets) {
        const startMs = Date.parse(`${b.t.replace(" ", "T")}Z`);
        const inBucket = kept.filter((t) => {
          const first = Number(t.spans.reduce((m, s) => (s.startNs < m ? s.startNs : m), t.spans[0]!.startNs) / MS);
          return first >= startMs && first < startMs + 600_000;
        });
        expect(b.traces, b.t).toBe(inBucket.length);
        close(b.p95_ms, exactQuantile(inBucket.map(wholeMs), 0.95));
      }
    }
  });

  it("filters exactly the traces the list shows: both queries include the one filter block", () => {
    for (const name of ["traces", "traces_overview"] as const) {
      const file = readFileSync(path.join(EXPLORER_SQL_DIR, `${name}.sql`), "utf8");
      expect(file, name).toContain("-- @include shared/listed_traces.sql\n");
      expect(file, name).not.toContain("listed AS (");
      expect(loadExplorerQuery(name).sql, name).toContain("listed AS (");
    }
  });
});
