import { SpanKind } from "@opentelemetry/api";
import * as chroma from "chromadb";
import { ChromaClient } from "chromadb";
import { beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { CHROMA_COLLECTION_ID, startFakeChroma, STORED } from "../../test-support/fake-vector-stores";
import { expectFailedSpan, kbTop3Retrieval } from "../../test-support/expected-attributes";
import { useInstrumentedFake } from "../../test-support/instrumented-fake";
import { instrumentChroma } from "./instrumentation";

const { otel, fake, port } = useInstrumentedFake(() => instrumentChroma(chroma), startFakeChroma);
let client: ChromaClient;

beforeAll(() => {
  client = new ChromaClient({ host: "127.0.0.1", port: port(), ssl: false });
});

// Chroma answers with distances; they are the recorded scores.
const distances = STORED.map((d) => d.distance);
const noEmbeddings = { generate: async (texts: string[]) => texts.map(() => [0.1, 0.2, 0.3]) };

describe("Chroma collection.query", () => {
  it("a retrieval span attribute by attribute, distance statistics from the answer", async () => {
    const kb = await client.getCollection({ name: "kb", embeddingFunction: noEmbeddings });
    const res = await kb.query({ queryEmbeddings: [[0.1, 0.2, 0.3]], nResults: 3 });
    expect(res.ids).toEqual([STORED.map((d) => d.id)]);
    const span = otel.span("retrieval kb");
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toEqual(kbTop3Retrieval("chroma", "query", port(), distances));
  });

  it("by text: query text, ids and documents only under the content opt-in; two queries flattened", async () => {
    configureContent({ capture: true });
    const kb = await client.getCollection({ name: "kb", embeddingFunction: noEmbeddings });
    await kb.query({ queryTexts: ["refunds", "invoices"], nResults: 2 });
    const attrs = otel.span("retrieval kb").attributes;
    expect(attrs).toMatchObject({ "gen_ai.retrieval.top_k": 2, "gen_ai.retrieval.query.text": "refunds\ninvoices", "llmscope.retrieval.documents.count": 4 });
    const row = STORED.slice(0, 2).map((d) => ({ id: d.id, score: d.distance, content: d.text }));
    expect(JSON.parse(attrs["gen_ai.retrieval.documents"] as string)).toEqual([...row, ...row]);
  });

  it("no query text, ids or content without the opt-in", async () => {
    const kb = await client.getCollection({ name: "kb", embeddingFunction: noEmbeddings });
    await kb.query({ queryTexts: ["refunds"], nResults: 1 });
    const attrs = otel.span("retrieval kb").attributes;
    expect(attrs["gen_ai.retrieval.documents"]).toBeUndefined();
    expect(attrs["gen_ai.retrieval.query.text"]).toBeUndefined();
  });

  it("a handle from client.collection(id) is named by its id", async () => {
    await client.collection(CHROMA_COLLECTION_ID).query({ queryEmbeddings: [[0.1]], nResults: 1 });
    expect(otel.span(`retrieval ${CHROMA_COLLECTION_ID}`).attributes["llmscope.retrieval.documents.count"]).toBe(1);
  });

  it("an error: ERROR status and error.type; the app gets the client's error", async () => {
    const kb = await client.getCollection({ name: "kb", embeddingFunction: noEmbeddings });
    fake().failNext(500);
    await expect(kb.query({ queryEmbeddings: [[0.1]], nResults: 1 })).rejects.toThrow();
    expectFailedSpan(otel.span("retrieval kb"), "ChromaServerError");
  });
});
