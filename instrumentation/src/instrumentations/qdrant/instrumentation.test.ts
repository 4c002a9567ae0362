import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { traceRetrieval } from "../../retrieval";
import { startFakeQdrant, STORED } from "../../test-support/fake-vector-stores";
import { kbTop3Retrieval } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentQdrant } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(async () => instrumentQdrant(await import("@qdrant/js-client-rest")), startFakeQdrant);
// The package's type declarations are ESM-only: loaded with import(), as an ESM app would.
let client: InstanceType<typeof import("@qdrant/js-client-rest", { with: { "resolution-mode": "import" } }).QdrantClient>;

beforeAll(async () => {
  const { QdrantClient } = await import("@qdrant/js-client-rest");
  client = new QdrantClient({ url: fake().url, checkCompatibility: false });
});

const scores = STORED.map((d) => d.score);

describe("Qdrant search and query", () => {
  it("search: a retrieval span attribute by attribute, scores computed from the answer", async () => {
    const hits = await client.search("kb", { vector: [0.1, 0.2, 0.3], limit: 3 });
    expect(hits.map((h) => h.id)).toEqual(STORED.map((d) => d.id));
    const span = otel.span("retrieval kb");
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toEqual(kbTop3Retrieval("qdrant", "search", port(), scores));
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
