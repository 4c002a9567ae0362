import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterEach, describe, expect, it } from "vitest";
import { configureContent } from "./content";
import { traceRetrieval } from "./retrieval";
import { useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();
afterEach(() => configureContent());

const request = { dataSourceId: "kb-main", topK: 3, dbSystem: "qdrant", collection: "faq", query: "refund window?", scoreThreshold: 0.2 };
const docs = [
  { id: "d1", score: 0.9, content: "Refunds within 30 days.", embedding: [0.1, 0.2] },
  { id: "d2", score: 0.5 },
  { id: "d3", score: 0.25 },
];

describe("traceRetrieval", () => {
  it("creates a CLIENT span with request attributes and score statistics", async () => {
    const out = await traceRetrieval(request, async (span) => {
      span.setDocuments(docs);
      return docs;
    });
    expect(out).toBe(docs);
    const span = otel.span("retrieval kb-main");
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toEqual({
      "llmscope.span.type": "retrieval",
      "gen_ai.operation.name": "retrieval",
      "gen_ai.data_source.id": "kb-main",
      "gen_ai.retrieval.top_k": 3,
      "db.system.name": "qdrant",
      "db.collection.name": "faq",
      "llmscope.retrieval.score_threshold": 0.2,
      "llmscope.retrieval.documents.count": 3,
      "llmscope.retrieval.score.max": 0.9,
      "llmscope.retrieval.score.min": 0.25,
      "llmscope.retrieval.score.mean": (0.9 + 0.5 + 0.25) / 3,
    });
  });

  it("counts documents without scores and skips the statistics", async () => {
    await traceRetrieval({ dataSourceId: "kw" }, async (span) => span.setDocuments([{ id: "a" }, { id: "b" }]));
    const attrs = otel.span("retrieval kw").attributes;
    expect(attrs["llmscope.retrieval.documents.count"]).toBe(2);
    expect(attrs).not.toHaveProperty("llmscope.retrieval.score.max");
  });

  it("records query and documents only when capture is on, never vectors", async () => {
    await traceRetrieval(request, async (span) => span.setDocuments(docs));
    const off = otel.span("retrieval kb-main").attributes;
    expect(off).not.toHaveProperty("gen_ai.retrieval.query.text");
    expect(off).not.toHaveProperty("gen_ai.retrieval.documents");

    otel.exporter.reset();
    configureContent({ capture: true });
    await traceRetrieval(request, async (span) => span.setDocuments(docs));
    const on = otel.span("retrieval kb-main").attributes;
    expect(on["gen_ai.retrieval.query.text"]).toBe("refund window?");
    expect(JSON.parse(on["gen_ai.retrieval.documents"] as string)).toEqual([
      { id: "d1", score: 0.9, content: "Refunds within 30 days." },
      { id: "d2", score: 0.5 },
      { id: "d3", score: 0.25 },
    ]);
    expect(on["gen_ai.retrieval.documents"]).not.toContain("embedding");
  });

  it("marks failures and rethrows the same error", async () => {
    const err = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    await expect(traceRetrieval(request, async () => Promise.reject(err))).rejects.toBe(err);
    const span = otel.span("retrieval kb-main");
    expect(span.attributes["error.type"]).toBe("ECONNREFUSED");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
  });
});
