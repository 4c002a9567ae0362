import { Router } from "express";
import type { DriftMonitor } from "./monitor";

const STATUSES = ["ok", "warn", "alert", "insufficient"];

/**
 * GET /v1/drift: the last drift run (window, baseline, one result per series and metric).
 * ?status=warn,alert keeps only those statuses. 404 before the first run. History: table llm_drift.
 */
export function createDriftRouter(monitor: DriftMonitor): Router {
  const router = Router();
  router.get("/v1/drift", (req, res) => {
    const raw = req.query.status;
    if (raw !== undefined && typeof raw !== "string") {
      res.status(400).json({ error: 'parameter "status" must be given once, e.g. status=warn,alert' });
      return;
    }
    const wanted = raw === undefined ? STATUSES : raw.split(",");
    const unknown = wanted.find((s) => !STATUSES.includes(s));
    if (unknown !== undefined) {
      res.status(400).json({ error: `parameter "status": unknown status "${unknown}" (expected ${STATUSES.join(", ")})` });
      return;
    }
    const run = monitor.latest;
    if (!run) {
      res.status(404).json({ error: "no drift comparison has run yet" });
      return;
    }
    res.json({ ...run, results: run.results.filter((r) => wanted.includes(r.status)) });
  });
  return router;
}
