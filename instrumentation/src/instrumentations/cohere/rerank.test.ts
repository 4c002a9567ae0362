import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import * as cohere from "cohere-ai";
import { CohereClient, CohereClientV2 } from "cohere-ai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { fakeRelevance, RERANK_SEARCH_UNITS, startFakeCohere, type FakeCohere } from "../../test-support/fake-cohere-server";
import { expectSpan, providerCall } from "../../test-support/expected-attributes";
import { useInMemoryTracing } from "../../test-support/in-memory";
import { expectedScoreStats } from "../../test-support/score-stats";
import { VERSION } from "../../version";
import { instrumentCohere } from "./instrumentation";

const otel = useInMemoryTracing();
let fake: FakeCohere;
let v2: CohereClientV2;
let v1: CohereClient;

beforeAll(async () => {
  instrumentCohere(cohere);
  fake = await startFakeCohere();
  v2 = new CohereClientV2({ token: "co-test-not-a-secret", baseUrl: fake.url });
  v1 = new CohereClient({ token: "co-test-not-a-secret", baseUrl: fake.url });
});
afterAll(() => fake.close());
afterEach(() => configureContent());

const MODEL = "rerank-v3.5";
const QUERY = "how long do refunds take";
const DOCUMENTS = ["Shipping is free above 50 euros.", "Refunds take five business days.", "Refunds go to the original card.", "Opening hours are 9 to 5."];
const port = () => Number(new URL(fake.url).port);

/** The scores the fake gives the top n documents, computed here from its rule, best first. */
function expectedTop(n: number): { index: number; score: number }[] {
  return DOCUMENTS.map((d, index) => ({ index, score: fakeRelevance(QUERY, d) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, n);
}

describe("cohere-ai rerank", () => {
  it("v2: one retrieval span, attribute by attribute, with the ranked results' count and scores", async () => {
    const res = await v2.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS, topN: 2 });
    const top = expectedTop(2);
    expect(res.results.map((r) => [r.index, r.relevanceScore])).toEqual(top.map((t) => [t.index, t.score]));
    expectSpan(otel.span(`rerank ${MODEL}`), {
      kind: SpanKind.CLIENT,
      scope: { name: "llmscope-cohere", version: VERSION },
      attributes: {
        ...providerCall({ spanType: "retrieval", operation: "rerank", provider: "cohere", model: MODEL, port: port() }),
        "llmscope.rerank.top_n": 2,
        "llmscope.rerank.documents.count": DOCUMENTS.length,
        "gen_ai.response.id": res.id,
        "llmscope.rerank.search_units": RERANK_SEARCH_UNITS,
        "llmscope.retrieval.documents.count": 2,
        ...expectedScoreStats(top.map((t) => t.score)),
      },
    });
  });

  it("the query and the ranked documents (place in the request, score, text) only under the content opt-in", async () => {
    await v2.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS, topN: 3 });
    const plain = otel.span(`rerank ${MODEL}`);
    expect(plain.attributes["gen_ai.retrieval.query.text"]).toBeUndefined();
    expect(plain.attributes["gen_ai.retrieval.documents"]).toBeUndefined();

    otel.exporter.reset();
    configureContent({ capture: true });
    await v2.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS, topN: 3 });
    const span = otel.span(`rerank ${MODEL}`);
    expect(span.attributes["gen_ai.retrieval.query.text"]).toBe(QUERY);
    expect(JSON.parse(String(span.attributes["gen_ai.retrieval.documents"]))).toEqual(
      expectedTop(3).map((t) => ({ id: String(t.index), score: t.score, content: DOCUMENTS[t.index] })),
    );
  });

  it("v1 (what @langchain/cohere's CohereRerank calls): the same span; documents given as objects, echoed back", async () => {
    configureContent({ capture: true });
    const res = await v1.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS.map((text) => ({ text })), returnDocuments: true });
    const all = expectedTop(DOCUMENTS.length);
    expect(res.results.map((r) => r.index)).toEqual(all.map((t) => t.index));
    const span = otel.span(`rerank ${MODEL}`);
    expect(span.attributes).toMatchObject({
      "gen_ai.operation.name": "rerank",
      "llmscope.rerank.documents.count": DOCUMENTS.length,
      "llmscope.retrieval.documents.count": DOCUMENTS.length,
      "llmscope.rerank.search_units": RERANK_SEARCH_UNITS,
      ...expectedScoreStats(all.map((t) => t.score)),
    });
    expect(span.attributes["llmscope.rerank.top_n"]).toBeUndefined();
    expect(JSON.parse(String(span.attributes["gen_ai.retrieval.documents"])).map((d: { content: string }) => d.content)).toEqual(
      all.map((t) => DOCUMENTS[t.index]),
    );
  });

  it("a failed rerank: ERROR span with the class name and the HTTP status; the app gets the SDK's error; withRawResponse() still works", async () => {
    fake.failNext(500);
    const err = await v2.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS }, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cohere.CohereError);
    const span = otel.span(`rerank ${MODEL}`);
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes["error.type"]).toBe((err as Error).constructor.name);
    expect(span.attributes["http.response.status_code"]).toBe(500);
    expect(span.attributes["llmscope.retrieval.documents.count"]).toBeUndefined();

    otel.exporter.reset();
    const { data, rawResponse } = await v2.rerank({ model: MODEL, query: QUERY, documents: DOCUMENTS }).withRawResponse();
    expect(rawResponse.status).toBe(200);
    expect(otel.span(`rerank ${MODEL}`).attributes["gen_ai.response.id"]).toBe(data.id);
  });
});
