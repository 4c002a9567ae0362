import { bindParams, listQueries, loadQuery, QueryParamError, typeRows, withDefaultRange } from "@llmscope/queries";
import { LlmscopeError } from "@llmscope/semconv";
import { Router } from "express";
import type { Store } from "../../store/store";
import { answerStoreFailure } from "../../store/http-failure";

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
      // The caller's mistakes (unknown query 404, bad parameter 400) by their code; the store's failures as such.
      if (err instanceof LlmscopeError && err.httpStatus < 500) res.status(err.httpStatus).json({ error: err.message });
      else answerStoreFailure(res, err, `query ${JSON.stringify(req.params.name)}`);
    }
  });

  return router;
}

function flatten(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === "string") out[k] = v;
    else throw new QueryParamError(`parameter ${JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k)} was given more than once or with a nested value`);
  }
  return out;
}
