import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { traceRetrieval } from "../../retrieval";
import type { FakeServer } from "../../test-support/fake-server";
import { startFakeQdrant, STORED } from "../../test-support/fake-vector-stores";
import { useInMemoryTracing } from "../../test-support/in-memory";
import { instrumentQdrant } from "./instrumentation";

const otel = useInMemoryTracing();
let fake: FakeServer<number>;
// The package's type declarations are ESM-only: loaded with import(), as an ESM app would.
let client: InstanceType<typeof import("@qdrant/js-client-rest", { with: { "resolution-mode": "import" } }).QdrantClient>;

beforeAll(async () => {
  const qdrant = await import("@qdrant/js-client-rest");
  instrumentQdrant(qdrant);
  const { QdrantClient } = qdrant;
  fake = await startFakeQdrant();
  client = new QdrantClient({ url: fake.url, checkCompatibility: false });
});
afterAll(() => fake.close());
afterEach(() => configureContent());

const port = () => Number(new URL(fake.url).port);
const scores = STORED.map((d) => d.score);

describe("Qdrant search and query", () => {
  it("search: a retrieval span attribute by attribute, scores computed from the answer", async () => {
    const hits = await client.search("kb", { vector: [0.1, 0.2, 0.3], limit: 3 });
    expect(hits.map((h) => h.id)).toEqual(STORED.map((d) => d.id));
    const span = otel.span("retrieval kb");
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toEqual({
      "llmscope.span.type": "retrieval",
      "gen_ai.operation.name": "retrieval",
      "gen_ai.data_source.id": "kb",
      "db.system.name": "qdrant",
      "db.collection.name": "kb",
      "db.operation.name": "search",
      "gen_ai.retrieval.top_k": 3,
      "server.address": "127.0.0.1",
      "server.port": port(),
      "llmscope.retrieval.documents.count": 3,
      "llmscope.retrieval.score.max": Math.max(...scores),
      "llmscope.retrieval.score.min": Math.min(...scores),
      "llmscope.retrieval.score.mean": scores.reduce((a, b) => a + b) / scores.length,
    });
  });

  it("query (universal API): threshold and top_k; ids and payload text only under the content opt-in", async () => {
    configureContent({ capture: true });
    const res = await client.query("kb", { query: [0.1, 0.2, 0.3], limit: 5, score_threshold: 0.7 });
    expect(res.points).toHaveLength(2);
    const attrs = otel.span("retrieval kb").attributes;
    expect(attrs).toMatchObject({
      "db.operation.name": "query",
      "gen_ai.retrieval.top_k": 5,
      "llmscope.retrieval.score_threshold": 0.7,
      "llmscope.retrieval.documents.count": 2,
    });
    expect(JSON.parse(attrs["gen_ai.retrieval.documents"] as string)).toEqual(STORED.slice(0, 2).map((d) => ({ id: d.id, score: d.score, content: d.text })));
  });

  it("no ids or content without the opt-in", async () => {
    await client.search("kb", { vector: [0.1], limit: 1 });
    expect(otel.span("retrieval kb").attributes["gen_ai.retrieval.documents"]).toBeUndefined();
  });

  it("an error: ERROR status and error.type; the app gets the client's error", async () => {
    await expect(client.search("missing", { vector: [0.1] })).rejects.toThrow(/Not Found/);
    const span = otel.span("retrieval missing");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes["error.type"]).toBe("ApiError");
    expect(span.attributes["gen_ai.retrieval.top_k"]).toBe(10); // the client's default limit
  });

  it("inside the app's own traceRetrieval: one span, the app's", async () => {
    await traceRetrieval({ dataSourceId: "kb-manual", topK: 2 }, async (r) => {
      const hits = await client.search("kb", { vector: [0.1], limit: 2 });
      r.setDocuments(hits.map((h) => ({ id: String(h.id), score: h.score })));
    });
    expect(otel.spans().map((s) => s.name)).toEqual(["retrieval kb-manual"]);
  });
});
