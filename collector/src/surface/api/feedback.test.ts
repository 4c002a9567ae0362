import express from "express";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { llmRow } from "../../enrich/processors/cost/test-fixtures";
import { ChdbStore } from "../../store/chdb-store";
import { TABLES, type LlmScoreRow } from "../../store/rows";
import { MetricsRegistry } from "../../telemetry/metrics";
import { createFeedbackRouter, feedbackTimeNs } from "./feedback";

// chDB allows one Session per process: this file opens exactly one store.
const root = mkdtempSync(path.join(tmpdir(), "llmscope-feedback-"));
const TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const LLM_SPAN = "00f067aa0ba902b7";
const recent = (offsetSeconds: number) => `${Math.floor(Date.now() / 1000) - 3600 + offsetSeconds}.000000000`;

let store: ChdbStore;
let server: Server;
let url: string;
const metrics = new MetricsRegistry();

beforeAll(async () => {
  // The production schema: every migration, as the collector runs it.
  store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 7 });
  await store.migrate();
  await store.insert(TABLES.llmSpans, [
    llmRow({ Timestamp: recent(0), TraceId: TRACE, SpanId: "1111111111111111", SpanType: "retrieval", RequestModel: "", ServiceName: "rag-api" }),
    llmRow({
      Timestamp: recent(1),
      TraceId: TRACE,
      SpanId: "2222222222222222",
      RequestModel: "gpt-4o-mini",
      ServiceName: "rag-api",
      PromptName: "draft",
      UserId: "u-1",
    }),
    llmRow({
      Timestamp: recent(2),
      TraceId: TRACE,
      SpanId: LLM_SPAN,
      RequestModel: "gpt-4o",
      ServiceName: "rag-api",
      PromptName: "answer",
      PromptVersion: "7",
      PromptVariant: "b",
      UserId: "u-1",
    }),
  ]);
  const app = express();
  app.use(createFeedbackRouter({ store, metrics }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/feedback`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

async function post(body: unknown, raw?: string) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: raw ?? JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

type ScoreRow = Omit<LlmScoreRow, "Timestamp">;

async function scores(name: string): Promise<ScoreRow[]> {
  return store.query<ScoreRow>(
    `SELECT TraceId, SpanId, ServiceName, RequestModel, PromptName, PromptVersion, PromptVariant, UserId, Name, ScoreValue, ScoreLabel, Explanation, Source
     FROM llm_scores WHERE Name = {name:String} ORDER BY Timestamp`,
    { name },
  );
}

describe("schema (migrations 0005, 0006)", () => {
  it("creates llm_scores with the LlmScoreRow columns and adds the enrichment columns to llm_spans", async () => {
    const cols = async (table: string) =>
      (
        await store.query<{ name: string; type: string }>(
          "SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = {table:String} ORDER BY position",
          { table },
        )
      ).map((c) => `${c.name} ${c.type}`);
    expect(await cols("llm_scores")).toEqual([
      "Timestamp DateTime64(9)",
      "TraceId String",
      "SpanId String",
      "ServiceName LowCardinality(String)",
      "RequestModel LowCardinality(String)",
      "PromptName LowCardinality(String)",
      "PromptVersion LowCardinality(String)",
      "PromptVariant LowCardinality(String)",
      "UserId String",
      "Name LowCardinality(String)",
      "ScoreValue Nullable(Float64)",
      "ScoreLabel LowCardinality(String)",
      "Explanation String",
      "Source LowCardinality(String)",
    ]);
    expect((await cols("llm_spans")).slice(-6)).toEqual([
      "PiiTypes Array(LowCardinality(String))",
      "PiiCount UInt32",
      "InjectionScore Float32",
      "InjectionFlagged UInt8",
      "QualityScores Map(LowCardinality(String), Float64)",
      "TokensUnknown UInt8",
    ]);
    const [span] = await store.query<{ PiiTypes: string[]; QualityScores: Record<string, number> }>(
      "SELECT PiiTypes, QualityScores FROM llm_spans WHERE SpanId = {id:String}",
      { id: LLM_SPAN },
    );
    expect(span).toEqual({ PiiTypes: [], QualityScores: {} });
    const [{ statement }] = (await store.query<{ statement: string }>("SHOW CREATE TABLE llm_scores")) as [{ statement: string }];
    expect(statement).toContain("ORDER BY (Source, Name, ServiceName, RequestModel, Timestamp)");
    expect(statement).toContain("ttl_only_drop_parts = 1");
  });
});

describe("POST /v1/feedback", () => {
  it("stores a thumbs-up on an LLM span with that span's dimensions", async () => {
    const res = await post({ trace_id: TRACE.toUpperCase(), span_id: LLM_SPAN, name: "user_feedback", value: "thumbs_up", comment: "spot on", user_id: "u-9" });
    expect(res).toEqual({ status: 201, body: { stored: true, span_found: true } });
    expect(await scores("user_feedback")).toEqual([
      {
        TraceId: TRACE,
        SpanId: LLM_SPAN,
        ServiceName: "rag-api",
        RequestModel: "gpt-4o",
        PromptName: "answer",
        PromptVersion: "7",
        PromptVariant: "b",
        UserId: "u-9",
        Name: "user_feedback",
        ScoreValue: 1,
        ScoreLabel: "thumbs_up",
        Explanation: "spot on",
        Source: "human",
      },
    ]);
  });

  it("takes the trace's latest LLM call for trace-level feedback; a non-LLM span id is left for the feedback resolver", async () => {
    expect((await post({ trace_id: TRACE, name: "helpfulness", value: 0.25 })).status).toBe(201);
    expect((await post({ trace_id: TRACE, span_id: "aaaaaaaaaaaaaaaa", name: "helpfulness", value: false })).status).toBe(201);
    expect((await post({ trace_id: TRACE, span_id: "2222222222222222", name: "helpfulness", value: 4 })).status).toBe(201);
    const rows = await scores("helpfulness");
    expect(rows.map((r) => [r.SpanId, r.RequestModel, r.PromptName, r.UserId, r.ScoreValue, r.ScoreLabel])).toEqual([
      ["", "gpt-4o", "answer", "u-1", 0.25, ""],
      ["aaaaaaaaaaaaaaaa", "", "", "", 0, "thumbs_down"],
      ["2222222222222222", "gpt-4o-mini", "draft", "u-1", 4, ""],
    ]);
  });

  it("names feedback user_feedback when the body gives no name (the name satisfaction_rate reads)", async () => {
    expect((await post({ trace_id: "cd".repeat(16), value: 1 })).status).toBe(201);
    expect((await store.query<{ Name: string }>("SELECT Name FROM llm_scores WHERE TraceId = {t:String}", { t: "cd".repeat(16) })).map((r) => r.Name)).toEqual([
      "user_feedback",
    ]);
  });

  it("stores feedback for a trace it has not seen, with empty dimensions", async () => {
    const res = await post({ trace_id: "ab".repeat(16), name: "late_feedback", value: true });
    expect(res).toEqual({ status: 201, body: { stored: true, span_found: false } });
    expect(await scores("late_feedback")).toMatchObject([{ TraceId: "ab".repeat(16), ServiceName: "", RequestModel: "", ScoreValue: 1, Source: "human" }]);
  });

  it("stores a comment with a lone surrogate (\\ud800 in the JSON) with U+FFFD instead of failing the insert", async () => {
    const res = await post(undefined, `{"trace_id":"${"cd".repeat(16)}","name":"surrogate_feedback","value":1,"comment":"ok \\ud800 then"}`);
    expect(res).toEqual({ status: 201, body: { stored: true, span_found: false } });
    expect(await scores("surrogate_feedback")).toMatchObject([{ TraceId: "cd".repeat(16), Explanation: "ok \ufffd then" }]);
  });

  it("answers 400 naming the field for invalid input, and stores nothing", async () => {
    const cases: [unknown, string][] = [
      [{ name: "x", value: 1 }, "trace_id: expected a trace id: 32 hex characters"],
      [{ trace_id: "abc", name: "x", value: 1 }, "trace_id: expected a trace id: 32 hex characters"],
      [{ trace_id: "0".repeat(32), name: "x", value: 1 }, "trace_id: the all-zero trace id is invalid"],
      [{ trace_id: TRACE, span_id: "xyz", name: "x", value: 1 }, "span_id: expected a span id: 16 hex characters"],
      [{ trace_id: TRACE, name: 7, value: 1 }, "name: expected a feedback name such as user_feedback"],
      [{ trace_id: TRACE, name: "bad name!", value: 1 }, "name: expected 1–100 letters, digits, or _ . : - (e.g. user_feedback)"],
      [{ trace_id: TRACE, name: "x", value: "meh" }, 'value: expected a finite number, true/false, or "thumbs_up"/"thumbs_down"'],
      [{ trace_id: TRACE, name: "x" }, 'value: expected a finite number, true/false, or "thumbs_up"/"thumbs_down"'],
      [{ trace_id: TRACE, name: "x", value: 1, comment: 5 }, "comment: expected a string"],
      [{ trace_id: TRACE, name: "x", value: 1, traceId: TRACE }, 'body: Unrecognized key: "traceId"'],
      [[1, 2], "body: Invalid input: expected object, received array"],
    ];
    for (const [body, error] of cases) expect(await post(body), JSON.stringify(body)).toEqual({ status: 400, body: { error } });
    expect(await post(undefined, "{not json")).toEqual({ status: 400, body: { error: "body: expected a JSON object" } });
    expect(await scores("x")).toEqual([]);
  });

  it("counts outcomes", () => {
    const counter = metrics.counter("llmscope_feedback_total", "");
    expect(counter.get({ outcome: "stored" })).toBe(7);
    expect(counter.get({ outcome: "invalid" })).toBe(12);
  });
});

describe("feedbackTimeNs", () => {
  it("is the clock's millisecond, and later than the one before, however many fall in one millisecond", () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const times = Array.from({ length: 5000 }, () => feedbackTimeNs());
    const after = BigInt(Date.now() + 1) * 1_000_000n;
    for (let i = 1; i < times.length; i++) expect(times[i]! > times[i - 1]!).toBe(true);
    expect(times[0]! >= before && times.at(-1)! < after + 5000n).toBe(true);
  });
});
