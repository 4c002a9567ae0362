import { bindParams, loadQuery, QueryParamError, typeRows } from "@llmscope/queries";
import express, { Router, type Request, type Response } from "express";
import { z } from "zod";
import { StoreError, type Store } from "../../store/store";
import { listTraces } from "./list";
import { bucketSeconds, filterParams, firstIssue, OverviewParams, SessionParams, TraceIdParam, TraceListParams } from "./params";
import { ExplorerAccess } from "./session-cookie";
import { loadExplorerQuery, runExplorerQuery } from "./sql";
import { loadTrace } from "./trace";

export interface ExplorerApiOptions {
  store: Store;
  access: ExplorerAccess;
  grafanaUrl: string | undefined;
}

/**
 * The explorer's JSON API under /api (docs/api.md). Every data route sits behind the same token as
 * /v1/* (bearer or the session cookie); /api/config and /api/login carry no span data.
 */
export function createExplorerApiRouter({ store, access, grafanaUrl }: ExplorerApiOptions): Router {
  const router = Router();

  router.get("/api/config", (_req, res) => {
    res.json({ auth_required: access.required, grafana_url: grafanaUrl ?? null });
  });

  router.post("/api/login", express.json({ limit: "4kb", type: () => true }), (req, res) => {
    const token = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof token !== "string" || token === "") return void res.status(400).json({ error: "token: expected the collector's token as a string" });
    if (!access.required) return void res.status(204).end();
    if (!access.accepts(token)) return void res.status(401).json({ error: "token: not the collector's token", login: true });
    res.status(204).set("Set-Cookie", access.loginCookie()).end();
  });

  router.post("/api/logout", (_req, res) => {
    res.status(204).set("Set-Cookie", ExplorerAccess.logoutCookie()).end();
  });

  router.use("/api", access.middleware());

  router.get(
    "/api/traces",
    handle(async (req, res) => {
      res.json(await listTraces(store, parse(TraceListParams, req.query)));
    }),
  );

  router.get(
    "/api/overview",
    handle(async (req, res) => {
      const raw = filterParams(parse(OverviewParams, req.query));
      const query = loadExplorerQuery("traces_overview");
      const range = bindParams(query, raw);
      const bucket = bucketSeconds(Number(range.from) * 1000, Number(range.to) * 1000);
      const rows = await runExplorerQuery<Record<string, unknown> & { is_total: number }>(store, "traces_overview", { ...raw, bucket_seconds: String(bucket) });
      const total = rows.find((r) => r.is_total === 1);
      res.json({
        from_ms: Math.round(Number(range.from) * 1000),
        to_ms: Math.round(Number(range.to) * 1000),
        bucket_seconds: bucket,
        total: total ?? { traces: 0, errors: 0, error_rate: 0, cost_usd: 0, llm_calls: 0, p50_ms: 0, p95_ms: 0, p99_ms: 0 },
        buckets: rows.filter((r) => r.is_total !== 1),
      });
    }),
  );

  router.get(
    "/api/facets",
    handle(async (req, res) => {
      const raw = filterParams(parse(z.object({ from: OverviewParams.shape.from, to: OverviewParams.shape.to }).strict(), req.query));
      const names = ["list_services", "list_models", "list_prompts"] as const;
      const [services, models, prompts] = await Promise.all(
        names.map(async (name) => {
          const q = loadQuery(name);
          return typeRows(q.columns, await store.query(q.sql, bindParams(q, raw)));
        }),
      );
      res.json({ services: services!.map((r) => r.service), models: models!.map((r) => r.model), prompts: prompts });
    }),
  );

  router.get(
    "/api/traces/:traceId",
    handle(async (req, res) => {
      const traceId = parse(TraceIdParam, req.params.traceId, "traceId");
      const trace = await loadTrace(store, traceId);
      if (!trace) return void res.status(404).json({ error: `trace ${traceId} not found` });
      res.json(trace);
    }),
  );

  router.get(
    "/api/sessions/:sessionId",
    handle(async (req, res) => {
      const session = parse(z.string().min(1).max(256, "at most 256 characters"), req.params.sessionId, "sessionId");
      const input = parse(SessionParams, req.query);
      const traces = await runExplorerQuery(store, "session_traces", { session, ...input });
      res.json({ session_id: session, traces });
    }),
  );

  return router;
}

class BadRequest extends Error {}

function parse<S extends z.ZodType>(schema: S, value: unknown, name?: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = firstIssue(parsed.error);
  throw new BadRequest(name ? `${name}: ${message.replace(/^query: /, "")}` : message);
}

function handle(fn: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response) => {
    fn(req, res).catch((err: unknown) => {
      if (err instanceof BadRequest || err instanceof QueryParamError) res.status(400).json({ error: err.message });
      else if (err instanceof StoreError) res.status(err.retriable ? 503 : 500).json({ error: `store: ${err.message}` });
      else res.status(500).json({ error: err instanceof Error ? err.message : String(err) });
    });
  };
}
