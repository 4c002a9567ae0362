import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { toDateTime64 } from "../../ingest/normalize/time";
import { TABLES, type LlmScoreRow } from "../../store/rows";
import type { Store } from "../../store/store";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { logger } from "../../telemetry/log";

const logs = logger("feedback");

const sql = (name: string) => readFileSync(path.resolve(__dirname, "../../../sql", name), "utf8");
const RESOLVE = sql("resolve_feedback.sql");
const DELETE_RESOLVED = sql("delete_resolved_feedback.sql");
const UNRESOLVED = sql("unresolved_feedback.sql");
/** How many rows the delete would remove: the same statement, counting. */
const COUNT_RESOLVED = DELETE_RESOLVED.replace(/^DELETE FROM llm_scores$/m, "SELECT count() AS n FROM llm_scores");

/**
 * Resolved copies one query returns at most. A collector that writes a copy another already wrote
 * read the feedback before that write and has at most BATCH - 1 copies of its own to write first,
 * so the two copies are a few dozen llm_scores inserts apart: far inside the table's 1000-block
 * deduplication window, which drops the second.
 */
const BATCH = 50;

/** A row of resolve_feedback.sql: an llm_scores row with its time as nanoseconds. */
type ResolvedRow = Omit<LlmScoreRow, "Timestamp"> & { TimestampNs: string };

export interface FeedbackResolverOptions {
  /** Feedback older than this is no longer looked at: its trace is not coming. */
  maxAgeHours: number;
  /** A pass at this interval too, for spans that reach the store without a write of ours (a spool replay). */
  intervalMs: number;
  /** The cluster the store's tables are spread over (their Distributed tables take no DELETE). */
  cluster?: string;
}

/**
 * The delete for a cluster: on every shard's local table. A feedback row and its resolved copy share
 * their TraceId, the sharding key, so each shard finds the resolved copies of its own rows.
 */
export function deleteResolvedSql(cluster: string | undefined): string {
  if (!cluster) return DELETE_RESOLVED;
  return DELETE_RESOLVED.replace(/^DELETE FROM llm_scores$/m, `DELETE FROM llm_scores_local ON CLUSTER \`${cluster}\``).replace(
    /^(\s+)FROM llm_scores$/m,
    "$1FROM llm_scores_local",
  );
}

/**
 * The insert deduplication token of a feedback's resolved copy: its identity only (trace, span id,
 * name, time; what delete_resolved_feedback.sql matches on), never the dimensions, so every
 * collector, pass and retry that writes the copy of one feedback writes it under one token and the
 * store keeps the first.
 */
export function resolvedCopyToken(row: Pick<ResolvedRow, "TraceId" | "SpanId" | "Name" | "TimestampNs">): string {
  const identity = JSON.stringify([row.TraceId, row.SpanId, row.Name, row.TimestampNs]);
  return `feedback-resolved-${createHash("sha256").update(identity).digest("hex").slice(0, 32)}`;
}

/**
 * Gives feedback stored before its trace's spans the dimensions of the call it rates, once those
 * spans are stored (collector/sql/resolve_feedback.sql), so every query reads feedback like any
 * other score: by its own service, model and prompt columns. Passes of one resolver run one at a
 * time: a pass asked for while one runs follows it, and any number of requests meanwhile make one
 * pass. Passes of several collectors on one store may overlap: each resolved copy is its own insert
 * under a token of the feedback's identity, so the store keeps one copy whoever writes it. A pass is
 * safe to repeat or to cut short at any point (the SQL skips feedback already resolved and deletes
 * its unresolved copy), so a crash or restart never counts a feedback twice.
 */
export class FeedbackResolver {
  /** Whether the last pass left feedback waiting for its call (or failed, so nobody knows). */
  private feedbackWaits = true;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly metrics: MetricsRegistry,
    private readonly options: FeedbackResolverOptions,
  ) {}

  /** One pass now and one every intervalMs. */
  start(): void {
    this.request();
    this.timer = setInterval(() => this.request(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopped = true;
    this.again = false;
    return this.idle();
  }

  /**
   * After LLM calls were stored: a pass only when feedback waits for its call, so a store with none
   * waiting gets no query per written batch. Feedback another collector stored is found by the
   * periodic pass.
   */
  callsStored(): void {
    if (this.feedbackWaits || this.running) this.request();
  }

  /** Asks for a pass (after unresolved feedback was stored, or to resolve now). */
  request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.request();
      }
    });
  }

  /** Resolves when no pass runs or waits. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async pass(): Promise<void> {
    const params = { max_age_hours: this.options.maxAgeHours };
    const count = async (text: string) => Number((await this.store.query<{ n: string }>(text, params))[0]?.n ?? 0);
    try {
      const before = await count(UNRESOLVED);
      if (before > 0) {
        await this.writeResolvedCopies();
        // A delete is a mutation: run it only when it has rows to delete, not on every pass that
        // finds feedback whose trace has not arrived.
        const resolved = await count(COUNT_RESOLVED);
        if (resolved > 0) {
          await this.store.exec(deleteResolvedSql(this.options.cluster), params);
          this.metrics.counter("llmscope_feedback_resolved_total", "Feedback stored before its call that got the call's dimensions later").inc(resolved);
        }
      }
      this.waiting(before > 0 ? await count(UNRESOLVED) : 0);
    } catch (err) {
      this.feedbackWaits = true;
      logs.warn(`resolving stored feedback failed (the next pass retries): ${(err as Error).message}`);
    }
  }

  /**
   * Batch after batch until none is left. A copy this pass wrote but the store does not show yet (a
   * Distributed table's background send) would be read again: such a batch ends the pass, and the
   * next pass writes what is left (a copy written again is dropped by its token).
   */
  private async writeResolvedCopies(): Promise<void> {
    const written = new Set<string>();
    for (;;) {
      const rows = await this.store.query<ResolvedRow>(RESOLVE, { max_age_hours: this.options.maxAgeHours, batch: BATCH });
      let seen = 0;
      for (const row of rows) {
        const token = resolvedCopyToken(row);
        if (written.has(token)) {
          seen++;
          continue;
        }
        await this.store.insert(TABLES.scores, [scoreRowOf(row)], { dedupToken: token, toShardsNow: true });
        written.add(token);
      }
      if (rows.length < BATCH || seen > 0) return;
    }
  }

  private waiting(n: number): void {
    this.feedbackWaits = n > 0;
    this.metrics
      .gauge("llmscope_feedback_unresolved", "Feedback within the look-back whose trace has no stored LLM call yet (counted under an empty prompt)")
      .set(n);
  }
}

function scoreRowOf({ TimestampNs, ...row }: ResolvedRow): LlmScoreRow {
  return { Timestamp: toDateTime64(BigInt(TimestampNs)), ...row };
}
