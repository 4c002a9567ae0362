import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { chatSpanJson, otlpJsonRequest } from "./support/otlp-json";
import { startTestCollector } from "./support/collector";
import { FeedbackResolver, MetricsRegistry } from "@llmscope/collector/testing";
import { blankLlmRow } from "../collector/src/store/test-fixtures";

/**
 * POST /v1/feedback through a real collector on chDB, before and after the rated spans, with restarts
 * between: each feedback ends as exactly one llm_scores row carrying the dimensions of the call it
 * rates (the call with its span id, else the trace's latest LLM call), feedback whose trace never
 * arrives stays visible under an empty prompt, and satisfaction_rate and prompt_ab count it so.
 */
type Row = Record<string, unknown>;
const SERVICE = "feedback-e2e";
const PROMPT = "fb-answer";
const ids = { t1: "a1".repeat(16), t2: "b2".repeat(16), t3: "c3".repeat(16), t4: "d4".repeat(16), c1: "1".repeat(16), c2: "2".repeat(16) };
const ids2 = { c3: "3".repeat(16), c4: "4".repeat(16), root: "9".repeat(16) };

let collector: Awaited<ReturnType<typeof startTestCollector>> | undefined;
let dataDir = "";

async function start(): Promise<NonNullable<typeof collector>> {
  const c = await startTestCollector(dataDir ? { LLMSCOPE_DATA_DIR: dataDir } : {});
  dataDir ||= c.dataDir;
  return (collector = c);
}

async function restart(): Promise<NonNullable<typeof collector>> {
  await collector!.close();
  return start();
}

async function post(route: string, body: unknown): Promise<Row> {
  const res = await fetch(new URL(route, collector!.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as Row;
}

function call(traceId: string, spanId: string, secondsAgo: number, version: string) {
  return chatSpanJson({
    traceId,
    spanId,
    startNs: BigInt(Date.now() - secondsAgo * 1000) * 1_000_000n,
    durationNs: 50_000_000n,
    attributes: [
      { key: "gen_ai.prompt.name", value: { stringValue: PROMPT } },
      { key: "gen_ai.prompt.version", value: { stringValue: version } },
    ],
  });
}

async function api(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const url = new URL(`/v1/queries/${name}`, collector!.url);
  for (const [k, v] of Object.entries({ from: "now-1h", to: "now", ...params })) url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = (await res.json()) as { rows?: Row[]; error?: string };
  expect(res.status, body.error).toBe(200);
  return body.rows!;
}

const feedbackRows = () =>
  collector!.store.query<Row>(
    `SELECT TraceId, SpanId, toString(ServiceName) AS service, toString(PromptVersion) AS version, ScoreValue FROM llm_scores WHERE Source = 'human' ORDER BY Timestamp`,
  );

afterAll(async () => {
  await collector?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("feedback resolution through the collector", () => {
  it("feedback before its spans (across a restart) and after them: one row each, on the call it rates", async () => {
    await start();
    // Before any span: the call is unknown, so it is stored without dimensions.
    expect(await post("/v1/feedback", { trace_id: ids.t1, span_id: ids.c1, value: 1 })).toMatchObject({ span_found: false });
    expect(await post("/v1/feedback", { trace_id: ids.t1, value: 0 })).toMatchObject({ span_found: false });
    expect(await post("/v1/feedback", { trace_id: ids.t2, span_id: ids2.root, value: 1 })).toMatchObject({ span_found: false });
    expect(await post("/v1/feedback", { trace_id: ids.t3, value: 1 })).toMatchObject({ span_found: false }); // its trace never arrives
    await restart();
    // t1: c1 (version 1), then c2 (version 2, the latest); t2: c3 (version 1).
    await post("/v1/traces", otlpJsonRequest(SERVICE, [call(ids.t1, ids.c1, 60, "1"), call(ids.t1, ids.c2, 50, "2"), call(ids.t2, ids2.c3, 40, "1")]));
    await collector!.flush();
    // After the spans: resolved when stored.
    expect(await post("/v1/feedback", { trace_id: ids.t2, value: "thumbs_up" })).toMatchObject({ span_found: true });
    await collector!.flush();

    const expected = [
      [ids.t1, ids.c1, SERVICE, "1", 1],
      [ids.t1, "", SERVICE, "2", 0],
      [ids.t2, ids2.root, SERVICE, "1", 1],
      [ids.t3, "", "", "", 1],
      [ids.t2, "", SERVICE, "1", 1], // thumbs_up is stored as 1
    ];
    const rowsOf = async () => (await feedbackRows()).map((r) => [r.TraceId, r.SpanId, r.service, r.version, r.ScoreValue]);
    expect(await rowsOf()).toEqual(expected);
    expect(collector!.metrics.total("llmscope_feedback_resolved_total")).toBe(3);
    expect(collector!.metrics.total("llmscope_feedback_unresolved")).toBe(1);

    expect(await api("satisfaction_rate")).toEqual([
      { prompt_name: "", prompt_version: "", responses: 1, positive: 1, satisfaction_rate: 1 },
      { prompt_name: PROMPT, prompt_version: "1", responses: 3, positive: 3, satisfaction_rate: 1 },
      { prompt_name: PROMPT, prompt_version: "2", responses: 1, positive: 0, satisfaction_rate: 0 },
    ]);
    const ab = await api("prompt_ab", { prompt_name: PROMPT, a: "1", b: "2" });
    expect(ab.find((r) => r.metric === "satisfaction_rate")).toMatchObject({ n_a: 3, n_b: 1, value_a: 1, value_b: 0 });

    // Another restart resolves nothing twice.
    await restart();
    await collector!.flush();
    expect(await rowsOf()).toEqual(expected);
  }, 120_000);

  it("a pass cut short after writing the resolved copy (kill -9) leaves one row once the collector runs again", async () => {
    const c = collector ?? (await start());
    expect(await post("/v1/feedback", { trace_id: ids.t4, value: 1 })).toMatchObject({ span_found: false });
    // The call reaches the store, and the first statement of a pass runs, but not the second.
    await c.store.insert("llm_spans", [
      blankLlmRow({
        TraceId: ids.t4,
        SpanId: ids2.c4,
        ServiceName: SERVICE,
        PromptName: PROMPT,
        PromptVersion: "2",
        Timestamp: `${Math.floor(Date.now() / 1000) - 30}.000000000`,
      }),
    ]);
    // A pass that dies before its delete: the resolved copy is written, the row without dimensions stays.
    const dying = new Proxy(c.store, {
      get: (target, prop, receiver) =>
        prop === "exec" ? () => Promise.reject(new Error("killed before the delete")) : (Reflect.get(target, prop, receiver) as unknown),
    });
    const cutShort = new FeedbackResolver(dying, new MetricsRegistry(), { maxAgeHours: 24, intervalMs: 3_600_000 });
    cutShort.request();
    await cutShort.idle();
    expect((await feedbackRows()).filter((r) => r.TraceId === ids.t4 && r.service === SERVICE)).toHaveLength(1);
    await restart();
    await collector!.flush();
    const t4 = (await feedbackRows()).filter((r) => r.TraceId === ids.t4);
    expect(t4.map((r) => [r.service, r.version])).toEqual([[SERVICE, "2"]]);
  }, 120_000);
});
