import { bindParams, listQueries, loadQuery, QueryParamError, typeRows, UnknownQueryError, withDefaultRange } from "@llmscope/queries";
import { Router } from "express";
import { StoreError, type Store } from "../store/store";

/**
 * GET /v1/queries lists the named queries; GET /v1/queries/:name runs one with its parameters taken
 * from the URL query string (`from` / `to` default to the last 24 hours, as in the CLI). Only files from the query library can run, and every value is bound by
 * ClickHouse, never spliced into SQL.
 */
export function createQueriesRouter(store: Store): Router {
  const router = Router();

  router.get("/v1/queries", (_req, res) => {
    res.json({
      queries: listQueries().map((name) => {
        const q = loadQuery(name);
        return { name, description: q.description, params: q.params, columns: q.columns };
      }),
    });
  });

  router.get("/v1/queries/:name", async (req, res) => {
    try {
      const query = loadQuery(req.params.name);
      const params = bindParams(query, withDefaultRange(query, flatten(req.query)));
      const rows = typeRows(query.columns, await store.query(query.sql, params));
      res.json({ query: query.name, rows });
    } catch (err) {
      const [status, message] = classify(err);
      res.status(status).json({ error: message });
    }
  });

  return router;
}

function flatten(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === "string") out[k] = v;
    else throw new QueryParamError(`parameter "${k}" was given more than once or with a nested value`);
  }
  return out;
}

function classify(err: unknown): [number, string] {
  if (err instanceof UnknownQueryError) return [404, err.message];
  if (err instanceof QueryParamError) return [400, err.message];
  if (err instanceof StoreError) return [err.retriable ? 503 : 500, `store: ${err.message}`];
  return [500, err instanceof Error ? err.message : String(err)];
}
