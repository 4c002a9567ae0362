import { Router } from "express";
import type { LiveStats, SeriesKey } from "./live-stats";

const FILTERS: readonly (keyof SeriesKey)[] = ["service", "model", "operation", "promptVersion"];

/**
 * GET /v1/stats: live statistics per series and window, busiest first. Optional exact-match
 * filters: ?service=&model=&operation=&promptVersion=.
 */
export function createStatsRouter(stats: LiveStats, now: () => number = Date.now): Router {
  const router = Router();
  router.get("/v1/stats", (req, res) => {
    const wanted: Partial<SeriesKey> = {};
    for (const name of FILTERS) {
      const v = req.query[name];
      if (v === undefined) continue;
      if (typeof v !== "string") {
        res.status(400).json({ error: `parameter "${name}" must be given once as plain text` });
        return;
      }
      wanted[name] = v;
    }
    const series = stats.snapshot().filter((s) => FILTERS.every((f) => wanted[f] === undefined || s[f] === wanted[f]));
    res.json({ generatedAt: new Date(now()).toISOString(), series });
  });
  return router;
}
