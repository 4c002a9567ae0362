import { randomInt } from "node:crypto";
import { FEEDBACK_PATH, parseFeedback } from "@llmscope/semconv";
import express, { Router, type NextFunction, type Request, type Response } from "express";
import { toDateTime64 } from "../../ingest/normalize/time";
import { toWellFormed } from "../../ingest/receiver/json-text";
import { answerStoreFailure } from "../../store/http-failure";
import { TABLES, type ScoreDimensions } from "../../store/rows";
import { scoreRow } from "../../store/score-row";
import type { Store } from "../../store/store";
import type { MetricsRegistry } from "../../telemetry/metrics";

export interface FeedbackSources {
  store: Store;
  metrics: MetricsRegistry;
  /** Called after feedback was stored without its call's dimensions (the call is not stored yet). */
  onUnresolved?: () => void;
}

/**
 * The rated call's dimensions, when that call is already stored: the LLM call with the given span
 * id, or without a span id the trace's latest LLM call. Otherwise (spans not exported yet, or a
 * span id of a non-LLM span) the feedback is stored without them, and the collector's feedback
 * resolver gives it the rated call's dimensions once that call is stored
 * (collector/sql/resolve_feedback.sql), so a guess is never stored as the answer.
 * Values are bound by ClickHouse, never spliced into the SQL.
 */
const DIMENSIONS_SQL = `SELECT ServiceName, RequestModel, PromptName, PromptVersion, PromptVariant, UserId
FROM ${TABLES.llmSpans}
WHERE TraceId = {traceId:String}
  AND SpanType = 'llm'
  AND ({spanId:String} = '' OR SpanId = {spanId:String})
ORDER BY Timestamp DESC
LIMIT 1`;

const EMPTY: ScoreDimensions = { ServiceName: "", RequestModel: "", PromptName: "", PromptVersion: "", PromptVariant: "", UserId: "" };

let lastTimeNs = 0n;

/**
 * The time a feedback is stored with, in nanoseconds: the clock's millisecond with random digits
 * below it, and always later than this collector's previous one. A feedback's identity is its
 * trace, span id, name and time, and two of the same trace within one millisecond must stay two:
 * the store drops an insert whose rows equal a recent one, and the feedback resolver keeps one row
 * per identity. The random digits make two collectors meet only one time in a million.
 */
export function feedbackTimeNs(): bigint {
  const now = BigInt(Date.now()) * 1_000_000n + BigInt(randomInt(1_000_000));
  lastTimeNs = now > lastTimeNs ? now : lastTimeNs + 1n;
  return lastTimeNs;
}

/**
 * POST /v1/feedback: a user's rating of an answer → one llm_scores row with Source "human".
 * Body: the feedback wire schema of @llmscope/semconv: {trace_id, span_id?, name? (default
 * user_feedback), value (number | true/false | "thumbs_up"/"thumbs_down"), comment?, user_id?}.
 * 201 {stored: true, span_found} once inserted; 400 {error} naming the first bad field; 503 when the
 * store is unreachable (retry), 500 when it refuses. Feedback for spans not (yet) stored is kept
 * with empty dimensions.
 */
export function createFeedbackRouter({ store, metrics, onUnresolved }: FeedbackSources): Router {
  const router = Router();
  const received = metrics.counter("llmscope_feedback_total", "POST /v1/feedback requests by outcome (stored, invalid, store_error)");

  router.post(
    FEEDBACK_PATH,
    express.json({ limit: "64kb", type: () => true, reviver: (_key, value: unknown) => (typeof value === "string" ? toWellFormed(value) : value) }),
    async (req: Request, res: Response) => {
      const parsed = parseFeedback(req.body);
      if (!parsed.ok) {
        received.inc(1, { outcome: "invalid" });
        res.status(400).json({ error: parsed.error });
        return;
      }
      const body = parsed.feedback;
      try {
        const [found] = await store.query<ScoreDimensions>(DIMENSIONS_SQL, { traceId: body.trace_id, spanId: body.span_id ?? "" });
        const dims = found ?? EMPTY;
        const row = scoreRow(
          {
            Timestamp: toDateTime64(feedbackTimeNs()),
            TraceId: body.trace_id,
            SpanId: body.span_id ?? "",
            ...dims,
            UserId: body.user_id ?? dims.UserId,
          },
          { Name: body.name, ScoreValue: body.value.score, ScoreLabel: body.value.label, Explanation: body.comment ?? "", Source: "human" },
        );
        await store.insert(TABLES.scores, [row]);
        received.inc(1, { outcome: "stored" });
        if (!found) onUnresolved?.();
        res.status(201).json({ stored: true, span_found: found !== undefined });
      } catch (err) {
        received.inc(1, { outcome: "store_error" });
        answerStoreFailure(res, err, "storing feedback");
      }
    },
  );

  router.use(FEEDBACK_PATH, (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type === "entity.parse.failed") {
      received.inc(1, { outcome: "invalid" });
      res.status(400).json({ error: "body: expected a JSON object" });
    } else if (err.type === "entity.too.large") {
      received.inc(1, { outcome: "invalid" });
      res.status(413).json({ error: "body: larger than 64 KiB" });
    } else {
      next(err);
    }
  });

  return router;
}
