import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rerankSearchUnits, startFakeCohere } from "../instrumentation/src/test-support/fake-cohere-server";
import { buildPackage } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";

/**
 * A Cohere rerank priced per search unit through the real collector: an app with only cohere-ai
 * (run with --import llmscope/register) reranks against the fake Cohere API, the collector stores
 * the spans in chDB, and each rerank's cost is checked against the units the API billed times the
 * published price, computed here by hand.
 */
type Row = Record<string, unknown>;

/** cohere.com/pricing: Rerank 3.5, $2.00 per 1,000 searches (search units). */
const USD_PER_THOUSAND_UNITS = 2;

let collector: Awaited<ReturnType<typeof startTestCollector>>;
let cohere: Awaited<ReturnType<typeof startFakeCohere>>;

beforeAll(async () => {
  buildPackage();
  collector = await startTestCollector();
  cohere = await startFakeCohere();
}, 90_000);

afterAll(async () => {
  await collector?.close();
  await cohere?.close();
});

const SERVICE = "rerank-cost";
let app: { id: string; searchUnits: number }[];
let rows: Row[];
let attrs: Record<string, string>[];

/** One app run (loading the SDKs takes most of its time): two priced reranks, then one of a model without a price. */
beforeAll(async () => {
  const run = await runNode(
    ["--import", "llmscope/register", path.join(__dirname, "fixtures/cohere-rerank-app.mjs")],
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: SERVICE,
      FAKE_COHERE_URL: cohere.url,
      RERANKS: "rerank-v3.5:3,rerank-v3.5:250,rerank-custom-finetune:3",
    },
    REPO_ROOT,
    90_000,
  );
  expect(run.code, run.stderr).toBe(0);
  await collector.flush();
  app = JSON.parse(run.stdout.trim().split("\n").pop()!) as typeof app;
  rows = await collector.store.query<Row>(`SELECT * FROM llm_spans WHERE ServiceName = '${SERVICE}' ORDER BY Timestamp`);
  const traces = await collector.store.query<{ SpanAttributes: Record<string, string> }>(
    `SELECT SpanAttributes FROM otel_traces WHERE ServiceName = '${SERVICE}' ORDER BY Timestamp`,
  );
  attrs = traces.map((t) => t.SpanAttributes);
}, 120_000);

describe("rerank cost through the collector", () => {
  it("each rerank costs its billed search units × $2.00 / 1,000, stored on the row and the span", () => {
    // Cohere bills one unit per 100 documents: 3 documents are one unit, 250 are three.
    expect(app.map((a) => a.searchUnits)).toEqual([1, 3, 1]);
    expect(app.map((a) => a.searchUnits)).toEqual([3, 250, 3].map(rerankSearchUnits));
    expect(rows).toHaveLength(3);
    for (const i of [0, 1]) {
      const expected = (app[i]!.searchUnits * USD_PER_THOUSAND_UNITS) / 1000;
      expect(rows[i]).toMatchObject({ SpanType: "retrieval", Operation: "rerank", Provider: "cohere", RequestModel: "rerank-v3.5", ResponseId: app[i]!.id });
      expect(Number(rows[i]!.CostUnpriced)).toBe(0);
      expect(rows[i]!.PriceSource).toBe("llmscope-rerank-prices");
      expect(Number(rows[i]!.CostUsd)).toBeCloseTo(expected, 9);
      expect(attrs[i]).toMatchObject({
        "llmscope.rerank.search_units": String(app[i]!.searchUnits),
        "llmscope.cost.usd": expected.toFixed(9),
        "llmscope.cost.unpriced": "false",
        "llmscope.price.source": "llmscope-rerank-prices",
        "llmscope.price.model": "cohere/rerank-v3.5",
      });
    }
  });

  it("a rerank model without a price is stored unpriced, not free, and no LLM call is counted for it", async () => {
    expect(rows[2]).toMatchObject({ SpanType: "retrieval", Operation: "rerank", RequestModel: "rerank-custom-finetune", ResponseId: app[2]!.id });
    expect(Number(rows[2]!.CostUnpriced)).toBe(1);
    expect(Number(rows[2]!.CostUsd)).toBe(0);
    expect(attrs[2]).toMatchObject({ "llmscope.cost.unpriced": "true", "llmscope.cost.unpriced_reason": "no_price" });
    expect(attrs[2]!["llmscope.cost.usd"]).toBeUndefined();
    // The spend rollups hold LLM calls only: a rerank adds no call, priced or not.
    const [spend] = await collector.store.query<{ calls: string }>(
      `SELECT count() AS calls FROM llm_spans WHERE ServiceName = '${SERVICE}' AND SpanType = 'llm'`,
    );
    expect(Number(spend!.calls)).toBe(0);
  });
});
