/**
 * Local stand-ins for the REST APIs of three vector stores, each good enough for its real client:
 * Qdrant (points/search and points/query), Pinecone's data plane (/query) and Chroma's v2 API
 * (collection lookup and query). Every store holds the same three documents and answers every
 * query with them, best first. 127.0.0.1 only.
 */
import type * as http from "node:http";
import { type FakeServer, sendJson, startFakeServer } from "./fake-server";

export const STORED = [
  { id: "kb-refunds-01", score: 0.92, distance: 0.08, text: "Refunds take five business days." },
  { id: "kb-refunds-02", score: 0.81, distance: 0.19, text: "Annual plans are refunded pro rata." },
  { id: "kb-billing-01", score: 0.64, distance: 0.36, text: "Invoices are emailed monthly." },
];

type Body = Record<string, any>;

function parse(raw: string): Body {
  try {
    return raw === "" ? {} : JSON.parse(raw);
  } catch {
    return {};
  }
}

function top(n: unknown, threshold?: unknown) {
  const limit = typeof n === "number" ? n : STORED.length;
  return STORED.filter((d) => typeof threshold !== "number" || d.score >= threshold).slice(0, limit);
}

export function startFakeQdrant(): Promise<FakeServer<400 | 404 | 500>> {
  return startFakeServer({
    fail: (res, status) => sendJson(res, status, { status: { error: `injected ${status}` }, time: 0 }),
    handle(req, raw, res) {
      const path = (req.url ?? "/").split("?")[0]!;
      if (path === "/") return sendJson(res, 200, { title: "qdrant - vector search engine", version: "1.17.0" });
      const match = /^\/collections\/([^/]+)\/points\/(search|query)$/.exec(path);
      if (match === null) return sendJson(res, 404, { status: { error: `Not found: ${path}` }, time: 0 });
      if (match[1] === "missing") return sendJson(res, 404, { status: { error: "Not found: Collection `missing` doesn't exist!" }, time: 0 });
      const body = parse(raw);
      const points = top(body.limit ?? 10, body.score_threshold).map((d) => ({ id: d.id, version: 1, score: d.score, payload: { text: d.text } }));
      sendJson(res, 200, { result: match[2] === "query" ? { points } : points, status: "ok", time: 0.001 });
    },
  });
}

export function startFakePinecone(): Promise<FakeServer<400 | 404 | 500>> {
  return startFakeServer({
    fail: (res, status) => sendJson(res, status, { code: status === 404 ? 5 : 3, message: `injected ${status}`, details: [] }),
    handle(req, raw, res) {
      const path = (req.url ?? "/").split("?")[0]!;
      if (req.method === "POST" && /^\/records\/namespaces\/[^/]+\/search$/.test(path)) {
        const body = parse(raw);
        const hits = top(body.query?.top_k).map((d) => ({ _id: d.id, _score: d.score, fields: { text: d.text } }));
        return sendJson(res, 200, { result: { hits }, usage: { read_units: 1, embed_total_tokens: 4 } });
      }
      if (req.method !== "POST" || path !== "/query") return sendJson(res, 404, { code: 5, message: `Not found: ${path}`, details: [] });
      const body = parse(raw);
      const matches = top(body.topK).map((d) => ({
        id: d.id,
        score: d.score,
        values: [],
        ...(body.includeMetadata === true && { metadata: { text: d.text } }),
      }));
      sendJson(res, 200, { results: [], matches, namespace: body.namespace ?? "", usage: { readUnits: 5 } });
    },
  });
}

export const CHROMA_COLLECTION_ID = "0c8fbd4e-8b8e-4f7f-9f55-4ad1c3a1d0aa";

export function startFakeChroma(): Promise<FakeServer<400 | 404 | 500>> {
  return startFakeServer({
    fail: (res, status) => sendJson(res, status, { error: "InternalError", message: `injected ${status}` }),
    handle(req, raw, res) {
      const path = (req.url ?? "/").split("?")[0]!;
      const base = "/api/v2/tenants/default_tenant/databases/default_database/collections";
      if (req.method === "GET" && path === "/api/v2/auth/identity")
        return sendJson(res, 200, { user_id: "", tenant: "default_tenant", databases: ["default_database"] });
      if (req.method === "GET" && path.startsWith(`${base}/`)) {
        const name = decodeURIComponent(path.slice(base.length + 1));
        if (name === "missing") return sendJson(res, 404, { error: "NotFoundError", message: `Collection [${name}] does not exist` });
        return sendJson(res, 200, collection(name));
      }
      const query = new RegExp(`^${base}/([^/]+)/query$`).exec(path);
      if (req.method === "POST" && query !== null) return sendChromaQuery(res, parse(raw));
      sendJson(res, 404, { error: "NotFoundError", message: `Not found: ${req.method} ${path}` });
    },
  });
}

function collection(name: string) {
  return {
    id: CHROMA_COLLECTION_ID,
    name,
    configuration_json: {},
    metadata: null,
    dimension: 3,
    tenant: "default_tenant",
    database: "default_database",
    log_position: 0,
    version: 0,
  };
}

function sendChromaQuery(res: http.ServerResponse, body: Body): void {
  const queries: unknown[] = Array.isArray(body.query_embeddings) ? body.query_embeddings : [[0]];
  const docs = top(body.n_results ?? 10);
  const include: string[] = Array.isArray(body.include) ? body.include : ["documents", "metadatas", "distances"];
  const per = <T>(pick: (d: (typeof STORED)[number]) => T) => queries.map(() => docs.map(pick));
  sendJson(res, 200, {
    ids: per((d) => d.id),
    distances: include.includes("distances") ? per((d) => d.distance) : null,
    documents: include.includes("documents") ? per((d) => d.text) : null,
    metadatas: include.includes("metadatas") ? per(() => null) : null,
    embeddings: null,
    uris: null,
    include,
  });
}
