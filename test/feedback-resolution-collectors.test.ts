import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import { ChdbStore, FeedbackResolver, MetricsRegistry } from "@llmscope/collector/testing";
import { blankLlmRow } from "../collector/src/store/test-fixtures";

/**
 * Two collectors on one store, each with its own feedback resolver, whose passes overlap: both read
 * the same unresolved feedback before either writes a resolved copy (hooks on each resolver's store
 * calls order them, so the overlap is certain, not timing). Each feedback must end as exactly one
 * row, with the dimensions the resolution rule gives when it is first resolved (checked against a
 * computation of that rule here), and satisfaction_rate must equal a count made here.
 */
type Row = Record<string, unknown>;
type Store = InstanceType<typeof ChdbStore>;
const SERVICE = "two-collectors";
const PROMPT = "answer";
const NOW_S = Math.floor(Date.now() / 1000);
const ts = (secondsAgo: number, ns = 0) => `${NOW_S - secondsAgo}.${String(ns).padStart(9, "0")}`;
const hex = (prefix: string, i: number, length: number) => `${prefix}${i.toString(16)}`.padStart(length, "0");

interface Call {
  traceId: string;
  spanId: string;
  secondsAgo: number;
  version: string;
  model: string;
}
interface Feedback {
  traceId: string;
  spanId: string;
  secondsAgo: number;
  ns: number;
  value: number | null;
  label: string;
}

// 40 traces with 1–3 LLM calls each (versions and models vary per call), 5 more whose spans never
// arrive. Three feedback per trace: on a call's span id, on the trace (no span id), and on a span id
// that is no LLM call (a root span): 135 in all, more than two resolver batches.
const calls: Call[] = [];
const feedback: Feedback[] = [];
for (let t = 0; t < 45; t++) {
  const traceId = hex("f", t, 32);
  const n = t < 40 ? 1 + (t % 3) : 0;
  for (let c = 0; c < n; c++)
    calls.push({ traceId, spanId: hex(`${t.toString(16)}c`, c, 16), secondsAgo: 600 - t * 10 - c, version: String(1 + ((t + c) % 2)), model: `m${c % 2}` });
  const firstCall = n > 0 ? hex(`${t.toString(16)}c`, 0, 16) : hex("dead", t, 16);
  const at = 300 - t;
  feedback.push({ traceId, spanId: firstCall, secondsAgo: at, ns: 1, value: t % 4 === 0 ? 0 : 1, label: "" });
  feedback.push({ traceId, spanId: "", secondsAgo: at, ns: 2, value: null, label: t % 3 === 0 ? "thumbs_down" : "thumbs_up" });
  feedback.push({ traceId, spanId: hex("root", t, 16), secondsAgo: at, ns: 3, value: t % 5 === 0 ? 0.2 : 0.9, label: "" });
}

/** The resolution rule, computed here: the call with the feedback's span id, else the trace's latest call. */
function expectedCall(f: Feedback): Call | undefined {
  const ofTrace = calls.filter((c) => c.traceId === f.traceId).sort((a, b) => b.secondsAgo - a.secondsAgo);
  return ofTrace.find((c) => c.spanId === f.spanId) ?? ofTrace.at(-1);
}
const positive = (f: Feedback) => (f.value === null ? f.label === "thumbs_up" : f.value >= 0.5);

/** A promise and the function that settles it. */
function signal(): { done: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const done = new Promise<void>((resolve) => (fire = resolve));
  return { done, fire };
}

interface Hooks {
  /** Before the resolver's first read of resolved copies to write. */
  beforeRead?: () => Promise<void>;
  /** After that read, before its rows reach the resolver. */
  afterRead?: () => Promise<void>;
  /** Before each insert. */
  beforeInsert?: () => Promise<void>;
}

