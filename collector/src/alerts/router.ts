import { answerStoreFailure } from "../api/store-failure";
import { Router } from "express";
import type { Store } from "../store/store";
import { ALERT_EVENTS_TABLE, type AlertEvaluator } from "./evaluator";
import { AlertRuleError } from "./rules";

/**
 * GET /v1/alerts: every rule with its health, last evaluation and non-inactive instances.
 *   ?state=pending|firing|resolved keeps rules having an instance in that state (and only those instances).
 * GET /v1/alerts/check: every rule (or ?rule=<name>) evaluated once from a fresh state, nothing
 *   recorded or sent (what `llmscope alerts check` prints).
 * GET /v1/alerts/events: transition history from llm_alert_events, newest first.
 *   ?rule=<name> one rule; ?limit=<1..1000> (default 100).
 */
export function createAlertsRouter(evaluator: AlertEvaluator, store: Store): Router {
  const router = Router();
  router.get("/v1/alerts", (req, res) => {
    const state = req.query.state;
    if (state !== undefined && !(typeof state === "string" && ["pending", "firing", "resolved"].includes(state))) {
      res.status(400).json({ error: 'parameter "state" must be pending, firing or resolved' });
      return;
    }
    let rules = evaluator.status();
    if (state !== undefined) rules = rules.map((r) => ({ ...r, instances: r.instances.filter((i) => i.state === state) })).filter((r) => r.instances.length > 0);
    res.json({ rules });
  });

  router.get("/v1/alerts/check", async (req, res) => {
    const rule = req.query.rule;
    if (rule !== undefined && typeof rule !== "string") {
      res.status(400).json({ error: 'parameter "rule" must be given once' });
      return;
    }
    try {
      res.json({ rules: await evaluator.check(rule) });
    } catch (err) {
      if (err instanceof AlertRuleError) res.status(404).json({ error: err.message });
      else answerStoreFailure(res, err, "alert check");
    }
  });

  router.get("/v1/alerts/events", async (req, res) => {
    const { rule = "", limit = "100" } = req.query;
    if (typeof rule !== "string" || typeof limit !== "string" || !/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 1000) {
      res.status(400).json({ error: 'parameters: "rule" a rule name, "limit" an integer from 1 to 1000' });
      return;
    }
    try {
      const events = await store.query(
        `SELECT toString(Timestamp) AS time, RuleName AS rule, Fingerprint AS fingerprint, Labels AS labels, FromState AS from_state,
                ToState AS to_state, Severity AS severity, Value AS value, Threshold AS threshold, IdempotencyKey AS idempotency_key
         FROM ${ALERT_EVENTS_TABLE}
         WHERE ({rule:String} = '' OR RuleName = {rule:String})
         ORDER BY Timestamp DESC LIMIT {limit:UInt32}`,
        { rule, limit: Number(limit) },
      );
      res.json({ events });
    } catch (err) {
      answerStoreFailure(res, err, "reading alert events");
    }
  });
  return router;
}
