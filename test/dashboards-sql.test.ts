import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadQuery } from "@llmscope/queries";
import { ChdbStore } from "@llmscope/collector/testing";
import type { OtelTraceRow } from "@llmscope/collector";
import { DASHBOARDS } from "../dashboards/src/catalog";
import { DASHBOARDS_DIR } from "../dashboards/src/generate";
import type { QueryPanelSpec } from "../dashboards/src/spec";
import { dsQueryBody } from "../dashboards/src/stack-check/ds-query";
import { noEventsOrLinks } from "../collector/src/store/test-fixtures";
import { generateDataset } from "./fixtures/dataset/generate";
import { expandMacros } from "./support/plugin-macros";

/**
 * Every panel's SQL, as committed in dashboards/generated, runs on chDB against the fixture dataset
 * exactly as Grafana and the ClickHouse plugin would send it: Grafana interpolates the dashboard
 * variables (realistic values, and "All"), then the plugin's backend expands its macros the way
 * pkg/macros/macros.go does. The result must be non-empty and fit the panel. The drop-downs' own
 * queries run the same way.
 */
type Json = any;
type Row = Record<string, unknown>;

const DAY = 86_400_000;
const START = Math.floor(Date.now() / DAY) * DAY - 3 * DAY;
const data = generateDataset({ startMs: START, days: 3, tracesPerDay: 600, seed: 11 });
const RANGE = { fromMs: data.startMs, toMs: data.endMs - 1 };
const INTERVAL_S = 3600;

/** One trace of three spans (root, LLM call with an event and a link, failed tool call), next to the fixture's. */
const MULTI_SPAN_TRACE = (() => {
  const id = "5a1e0000000000000000000000000003";
  const t0 = BigInt(START + DAY + 12 * 3_600_000) * 1_000_000n;
  const at = (offsetMs: number) =>
    `${(t0 + BigInt(offsetMs) * 1_000_000n) / 1_000_000_000n}.${((t0 + BigInt(offsetMs) * 1_000_000n) % 1_000_000_000n).toString().padStart(9, "0")}`;
  const span = (spanId: string, parent: string, name: string, startMs: number, durationMs: number, extra: Partial<OtelTraceRow> = {}): OtelTraceRow => ({
    Timestamp: at(startMs),
    TraceId: id,
    SpanId: spanId,
    ParentSpanId: parent,
    TraceState: "",
    SpanName: name,
    SpanKind: parent === "" ? "Server" : "Client",
    ServiceName: "support-bot",
    ResourceAttributes: { "service.name": "support-bot" },
    ScopeName: "app",
    ScopeVersion: "1.0.0",
    SpanAttributes: { "gen_ai.operation.name": name },
    Duration: String(BigInt(durationMs) * 1_000_000n),
    StatusCode: "Ok",
    StatusMessage: "",
    ...noEventsOrLinks(),
    ...extra,
  });
  return {
    id,
    spans: [
      span("a000000000000001", "", "handle_request", 0, 149),
      span("a000000000000002", "a000000000000001", "chat", 7, 120, {
        "Events.Timestamp": [at(9)],
        "Events.Name": ["gen_ai.content.prompt"],
        "Events.Attributes": [{ "gen_ai.prompt": "hello" }],
        "Links.TraceId": [data.traces[0]!.TraceId],
        "Links.SpanId": [data.traces[0]!.SpanId],
        "Links.TraceState": [""],
        "Links.Attributes": [{ "link.kind": "follows" }],
      }),
      span("a000000000000003", "a000000000000001", "execute_tool", 130, 18, { StatusCode: "Error", StatusMessage: "tool failed" }),
    ],
  };
})();

const root = mkdtempSync(path.join(tmpdir(), "llmscope-dashboards-"));
let store: ChdbStore;

beforeAll(async () => {
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
  await store.migrate();
  for (let i = 0; i < data.spans.length; i += 5000) await store.insert("llm_spans", data.spans.slice(i, i + 5000));
  await store.insert("llm_scores", data.scores);
  await store.insert("otel_traces", data.traces);
  await store.insert("otel_traces", MULTI_SPAN_TRACE.spans);
  await store.insert("llm_drift", data.drift);
}, 180_000);

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The value of "All" in a drop-down. */
const ALL_OPTION = "$__all";

