import type { Store } from "../../store/store";
import type { AlertState } from "./state";

export const ALERT_STATE_TABLE = "llm_alert_state";

/** One alert instance as persisted in llm_alert_state (see collector/migrations/0025_llm_alert_state.sql). */
export interface PersistedInstance {
  rule: string;
  fingerprint: string;
  labels: Record<string, string>;
  state: AlertState;
  activeSinceMs: number | null;
  value: number | null;
  /** Idempotency key of the transition into `state`. */
  transitionKey: string;
  /** Idempotency key of the last notification sent ('' if none). */
  notifiedKey: string;
}

interface StateRow {
  rule: string;
  fingerprint: string;
  labels: Record<string, string>;
  state: string;
  active_since_ms: number | string | null;
  value: number | null;
  transition_key: string;
  notified_key: string;
}

/** The latest row per instance; argMax rather than FINAL so unmerged parts read right. */
const LOAD_SQL = `SELECT
    RuleName AS rule,
    Fingerprint AS fingerprint,
    argMax(Labels, UpdatedAt) AS labels,
    argMax(State, UpdatedAt) AS state,
    toUnixTimestamp64Milli(argMax(ActiveSince, UpdatedAt)) AS active_since_ms,
    argMax(Value, UpdatedAt) AS value,
    argMax(TransitionKey, UpdatedAt) AS transition_key,
    argMax(NotifiedKey, UpdatedAt) AS notified_key
FROM ${ALERT_STATE_TABLE}
GROUP BY RuleName, Fingerprint
HAVING state != 'inactive'`;

const STATES: ReadonlySet<string> = new Set(["pending", "firing", "resolved"]);

/** Alert instances that were not inactive when the collector last wrote their state. */
export async function loadAlertState(store: Store): Promise<PersistedInstance[]> {
  const rows = await store.query<StateRow>(LOAD_SQL);
  return rows
    .filter((r) => STATES.has(r.state))
    .map((r) => ({
      rule: r.rule,
      fingerprint: r.fingerprint,
      labels: r.labels,
      state: r.state as AlertState,
      activeSinceMs: r.active_since_ms === null ? null : Number(r.active_since_ms),
      value: r.value,
      transitionKey: r.transition_key,
      notifiedKey: r.notified_key,
    }));
}

export function stateRow(instance: PersistedInstance, nowMs: number): object {
  return {
    UpdatedAt: (nowMs / 1000).toFixed(3),
    RuleName: instance.rule,
    Fingerprint: instance.fingerprint,
    Labels: instance.labels,
    State: instance.state,
    ActiveSince: instance.activeSinceMs === null ? null : (instance.activeSinceMs / 1000).toFixed(3),
    Value: instance.value,
    TransitionKey: instance.transitionKey,
    NotifiedKey: instance.notifiedKey,
  };
}