/** One collector's view of the shared store: the hooks around its resolver's calls, and every insert's token recorded. */
function collectorView(store: Store, hooks: Hooks, tokens: string[]): Store {
  let first = true;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "query")
        return async (sql: string, params?: Record<string, unknown>) => {
          const held = first && sql.includes("LIMIT {batch:UInt32}");
          if (held) first = false;
          if (held) await hooks.beforeRead?.();
          const rows = await target.query(sql, params as never);
          if (held) await hooks.afterRead?.();
          return rows;
        };
      if (prop === "insert")
        return async (table: string, rows: object[], options?: { dedupToken?: string }) => {
          await hooks.beforeInsert?.();
          if (options?.dedupToken) tokens.push(options.dedupToken);
          return target.insert(table, rows, options);
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Two resolvers whose passes overlap, in this order: A reads the copies to write; a newer LLM call
 * of trace 2 is stored (so its trace-level feedback now resolves to another call); B reads; A writes
 * and deletes; then B writes what it read. B's copies of the first batch are all written again, and
 * those of trace 2 with other dimensions than A's: without one token per feedback they would be
 * stored beside A's.
 */
async function overlappingPasses(tokens: [string[], string[]], metrics: [MetricsRegistry, MetricsRegistry], newerCall?: () => Promise<void>): Promise<void> {
  const [aRead, bRead, aDone] = [signal(), signal(), signal()];
  const first: Hooks = {
    afterRead: async () => {
      await newerCall?.();
      aRead.fire();
      await bRead.done;
    },
  };
  const second: Hooks = { beforeRead: () => aRead.done, afterRead: async () => bRead.fire(), beforeInsert: () => aDone.done };
  const options = { maxAgeHours: 24, intervalMs: 3_600_000 };
  const a = new FeedbackResolver(collectorView(store, first, tokens[0]), metrics[0], options);
  const b = new FeedbackResolver(collectorView(store, second, tokens[1]), metrics[1], options);
  a.request();
  b.request();
  await a.idle();
  aDone.fire();
  await b.idle();
}

const root = mkdtempSync(path.join(tmpdir(), "llmscope-feedback-collectors-"));
let store: Store;

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeAll(async () => {
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
  await store.migrate();
  // The feedback first (POST /v1/feedback before the spans: no dimensions), then the calls.
  await store.insert(
    "llm_scores",
    feedback.map((f) => ({
      Timestamp: ts(f.secondsAgo, f.ns),
      TraceId: f.traceId,
      SpanId: f.spanId,
      Name: "user_feedback",
      ScoreValue: f.value,
      ScoreLabel: f.label,
      Source: "human",
    })),
  );
  await store.insert(
    "llm_spans",
    calls.map((c) =>
      blankLlmRow({
        TraceId: c.traceId,
        SpanId: c.spanId,
        Timestamp: ts(c.secondsAgo),
        ServiceName: SERVICE,
        RequestModel: c.model,
        PromptName: PROMPT,
        PromptVersion: c.version,
      }),
    ),
  );
}, 120_000);

/** A named query over the last hour, typed as the API returns it. */
async function run(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const range = { from: new Date((NOW_S - 3600) * 1000).toISOString(), to: new Date((NOW_S + 60) * 1000).toISOString() };
  const q = loadQuery(name);
  return typeRows(q.columns, await store.query<Row>(q.sql, bindParams(q, { ...range, ...params })));
}
const satisfaction = (params: Record<string, string> = {}) => run("satisfaction_rate", params);

describe("feedback resolution with two collectors on one store", () => {
  const tokens: [string[], string[]] = [[], []];
  const metrics: [MetricsRegistry, MetricsRegistry] = [new MetricsRegistry(), new MetricsRegistry()];

  beforeAll(async () => {
    await overlappingPasses(tokens, metrics, () =>
      store.insert("llm_spans", [
        blankLlmRow({
          TraceId: hex("f", 2, 32),
          SpanId: "00000000000newer",
          Timestamp: ts(1),
          ServiceName: SERVICE,
          RequestModel: "m9",
          PromptName: PROMPT,
          PromptVersion: "9",
        }),
      ]),
    );
  }, 120_000);

  it("the passes overlapped: both collectors wrote the resolved copies of the same feedback", () => {
    const both = tokens[0].filter((t) => tokens[1].includes(t));
    expect(both.length).toBeGreaterThanOrEqual(50);
    expect(new Set([...tokens[0], ...tokens[1]]).size).toBe(feedback.filter(expectedCall).length);
  });

  it("stores exactly one row per feedback, with the dimensions of the call it rates", async () => {
    const rows = await store.query<Row>(
      `SELECT TraceId, SpanId, toUnixTimestamp64Nano(Timestamp) % 1000000000 AS ns, toString(ServiceName) AS service, toString(RequestModel) AS model,
         toString(PromptVersion) AS version
       FROM llm_scores WHERE Source = 'human' ORDER BY TraceId, ns`,
    );
    const expected = feedback
      .map((f) => {
        const call = expectedCall(f);
        return [f.traceId, f.spanId, String(f.ns), call ? SERVICE : "", call?.model ?? "", call?.version ?? ""];
      })
      .sort((x, y) => `${x[0]}${x[2]}`.localeCompare(`${y[0]}${y[2]}`));
    expect(rows.map((r) => [r.TraceId, r.SpanId, r.ns, r.service, r.model, r.version])).toEqual(expected);
  });

  it("each collector counts at most every resolved feedback, together at least each once; the traces that never arrived are waiting", () => {
    const resolvable = feedback.filter(expectedCall).length;
    const [a, b] = metrics.map((m) => m.total("llmscope_feedback_resolved_total")) as [number, number];
    expect(Math.max(a, b)).toBeLessThanOrEqual(resolvable);
    expect(a + b).toBeGreaterThanOrEqual(resolvable);
    expect(metrics.map((m) => m.total("llmscope_feedback_unresolved"))).toEqual([15, 15]);
  });

  it("satisfaction_rate equals a count of the feedback by the prompt version of the call each rates", async () => {
    const groups = new Map<string, { responses: number; positive: number }>();
    for (const f of feedback) {
      const call = expectedCall(f);
      const key = JSON.stringify([call ? PROMPT : "", call?.version ?? ""]);
      const g = groups.get(key) ?? { responses: 0, positive: 0 };
      g.responses++;
      if (positive(f)) g.positive++;
      groups.set(key, g);
    }
    const expected = [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, g]) => {
        const [prompt_name, prompt_version] = JSON.parse(key) as string[];
        return { prompt_name, prompt_version, responses: g.responses, positive: g.positive, satisfaction_rate: g.positive / g.responses };
      });
    expect(await satisfaction()).toEqual(expected);
    const m1 = feedback.filter((f) => expectedCall(f)?.model === "m1");
    const rows = await satisfaction({ model: "m1" });
    expect(rows.reduce((sum, r) => sum + Number(r.responses), 0)).toBe(m1.length);
    expect(rows.reduce((sum, r) => sum + Number(r.positive), 0)).toBe(m1.filter(positive).length);
  });

  it("prompt_ab's satisfaction and quality_scores_timeseries count the same feedback", async () => {
    const ofVersion = (v: string) => feedback.filter((f) => expectedCall(f)?.version === v);
    const [a, b] = [ofVersion("1"), ofVersion("2")];
    const ab = await run("prompt_ab", { prompt_name: PROMPT, a: "1", b: "2" });
    expect(ab.find((r) => r.metric === "satisfaction_rate")).toMatchObject({
      n_a: a.length,
      n_b: b.length,
      value_a: a.filter(positive).length / a.length,
      value_b: b.filter(positive).length / b.length,
    });
    const series = await run("quality_scores_timeseries", { name: "user_feedback", bucket_seconds: "86400" });
    expect(series.reduce((sum, r) => sum + Number(r.evaluations), 0)).toBe(feedback.length);
    expect(series.reduce((sum, r) => sum + Number(r.valued), 0)).toBe(feedback.filter((f) => f.value !== null).length);
    const inPrompt = await run("quality_scores_timeseries", { name: "user_feedback", bucket_seconds: "86400", prompt_name: PROMPT });
    expect(inPrompt.reduce((sum, r) => sum + Number(r.evaluations), 0)).toBe(feedback.filter(expectedCall).length);
  });

  it("another overlapping round (a restart of both) changes nothing", async () => {
    const before = await store.query<Row>(`SELECT count() AS n FROM llm_scores WHERE Source = 'human'`);
    await overlappingPasses([[], []], [new MetricsRegistry(), new MetricsRegistry()]);
    expect(await store.query<Row>(`SELECT count() AS n FROM llm_scores WHERE Source = 'human'`)).toEqual(before);
    expect(before).toEqual([{ n: String(feedback.length) }]);
  });

  it("a pass that dies among its inserts (kill -9) leaves one row per feedback once a pass runs again", async () => {
    const rated = feedback.filter((f) => f.ns === 1);
    await store.insert(
      "llm_scores",
      rated.map((f) => ({ Timestamp: ts(f.secondsAgo, 7), TraceId: f.traceId, SpanId: f.spanId, Name: "late_rating", ScoreValue: 1, Source: "human" })),
    );
    let inserts = 0;
    const dying: Hooks = {
      beforeInsert: async () => {
        if (++inserts > 20) throw new Error("killed among the inserts");
      },
    };
    const options = { maxAgeHours: 24, intervalMs: 3_600_000 };
    const first = new FeedbackResolver(collectorView(store, dying, []), new MetricsRegistry(), options);
    first.request();
    await first.idle();
    const late = () =>
      store.query<Row>(`SELECT toString(ServiceName) AS service, count() AS n FROM llm_scores WHERE Name = 'late_rating' GROUP BY service ORDER BY service`);
    expect(await late()).toEqual([
      { service: "", n: String(rated.length) },
      { service: SERVICE, n: "20" },
    ]);
    const next = new FeedbackResolver(store, new MetricsRegistry(), options);
    next.request();
    await next.idle();
    const resolvable = rated.filter(expectedCall).length;
    expect(await late()).toEqual([
      { service: "", n: String(rated.length - resolvable) },
      { service: SERVICE, n: String(resolvable) },
    ]);
  });
});
