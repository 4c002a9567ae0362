import type { Store } from "../../store/store";
import type { Counter, MetricsRegistry } from "../../telemetry/metrics";
import { compareWindows, DEFAULT_DRIFT_THRESHOLDS, type DriftResult, type DriftThresholds } from "./compare";
import { baselineFilter, detectOptionalColumns, queryWindow, type BaselineMode, type OptionalColumns } from "./window-query";
import { logger } from "../../telemetry/log";

const logs = logger("drift");

export const DRIFT_TABLE = "llm_drift";

export interface DriftOptions {
  /** Length of the current window, minutes. */
  windowMinutes: number;
  baseline: BaselineMode;
  /** How often a comparison runs. */
  intervalMs: number;
  thresholds: DriftThresholds;
}

export const DRIFT_DEFAULTS: DriftOptions = { windowMinutes: 60, baseline: "previous_24h", intervalMs: 300_000, thresholds: DEFAULT_DRIFT_THRESHOLDS };

export interface DriftRun {
  evaluatedAt: string;
  windowStart: string;
  windowEnd: string;
  baseline: BaselineMode;
  results: DriftResult[];
}

/**
 * Runs drift comparisons on a schedule: current window = the last `windowMinutes` before now,
 * baseline per `baseline`; both summarized in ClickHouse, compared here, every result written to
 * llm_drift (alert rules read it) and the last run kept for GET /v1/drift.
 */
export class DriftMonitor {
  private last: DriftRun | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DriftRun> | undefined;
  private columns: OptionalColumns | undefined;
  private readonly failures: Counter;
  private readonly now: () => number;

  constructor(
    private readonly store: Store,
    private readonly options: DriftOptions,
    metrics: MetricsRegistry,
    now?: () => number,
  ) {
    if (!Number.isInteger(options.windowMinutes) || options.windowMinutes < 1 || options.windowMinutes > 1440) {
      throw new Error(`drift windowMinutes must be a whole number of minutes between 1 and 1440, got ${options.windowMinutes}`);
    }
    this.now = now ?? Date.now;
    this.failures = metrics.counter("llmscope_drift_runs_failed_total", "Drift comparisons that failed (store error)");
  }

  get latest(): DriftRun | undefined {
    return this.last;
  }

  /** One comparison now; concurrent calls share the run in progress. */
  runOnce(): Promise<DriftRun> {
    return (this.running ??= this.run().finally(() => (this.running = undefined)));
  }

  /** Runs a comparison now (in the background) and then every intervalMs; failures are counted and logged. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.runOnce().catch((err: unknown) => {
        this.failures.inc();
        logs.error(`drift comparison failed: ${(err as Error).message}`);
      });
    };
    tick();
    this.timer = setInterval(tick, this.options.intervalMs);
    this.timer.unref();
  }

  /** Stops the schedule and waits for a run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async run(): Promise<DriftRun> {
    const now = this.now();
    const current = { fromMs: now - this.options.windowMinutes * 60_000, toMs: now };
    this.columns ??= await detectOptionalColumns(this.store);
    const [baseline, cur] = await Promise.all([
      queryWindow(this.store, this.columns, baselineFilter(this.options.baseline, current)),
      queryWindow(this.store, this.columns, { from: current.fromMs, to: current.toMs, phase: 0, width: 86_400 }),
    ]);
    const results = compareWindows(baseline, cur, this.options.thresholds);
    const run: DriftRun = {
      evaluatedAt: new Date(now).toISOString(),
      windowStart: new Date(current.fromMs).toISOString(),
      windowEnd: new Date(current.toMs).toISOString(),
      baseline: this.options.baseline,
      results,
    };
    if (results.length > 0)
      await this.store.insert(
        DRIFT_TABLE,
        results.map((r) => toRow(r, now, current.fromMs, this.options.baseline)),
      );
    this.last = run;
    return run;
  }
}

const dt = (ms: number) => (ms / 1000).toFixed(3);
const finite = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);

function toRow(r: DriftResult, now: number, windowStart: number, baseline: BaselineMode): object {
  return {
    Timestamp: dt(now),
    WindowStart: dt(windowStart),
    WindowEnd: dt(now),
    Baseline: baseline,
    ServiceName: r.service,
    RequestModel: r.model,
    Operation: r.operation,
    PromptVersion: r.promptVersion,
    Metric: r.metric,
    Kind: r.kind,
    BaselineCount: r.baselineCount,
    CurrentCount: r.currentCount,
    BaselineValue: finite(r.baselineValue),
    CurrentValue: finite(r.currentValue),
    Psi: finite(r.psi),
    Ks: finite(r.ks),
    PValue: finite(r.pValue),
    ZScore: finite(r.zScore),
    Status: r.status,
  };
}
