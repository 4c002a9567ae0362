import { SpanKind } from "@opentelemetry/api";
import * as pineconeModule from "@pinecone-database/pinecone";
import { Pinecone } from "@pinecone-database/pinecone";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { startFakePinecone, STORED } from "../../test-support/fake-vector-stores";
import { expectFailedSpan, kbTop3Retrieval } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentPinecone } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentPinecone(pineconeModule), startFakePinecone);
let pc: Pinecone;

beforeAll(() => {
  pc = new Pinecone({ apiKey: "pc-test", maxRetries: 0 } as ConstructorParameters<typeof Pinecone>[0]);
});

const scores = STORED.map((d) => d.score);

describe("Pinecone index.query", () => {
  it("a retrieval span attribute by attribute, scores computed from the matches", async () => {
    const index = pc.index({ name: "kb", host: fake().url });
    const res = await index.query({ vector: [0.1, 0.2, 0.3], topK: 3 });
    expect(res.matches.map((m) => m.id)).toEqual(STORED.map((d) => d.id));
    const span = otel.span("retrieval kb");
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toEqual({ ...kbTop3Retrieval("pinecone", "query", port(), scores), "db.namespace": "__default__" });
  });

  it("a namespace, an index reached by host alone; ids and metadata text only under the content opt-in", async () => {
    configureContent({ capture: true });
    await pc
      .index({ host: fake().url })
      .namespace("tenant-a")
      .query({ vector: [0.1], topK: 2, includeMetadata: true });
    const attrs = otel.span("retrieval 127.0.0.1").attributes;
    expect(attrs).toMatchObject({ "db.namespace": "tenant-a", "gen_ai.retrieval.top_k": 2, "llmscope.retrieval.documents.count": 2 });
    expect(JSON.parse(attrs["gen_ai.retrieval.documents"] as string)).toEqual(STORED.slice(0, 2).map((d) => ({ id: d.id, score: d.score, content: d.text })));
  });

  it("no ids or content without the opt-in", async () => {
    await pc.index({ name: "kb", host: fake().url }).query({ vector: [0.1], topK: 1, includeMetadata: true });
    expect(otel.span("retrieval kb").attributes["gen_ai.retrieval.documents"]).toBeUndefined();
  });

  it("searchRecords (integrated inference): query text under the opt-in, hits as documents", async () => {
    configureContent({ capture: true });
    const res = await pc
      .index({ name: "kb", host: fake().url })
      .namespace("docs")
      .searchRecords({ query: { topK: 2, inputs: { text: "refunds" } } });
    expect(res.result.hits).toHaveLength(2);
    const attrs = otel.span("retrieval kb").attributes;
    expect(attrs).toMatchObject({
      "db.operation.name": "searchRecords",
      "db.namespace": "docs",
      "gen_ai.retrieval.top_k": 2,
      "gen_ai.retrieval.query.text": "refunds",
      "llmscope.retrieval.documents.count": 2,
    });
    expect(JSON.parse(attrs["gen_ai.retrieval.documents"] as string)).toEqual(STORED.slice(0, 2).map((d) => ({ id: d.id, score: d.score, content: d.text })));
  });

  it("an error: ERROR status and error.type; the app gets the client's error", async () => {
    fake().failNext(400);
    await expect(pc.index({ name: "kb", host: fake().url }).query({ vector: [0.1], topK: 1 })).rejects.toThrow();
    expectFailedSpan(otel.span("retrieval kb"), "PineconeBadRequestError");
  });
});
