import type { LlmSpanRow } from "../../store/rows";
import type { Counter, Gauge, MetricsRegistry } from "../../telemetry/metrics";
import { MinuteBucket, summarize, type WindowStats } from "./window";

export interface LiveStatsOptions {
  /** Most series held at once; a new series beyond it evicts the least recently seen one. */
  maxSeries: number;
  /** Sliding windows in minutes, e.g. [1, 5, 60]. */
  windowsMinutes: readonly number[];
  /** How often idle series (nothing seen for the longest window) are dropped. */
  sweepIntervalMs: number;
  metrics: MetricsRegistry;
  /** Injectable clock (ms since epoch). */
  now?: () => number;
}

export const LIVE_STATS_DEFAULTS = { maxSeries: 1000, windowsMinutes: [1, 5, 60], sweepIntervalMs: 60_000 } as const;

/** What a series is keyed by. Guardrail spans form their own series (their model/operation as reported). */
export interface SeriesKey {
  service: string;
  model: string;
  operation: string;
  promptVersion: string;
}

export interface SeriesStats extends SeriesKey {
  windows: WindowStats[];
}

class Series {
  readonly buckets: (MinuteBucket | undefined)[];
  lastSeenMs: number;

  constructor(
    readonly key: SeriesKey,
    readonly firstSeenMs: number,
    slots: number,
  ) {
    this.buckets = new Array<MinuteBucket | undefined>(slots);
    this.lastSeenMs = firstSeenMs;
  }

  bucketFor(minute: number): MinuteBucket {
    const slot = minute % this.buckets.length;
    let bucket = this.buckets[slot];
    if (!bucket || bucket.minute !== minute) this.buckets[slot] = bucket = new MinuteBucket(minute);
    return bucket;
  }

  /** The buckets of the current minute and the `minutes - 1` before it. */
  bucketsSince(firstMinute: number): MinuteBucket[] {
    return this.buckets.filter((b): b is MinuteBucket => b !== undefined && b.minute >= firstMinute);
  }
}

/**
 * Live statistics per (service, model, operation, prompt version): a ring of per-minute buckets
 * (t-digests for latency and TTFT, sums for tokens, spend, errors, guardrail checks), merged on
 * read into sliding windows. Memory is bounded by maxSeries × longest window in minutes buckets;
 * every eviction is counted in llmscope_stats_series_evicted_total{reason="cap"|"idle"}.
 * Time is arrival time at the collector (the injectable clock), not the span's own timestamp.
 */
export class LiveStats {
  private readonly series = new Map<string, Series>();
  private readonly now: () => number;
  private readonly slots: number;
  private readonly evicted: Counter;
  private readonly seriesGauge: Gauge;
  private readonly observed: Counter;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: LiveStatsOptions) {
    if (options.windowsMinutes.length === 0 || options.windowsMinutes.some((m) => !Number.isInteger(m) || m < 1)) {
      throw new Error(`stats windows must be whole minutes ≥ 1, got [${options.windowsMinutes.join(", ")}]`);
    }
    if (!Number.isInteger(options.maxSeries) || options.maxSeries < 1) throw new Error(`stats maxSeries must be a positive integer, got ${options.maxSeries}`);
    this.now = options.now ?? Date.now;
    this.slots = Math.max(...options.windowsMinutes);
    this.evicted = options.metrics.counter("llmscope_stats_series_evicted_total", "Live-statistics series dropped: reason=cap (too many series) or idle");
    this.seriesGauge = options.metrics.gauge("llmscope_stats_series", "Live-statistics series held in memory");
    this.observed = options.metrics.counter("llmscope_stats_rows_observed_total", "llm_spans rows fed to live statistics");
  }

  /** Pipeline hook: every row the collector accepts. Only llm and guardrail spans count. */
  observe(rows: readonly LlmSpanRow[]): void {
    const nowMs = this.now();
    const minute = Math.floor(nowMs / 60_000);
    for (const row of rows) {
      if (row.SpanType !== "llm" && row.SpanType !== "guardrail") continue;
      const key: SeriesKey = { service: row.ServiceName, model: row.RequestModel, operation: row.Operation, promptVersion: row.PromptVersion };
      this.touch(key, nowMs).bucketFor(minute).add(row);
    }
    this.observed.inc(rows.length);
    this.seriesGauge.set(this.series.size);
  }

  /** Every series with its windows, busiest (most calls in the longest window) first. */
  snapshot(): SeriesStats[] {
    const nowMs = this.now();
    const minute = Math.floor(nowMs / 60_000);
    const out: SeriesStats[] = [];
    for (const s of this.series.values()) {
      const windows = this.options.windowsMinutes.map((m) => {
        const first = minute - m + 1;
        const start = Math.max(first * 60_000, s.firstSeenMs);
        return summarize(`${m}m`, Math.max(0, (nowMs - start) / 1000), s.bucketsSince(first));
      });
      out.push({ ...s.key, windows });
    }
    const last = (x: SeriesStats) => x.windows[x.windows.length - 1]!;
    return out.sort((a, b) => last(b).calls + last(b).guardrailChecks - (last(a).calls + last(a).guardrailChecks));
  }

  get seriesCount(): number {
    return this.series.size;
  }

  /** Drops series with nothing in their longest window. */
  sweep(): void {
    const cutoff = (Math.floor(this.now() / 60_000) - this.slots + 1) * 60_000;
    for (const [id, s] of this.series) {
      if (s.lastSeenMs < cutoff) {
        this.series.delete(id);
        this.evicted.inc(1, { reason: "idle" });
      }
    }
    this.seriesGauge.set(this.series.size);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.sweep(), this.options.sweepIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private touch(key: SeriesKey, nowMs: number): Series {
    const id = JSON.stringify([key.service, key.model, key.operation, key.promptVersion]);
    let s = this.series.get(id);
    if (s) {
      // Map order is recency order: re-insert on use, evict from the front.
      this.series.delete(id);
    } else {
      s = new Series(key, nowMs, this.slots);
      if (this.series.size >= this.options.maxSeries) {
        const oldest = this.series.keys().next().value as string;
        this.series.delete(oldest);
        this.evicted.inc(1, { reason: "cap" });
      }
    }
    s.lastSeenMs = nowMs;
    this.series.set(id, s);
    return s;
  }
}