/**
 * Grafana's interpolation (scenes): `${v:sqlstring}` quotes with '' escaping, `${v}` is raw; an empty
 * text box is ''. With "All" selected, a custom all value is inserted as it is, unformatted even by
 * :sqlstring (MultiValueVariable.getValue → CustomAllValue); without one Grafana would insert every
 * option, which is never the queries' "all" value, so that is an error here.
 */
function interpolate(sql: string, selected: Record<string, string>, variables: ReadonlyMap<string, Json>): string {
  return sql.replace(/\$\{(\w+)(?::(\w+))?\}/g, (_m, name: string, format: string | undefined) => {
    const v = selected[name];
    const def = variables.get(name);
    if (v === undefined || def === undefined) throw new Error(`$${name}: no test value, or not a variable of the dashboard`);
    if (v === ALL_OPTION) {
      if (!def.includeAll || !def.allValue) throw new Error(`$${name}: "All" without a custom all value inserts every option`);
      return def.allValue;
    }
    if (format === "sqlstring") return `'${v.replaceAll("'", "''")}'`;
    if (format === "percentencode") return encodeURIComponentStrict(v);
    if (format === undefined) return v;
    throw new Error(`$${name}: the test knows no format :${format}`);
  });
}

/** Grafana's :percentencode (scenes formatRegistry): encodeURIComponent that also encodes ! ' ( ) *. */
function encodeURIComponentStrict(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const variablesOf = (json: Json): Map<string, Json> => new Map(json.templating.list.map((v: Json) => [v.name, v]));

const traceId = data.traces[0]!.TraceId;
const REALISTIC = {
  service: "support-bot",
  model: "gpt-4o",
  prompt_name: "support-answer",
  budget_usd: "3000",
  arm: "version",
  a: "1",
  b: "2",
  trace_id: traceId,
};
/** Panels that answer nothing without a choice: an A/B comparison needs a prompt. */
const EMPTY_WITHOUT_CHOICE = new Set(["llmscope-prompts / A/B comparison"]);
const ALL = { service: ALL_OPTION, model: ALL_OPTION, prompt_name: ALL_OPTION, budget_usd: "0", arm: "version", a: "1", b: "2", trace_id: "" };

interface PanelCase {
  dashboard: string;
  title: string;
  type: string;
  spec: QueryPanelSpec;
  rawSql: string;
  variables: Map<string, Json>;
}

const cases: PanelCase[] = DASHBOARDS.flatMap((d) => {
  const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", d.file), "utf8"));
  const specs = d.panels.filter((p): p is QueryPanelSpec => p.kind === "query");
  return json.panels
    .filter((p: Json) => p.targets?.[0]?.editorType === "sql")
    .map((p: Json): PanelCase => {
      const matches = specs.filter((s) => s.title === p.title);
      if (matches.length !== 1) throw new Error(`${d.uid}: panel title "${p.title}" is not unique`);
      return { dashboard: d.uid, title: p.title, type: p.type, spec: matches[0]!, rawSql: p.targets[0].rawSql, variables: variablesOf(json) };
    });
});

function panelRange(spec: QueryPanelSpec): { fromMs: number; toMs: number } {
  if (spec.timeFrom === undefined) return RANGE;
  if (spec.timeFrom !== "now/d") throw new Error(`test knows no time override ${spec.timeFrom}`);
  return { fromMs: Math.floor(RANGE.toMs / DAY) * DAY, toMs: RANGE.toMs };
}

async function columnsOf(sql: string): Promise<Map<string, string>> {
  const rows = await store.query<{ name: string; type: string }>(`DESCRIBE (${sql})`);
  return new Map(rows.map((r) => [r.name, r.type]));
}

const NUMERIC = /^(Nullable\()?(U?Int\d+|Float\d+|Decimal)/;
const TIME = /^(Nullable\()?(Date|DateTime)/;

describe("panel SQL on chDB, as Grafana and the plugin send it", () => {
  it("covers every query panel of every dashboard", () => {
    const specs = DASHBOARDS.flatMap((d) => d.panels.filter((p) => p.kind === "query"));
    expect(cases.length).toBe(specs.length);
    expect(cases.length).toBeGreaterThan(35);
  });

  for (const [label, vars] of [
    ["realistic variables", REALISTIC],
    ['"All" selected', ALL],
  ] as const) {
    it(`runs every panel with ${label}: non-empty, columns fit the panel`, async () => {
      for (const c of cases) {
        const where = `${c.dashboard} / ${c.title} (${label})`;
        const sql = expandMacros(interpolate(c.rawSql, vars, c.variables), panelRange(c.spec), INTERVAL_S);
        expect(sql, where).not.toMatch(/\$__|\$\{/);
        // "All" reaches the SQL as the queries' "all" value ''.
        if (vars === ALL && c.rawSql.includes("${service:sqlstring}")) expect(sql, where).toContain("('' = '' OR ServiceName = '')");
        const rows = await store.query<Row>(sql).catch((err: Error) => {
          throw new Error(`${where}: ${err.message}\n${sql}`);
        });
        if (vars === ALL && EMPTY_WITHOUT_CHOICE.has(`${c.dashboard} / ${c.title}`)) {
          expect(rows, where).toEqual([]);
          continue;
        }
        expect(rows.length, `${where}: no rows`).toBeGreaterThan(0);
        const columns = await columnsOf(sql);
        const query = loadQuery(c.spec.query);
        for (const declared of query.columns) expect(columns.has(declared.name), `${where}: column ${declared.name} missing`).toBe(true);
        for (const f of c.spec.fields ?? []) expect(columns.has(f), `${where}: field ${f}`).toBe(true);
        if (c.type === "timeseries") {
          expect(
            [...columns.values()].some((t) => TIME.test(t)),
            `${where}: no time column`,
          ).toBe(true);
          for (const f of c.spec.fields ?? []) expect(columns.get(f), `${where}: ${f} must be numeric`).toMatch(NUMERIC);
          expect(rows.length, `${where}: a time series with several buckets`).toBeGreaterThan(1);
        }
        if (c.type === "stat" || c.type === "bargauge") {
          for (const f of (c.spec.fields ?? []).filter((x) => x !== "data_source")) expect(columns.get(f), `${where}: ${f} must be numeric`).toMatch(NUMERIC);
        }
        if (c.spec.traceLinks) {
          expect(columns.get("TraceId"), `${where}: TraceId`).toMatch(/String/);
          for (const r of rows) expect(String(r.TraceId), where).toMatch(/^[0-9a-f]{32}$/);
        }
      }
    });
  }

  it("the trace view returns every span of a real trace with the trace frame's fields, and only that trace", async () => {
    const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", DASHBOARDS[0]!.file), "utf8"));
    const target = json.panels.find((p: Json) => p.type === "traces").targets[0];
    const variables = variablesOf(json);
    const run = (id: string) => store.query<Row>(interpolate(target.rawSql, { trace_id: id }, variables));
    // A fixture trace (its root span only in otel_traces).
    expect((await run(traceId)).map((r) => r.spanID)).toEqual([data.traces[0]!.SpanId]);
    // A trace of three spans with attributes, an event, a link and an error.
    const rows = await run(MULTI_SPAN_TRACE.id);
    expect(rows.length).toBe(3);
    const bySpan = new Map(rows.map((r) => [String(r.spanID), r]));
    for (const span of MULTI_SPAN_TRACE.spans) {
      const r = bySpan.get(span.SpanId)!;
      expect(r, span.SpanId).toBeDefined();
      expect(r.traceID).toBe(MULTI_SPAN_TRACE.id);
      expect(r.parentSpanID).toBe(span.ParentSpanId);
      expect(r.operationName).toBe(span.SpanName);
      expect(r.serviceName).toBe(span.ServiceName);
      // Milliseconds, as the trace panel reads them.
      expect(Number(r.startTime)).toBeCloseTo(Number(span.Timestamp) * 1000, 3);
      expect(Number(r.duration)).toBeCloseTo(Number(span.Duration) / 1e6, 6);
      expect(r.tags).toEqual(Object.entries(span.SpanAttributes).map(([key, value]) => ({ key, value })));
      expect(r.serviceTags).toEqual(Object.entries(span.ResourceAttributes).map(([key, value]) => ({ key, value })));
      expect(Number(r.statusCode)).toBe(span.StatusCode === "Error" ? 2 : 0);
      expect(r.kind).toBe(span.SpanKind);
    }
    const child = bySpan.get(MULTI_SPAN_TRACE.spans[1]!.SpanId)!;
    expect(child.logs).toEqual([
      {
        name: "gen_ai.content.prompt",
        timestamp: String(Math.floor(Number(MULTI_SPAN_TRACE.spans[1]!["Events.Timestamp"][0]) * 1000)),
        fields: [{ key: "gen_ai.prompt", value: "hello" }],
      },
    ]);
    expect(child.references).toEqual([{ traceID: traceId, spanID: data.traces[0]!.SpanId, tags: [{ key: "link.kind", value: "follows" }] }]);
  });

  it("the trace view's trace id cannot end its string: quotes and backslashes typed in the box find nothing and break nothing", async () => {
    const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", DASHBOARDS[0]!.file), "utf8"));
    const target = json.panels.find((p: Json) => p.type === "traces").targets[0];
    for (const id of [`x' OR 1=1 --`, `${MULTI_SPAN_TRACE.id}\\' OR '1'='1`, `') UNION ALL SELECT 1 --`, ""]) {
      const sql = interpolate(target.rawSql, { trace_id: id }, variablesOf(json));
      await expect(store.query<Row>(sql), id).resolves.toEqual([]);
    }
  });

  it("a rollup panel's minimum interval keeps its buckets at whole minutes, so requests/s is calls per minute / 60", async () => {
    const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", DASHBOARDS[0]!.file), "utf8"));
    const panel = json.panels.find((p: Json) => p.title === "Requests/s");
    // An hour of day 2 on a 1,800 px panel: Grafana's own interval would be 2 s; the panel's `interval` is the floor.
    const range = { fromMs: data.startMs + DAY + 9 * 3_600_000, toMs: data.startMs + DAY + 10 * 3_600_000 - 1000 };
    const intervalS = Math.max(2, Number(/^(\d+)m$/.exec(panel.interval)![1]) * 60);
    expect(intervalS).toBe(60);
    const sql = expandMacros(interpolate(panel.targets[0].rawSql, ALL, variablesOf(json)), range, intervalS);
    const rows = await store.query<Row>(sql);
    const expected = new Map<number, number>();
    for (const s of data.spans) {
      const ms = Number(String(s.Timestamp).split(".")[0]) * 1000;
      if (s.SpanType !== "llm" || ms < range.fromMs || ms > range.toMs) continue;
      const minute = Math.floor(ms / 60_000) * 60_000;
      expected.set(minute, (expected.get(minute) ?? 0) + 1);
    }
    expect(expected.size).toBeGreaterThan(5);
    const got = new Map(rows.map((r) => [Date.parse(`${String(r.t).replace(" ", "T")}Z`), r]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [minute, calls] of expected) {
      expect(Number(got.get(minute)!.requests), String(minute)).toBe(calls);
      expect(Number(got.get(minute)!.requests_per_s), String(minute)).toBeCloseTo(calls / 60, 9);
    }
  });

  it("the stack check's /api/ds/query bodies run: the trace view finds the trace, Requests/s buckets by the minute", async () => {
    const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", DASHBOARDS[0]!.file), "utf8"));
    const all = { service: "$__all", model: "$__all", prompt_name: "$__all" };
    const trace = dsQueryBody(json, "Trace view", RANGE, { ...all, trace_id: MULTI_SPAN_TRACE.id }).queries[0];
    const spans = await store.query<Row>(expandMacros(trace.rawSql, RANGE, trace.intervalMs / 1000));
    expect(spans.map((r) => r.spanID).sort()).toEqual(MULTI_SPAN_TRACE.spans.map((s) => s.SpanId).sort());
    const lastHour = { fromMs: RANGE.toMs - 3_600_000, toMs: RANGE.toMs };
    const rps = dsQueryBody(json, "Requests/s", lastHour, all).queries[0];
    expect(rps.intervalMs).toBe(60_000);
    const buckets = await store.query<Row>(expandMacros(rps.rawSql, lastHour, rps.intervalMs / 1000));
    expect(buckets.length).toBeGreaterThan(0);
    for (const b of buckets) expect(Number(b.requests_per_s)).toBeCloseTo(Number(b.requests) / 60, 9);
  });

  it("the provisioned alert rules' SQL runs the same way", async () => {
    const doc = parse(readFileSync(path.join(DASHBOARDS_DIR, "provisioning/alerting/llmscope-alerts.yaml"), "utf8"));
    for (const rule of doc.groups.flatMap((g: Json) => g.rules)) {
      const a = rule.data.find((d: Json) => d.refId === "A");
      const range = { fromMs: RANGE.toMs - a.relativeTimeRange.from * 1000, toMs: RANGE.toMs };
      const sql = expandMacros(a.model.rawSql, range, 60);
      await expect(store.query<Row>(sql), rule.title).resolves.toBeInstanceOf(Array);
    }
  });
});

describe("drop-downs on chDB, as Grafana and the plugin run them", () => {
  const distinct = (values: readonly string[]) => [...new Set(values.filter((v) => v !== ""))].sort();
  const calls = data.spans.filter((s) => s.SpanType === "llm");
  /**
   * What each drop-down must offer, given the variables selected ("All" or a value). The fixture's
   * prompt versions and variants are single digits and words, so text order is list_prompt_arms'
   * order (tested on other values in queries.test.ts).
   */
  const expected = (name: string, selected: Record<string, string>): string[] => {
    const of = calls.filter((s) => selected.service === ALL_OPTION || s.ServiceName === selected.service);
    if (name === "service") return distinct(data.spans.map((s) => s.ServiceName));
    if (name === "model") return distinct(of.map((s) => s.RequestModel));
    if (name === "prompt_name") return distinct(of.map((s) => s.PromptName));
    // a and b: "All" prompts reaches the query as '', which names no prompt.
    const prompt = selected.prompt_name === ALL_OPTION ? "" : selected.prompt_name;
    return distinct(of.filter((s) => s.PromptName === prompt).map((s) => (selected.arm === "variant" ? s.PromptVariant : s.PromptVersion)));
  };
  const queryVariables = (d: (typeof DASHBOARDS)[number]) => {
    const json: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated", d.file), "utf8"));
    return { json, variables: variablesOf(json), queries: json.templating.list.filter((x: Json) => x.type === "query") as Json[] };
  };
  async function options(v: Json, selected: Record<string, string>, variables: Map<string, Json>, where: string): Promise<string[]> {
    const sql = expandMacros(interpolate(v.query, selected, variables), RANGE, INTERVAL_S);
    const columns = await store.query<{ name: string }>(`DESCRIBE (${sql})`);
    expect(columns, where).toHaveLength(1);
    return (await store.query<Row>(sql)).map((r) => String(Object.values(r)[0]));
  }

  it("each list query returns one column: the options, sorted, narrowed by the variables before it, never ''", async () => {
    let checked = 0;
    for (const d of DASHBOARDS) {
      const { variables, queries } = queryVariables(d);
      for (const v of queries) {
        for (const selected of [REALISTIC, ALL]) {
          const where = `${d.uid} / $${v.name} (service ${selected.service}, prompt ${selected.prompt_name})`;
          const values = await options(v, selected, variables, where);
          expect(values, where).toEqual(expected(v.name, selected));
          // The realistic values the panels run with are options (A and B need a prompt).
          if (selected === REALISTIC || !["a", "b"].includes(v.name)) expect(values, where).toContain(REALISTIC[v.name as keyof typeof REALISTIC]);
          else expect(values, where).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBe((DASHBOARDS.length * 3 + 2) * 2);
    expect(expected("model", REALISTIC)).toEqual(["claude-sonnet-4", "gpt-4o"]);
  });

  it("A and B list the chosen prompt's versions or variants; the A/B panel compares two of them", async () => {
    const d = DASHBOARDS.find((x) => x.uid === "llmscope-prompts")!;
    const { json, variables, queries } = queryVariables(d);
    const abSql = json.panels.find((p: Json) => p.title === "A/B comparison").targets[0].rawSql as string;
    const seen: string[] = [];
    for (const prompt_name of ["support-answer", "summarize", "search-rerank"]) {
      for (const arm of ["version", "variant"]) {
        for (const service of [ALL_OPTION, "support-bot"]) {
          const selected = { ...REALISTIC, service, model: ALL_OPTION, prompt_name, arm };
          const where = `${prompt_name} by ${arm}, service ${service}`;
          const [a, b] = await Promise.all(
            queries.filter((v) => ["a", "b"].includes(v.name)).map((v) => options(v, selected, variables, `${where}: $${v.name}`)),
          );
          expect(b, where).toEqual(a);
          expect(a, where).toEqual(expected("a", selected));
          seen.push(`${where}: ${a!.join(",")}`);
          if (a!.length < 2) continue;
          // Grafana's default is the first option for both; the user picks B. Here: the first two.
          const rows = await store.query<Row>(expandMacros(interpolate(abSql, { ...selected, a: a![0]!, b: a![1]! }, variables), RANGE, INTERVAL_S));
          const callsRow = rows.find((r) => r.metric === "calls");
          expect(Number(callsRow?.n_a), where).toBeGreaterThan(0);
          expect(Number(callsRow?.n_b), where).toBeGreaterThan(0);
        }
      }
    }
    expect(seen).toEqual([
      "support-answer by version, service $__all: 1,2",
      "support-answer by version, service support-bot: 1,2",
      "support-answer by variant, service $__all: control,treatment",
      "support-answer by variant, service support-bot: control,treatment",
      "summarize by version, service $__all: 1,2",
      "summarize by version, service support-bot: ",
      "summarize by variant, service $__all: ",
      "summarize by variant, service support-bot: ",
      "search-rerank by version, service $__all: 3",
      "search-rerank by version, service support-bot: ",
      "search-rerank by variant, service $__all: ",
      "search-rerank by variant, service support-bot: ",
    ]);
  });
});

describe("macro expansion (pkg/macros/macros.go)", () => {
  it("matches the plugin's output for each macro", () => {
    const r = { fromMs: 1_700_000_000_123, toMs: 1_700_003_600_456 };
    expect(expandMacros("$__timeFilter(Timestamp)", r, 60)).toBe("Timestamp >= toDateTime(1700000000) AND Timestamp <= toDateTime(1700003600)");
    expect(expandMacros("$__timeFilter_ms(Timestamp)", r, 60)).toBe(
      "Timestamp >= fromUnixTimestamp64Milli(1700000000123) AND Timestamp <= fromUnixTimestamp64Milli(1700003600456)",
    );
    expect(expandMacros("$__fromTime $__toTime $__fromTime_ms", r, 60)).toBe(
      "toDateTime(1700000000) toDateTime(1700003600) fromUnixTimestamp64Milli(1700000000123)",
    );
    expect(expandMacros("$__dateFilter(d)", r, 60)).toBe("d >= toDate('2023-11-14') AND d <= toDate('2023-11-14')");
    expect(expandMacros("$__timeInterval(t) / $__interval_s", r, 0.2)).toBe("toStartOfInterval(toDateTime(t), INTERVAL 1 second) / 1");
    expect(expandMacros("$__timeInterval(toDateTime(t))", r, 300)).toBe("toStartOfInterval(toDateTime(toDateTime(t)), INTERVAL 300 second)");
  });
});
