import type { Router } from "express";
import { AlertEvaluator } from "./alerts/evaluator";
import { watchAlertRules } from "./alerts/reload";
import { createAlertsRouter } from "./alerts/router";
import { loadRules } from "@llmscope/queries/alerts";
import type { Config } from "../config";
import { DEFAULT_DRIFT_THRESHOLDS } from "./drift/compare";
import { DriftMonitor } from "./drift/monitor";
import { createDriftRouter } from "./drift/router";
import { LIVE_STATS_DEFAULTS, LiveStats } from "./stats/live-stats";
import { createStatsRouter } from "./stats/router";
import type { Store } from "../store/store";
import type { MetricsRegistry } from "../telemetry/metrics";

export interface Analytics {
  stats: LiveStats;
  routers: Router[];
  stop(): Promise<void>;
}

/**
 * The components that read what was stored: live t-digest statistics (fed by the pipeline), drift
 * monitoring and SQL alert rules (both query the store on a schedule). Alert rules are validated
 * here, at start, so a broken rule stops the collector with the rule's name; later they reload on
 * SIGHUP and when the rules file changes (a broken file then keeps the rules in use).
 */
export async function startAnalytics(config: Config, store: Store, metrics: MetricsRegistry): Promise<Analytics> {
  const stats = new LiveStats({ ...LIVE_STATS_DEFAULTS, maxSeries: config.stats.maxSeries, metrics });
  stats.start();
  const routers: Router[] = [createStatsRouter(stats)];
  const stops: (() => Promise<void> | void)[] = [() => stats.stop()];

  if (config.drift.enabled) {
    const { windowMinutes, baseline, intervalMs, psiWarn, psiAlert } = config.drift;
    const drift = new DriftMonitor(store, { windowMinutes, baseline, intervalMs, thresholds: { ...DEFAULT_DRIFT_THRESHOLDS, psiWarn, psiAlert } }, metrics);
    drift.start();
    routers.push(createDriftRouter(drift));
    stops.push(() => drift.stop());
  }
  if (config.alerts.enabled) {
    const alerts = new AlertEvaluator(loadRules(config.alerts.file), { store, metrics });
    await alerts.start();
    const unwatch = watchAlertRules(alerts, { file: config.alerts.file });
    routers.push(createAlertsRouter(alerts, store));
    stops.push(() => {
      unwatch();
      return alerts.stop();
    });
  }

  return {
    stats,
    routers,
    stop: async () => {
      for (const stop of stops) await stop();
    },
  };
}
