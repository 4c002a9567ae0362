/**
 * Cohere's rerank endpoints (POST /v2/rerank, POST /v1/rerank) for the real `cohere-ai` package:
 * each document's relevance is the share of the query's words it contains, results come best
 * first, cut to top_n; v1 echoes the documents when asked (return_documents). Errors are
 * Cohere-shaped ({"message"}). The wire format is snake_case. 127.0.0.1 only.
 */
import { type FakeServer, sendJson, startJsonApiServer } from "./fake-server";

export type FakeCohereRerank = FakeServer<429 | 500>;

/** What one rerank call bills. */
export const RERANK_SEARCH_UNITS = 1;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** The fake's relevance of `doc` to `query`: the share of the query's words found in it. */
export function fakeRelevance(query: string, doc: string): number {
  const q = words(query);
  const d = new Set(words(doc));
  return q.length === 0 ? 0 : q.filter((w) => d.has(w)).length / q.length;
}

export function startFakeCohereRerank(): Promise<FakeCohereRerank> {
  let ids = 0;
  return startJsonApiServer({
    noKeyMessage: "no api key supplied",
    error: (res, status, message) => sendJson(res, status, { message }),
    route(path, body, res) {
      if (path !== "/v2/rerank" && path !== "/v1/rerank") return sendJson(res, 404, { message: `unknown route ${path}` });
      if (typeof body.model !== "string" || typeof body.query !== "string" || !Array.isArray(body.documents)) {
        return sendJson(res, 400, { message: "model, query and documents are required" });
      }
      const texts = (body.documents as unknown[]).map((d) => (typeof d === "string" ? d : String((d as { text?: unknown }).text ?? "")));
      const ranked = texts
        .map((text, index) => ({ index, relevance_score: fakeRelevance(body.query, text) }))
        .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
        .slice(0, typeof body.top_n === "number" ? body.top_n : texts.length)
        .map((r) => (body.return_documents === true ? { ...r, document: { text: texts[r.index] } } : r));
      sendJson(res, 200, {
        id: `rerank-fake-${++ids}`,
        results: ranked,
        meta: { api_version: { version: path === "/v1/rerank" ? "1" : "2" }, billed_units: { search_units: RERANK_SEARCH_UNITS } },
      });
    },
  });
}
