import { createHash } from "node:crypto";
import { bindParams } from "@llmscope/queries";
import type { QueryParams, Store } from "../../store/store";
import type { Counter, MetricsRegistry } from "../../telemetry/metrics";
import { Notifier, type Notification } from "./notify";
import { AlertRuleError, compare, declaredLabelColumns, type AlertRule } from "@llmscope/queries/alerts";
import { step, type AlertState, type Instance, type Transition } from "./state";
import { ALERT_STATE_TABLE, loadAlertState, stateRow, type PersistedInstance } from "./state-store";
import { logger } from "../../telemetry/log";

const logs = logger("alerts");

export const ALERT_EVENTS_TABLE = "llm_alert_events";

export interface InstanceStatus {
  labels: Record<string, string>;
  state: AlertState;
  value: number | null;
  activeSince: string | null;
}

export interface RuleStatus {
  name: string;
  severity: string;
  condition: string;
  forSeconds: number;
  intervalSeconds: number;
  health: "unknown" | "ok" | "error";
  lastError: string | null;
  lastEvaluation: string | null;
  /** Label sets not inactive: pending, firing, or resolved at the last evaluation. */
  instances: InstanceStatus[];
}

export interface AlertEvaluatorDeps {
  store: Store;
  metrics: MetricsRegistry;
  notifier?: Notifier;
  /** Injectable clock, ms since epoch. */
  now?: () => number;
  /** false: evaluate only (no history rows, no state, no notifications), as `llmscope alerts check` does. Default true. */
  record?: boolean;
}

interface TrackedInstance extends Instance {
  labels: Record<string, string>;
  /** Idempotency key of the transition into the current state, and of the last notification sent. */
  transitionKey: string;
  notifiedKey: string;
}

interface RuleState {
  rule: AlertRule;
  instances: Map<string, TrackedInstance>;
  health: RuleStatus["health"];
  lastError: string | null;
  lastEvaluationMs: number | null;
  running: Promise<void> | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Evaluates SQL alert rules: each result row is an instance keyed by its labels, stepped through
 * inactive → pending → firing → resolved; every transition is written to llm_alert_events, and
 * firing/resolved ones are sent to the rule's targets with an idempotency key per transition.
 * Instance states and the keys last notified are kept in llm_alert_state and restored by start(),
 * so a restart neither pages again for an alert already firing nor loses an unsent notification.
 * reload() swaps the rules, keeping the state of rules that stay.
 */
export class AlertEvaluator {
  private rules = new Map<string, RuleState>();
  private started = false;
  private readonly now: () => number;
  private readonly notifier: Notifier;
  private readonly failed: Counter;
  private readonly evaluations: Counter;

  constructor(
    rules: readonly AlertRule[],
    private readonly deps: AlertEvaluatorDeps,
  ) {
    for (const rule of rules) {
      this.rules.set(rule.name, {
        rule,
        instances: new Map(),
        health: "unknown",
        lastError: null,
        lastEvaluationMs: null,
        running: undefined,
        timer: undefined,
      });
    }
    this.now = deps.now ?? Date.now;
    this.notifier = deps.notifier ?? new Notifier({ metrics: deps.metrics });
    this.evaluations = deps.metrics.counter("llmscope_alert_evaluations_total", "Alert rule evaluations");
    this.failed = deps.metrics.counter("llmscope_alert_evaluations_failed_total", "Alert rule evaluations whose SQL failed, by rule");
  }

  /** Dry-runs every rule's SQL with EXPLAIN; throws one error naming every rule that fails. */
  async validate(rules: readonly AlertRule[] = [...this.rules.values()].map((s) => s.rule)): Promise<void> {
    const failures: string[] = [];
    for (const rule of rules) {
      const { sql, params } = this.render(rule);
      try {
        await this.deps.store.query(`EXPLAIN ${stripLeadingComments(sql)}`, params);
      } catch (err) {
        failures.push(`alert rule "${rule.name}": its SQL does not pass EXPLAIN: ${(err as Error).message}`);
      }
    }
    if (failures.length > 0) throw new AlertRuleError(failures.join("\n"));
  }

  /**
   * Replaces the rules after validating them (an invalid set throws and the current rules stay).
   * Instances of rules kept by name keep their state; a changed rule is evaluated at once.
   */
  async reload(rules: readonly AlertRule[]): Promise<void> {
    await this.validate(rules);
    for (const s of this.rules.values()) {
      clearInterval(s.timer);
      s.timer = undefined;
    }
    await Promise.all([...this.rules.values()].map((s) => s.running));
    const previous = this.rules;
    this.rules = new Map();
    for (const rule of rules) {
      const kept = previous.get(rule.name);
      this.rules.set(rule.name, {
        rule,
        instances: kept?.instances ?? new Map(),
        health: kept?.health ?? "unknown",
        lastError: kept?.lastError ?? null,
        lastEvaluationMs: kept?.lastEvaluationMs ?? null,
        running: undefined,
        timer: undefined,
      });
    }
    if (this.started) this.schedule();
  }

  /** Evaluates all rules (or the one named) once, now. */
  async evaluate(ruleName?: string): Promise<RuleStatus[]> {
    const states = ruleName === undefined ? [...this.rules.values()] : [this.ruleState(ruleName)];
    await Promise.all(states.map((s) => this.evaluateRule(s)));
    return states.map((s) => this.describe(s));
  }

  /** One evaluation from a fresh state with nothing recorded or sent: what the rules say right now. */
  async check(ruleName?: string): Promise<RuleStatus[]> {
    const rules = [...this.rules.values()].map((s) => s.rule);
    return new AlertEvaluator(rules, { ...this.deps, record: false }).evaluate(ruleName);
  }

  status(): RuleStatus[] {
    return [...this.rules.values()].map((s) => this.describe(s));
  }

  /** Validates, restores the persisted instance states, then evaluates each rule at its interval (first evaluation at once). */
  async start(): Promise<void> {
    await this.validate();
    await this.restore();
    this.started = true;
    this.schedule();
  }

  private schedule(): void {
    for (const s of this.rules.values()) {
      if (s.timer) continue;
      const tick = () => void this.evaluateRule(s);
      tick();
      s.timer = setInterval(tick, s.rule.intervalMs);
      s.timer.unref();
    }
  }

  /**
   * Instances as the last run left them. A firing or resolved instance whose notification was not
   * sent (the collector stopped in between) is notified now, with the transition's own key.
   */
  private async restore(): Promise<void> {
    if (this.deps.record === false) return;
    let persisted: PersistedInstance[];
    try {
      persisted = await loadAlertState(this.deps.store);
    } catch (err) {
      logs.error(`alert state not restored (alerts start from inactive): ${(err as Error).message}`);
      return;
    }
    const nowMs = this.now();
    const unsent: Promise<void>[] = [];
    for (const p of persisted) {
      const s = this.rules.get(p.rule);
      if (!s) continue;
      const instance: TrackedInstance = {
        state: p.state,
        activeSinceMs: p.activeSinceMs,
        value: p.value,
        labels: p.labels,
        transitionKey: p.transitionKey,
        notifiedKey: p.notifiedKey,
      };
      s.instances.set(p.fingerprint, instance);
      if ((p.state === "firing" || p.state === "resolved") && p.transitionKey !== "" && p.notifiedKey !== p.transitionKey) {
        const n = this.notification(s.rule, p.labels, p.state, instance, nowMs, p.transitionKey);
        unsent.push(this.notifyAndRecord(s.rule, [[p.fingerprint, instance, n]], nowMs));
      }
    }
    await Promise.all(unsent);
  }

  /** Sends, then records each instance's key as notified (so a restart does not send it again). */
  private async notifyAndRecord(rule: AlertRule, sends: [string, TrackedInstance, Notification][], nowMs: number): Promise<void> {
    await Promise.all(sends.map(([, , n]) => this.notifier.send(rule.targets, n)));
    for (const [, instance, n] of sends) instance.notifiedKey = n.idempotencyKey;
    await this.saveState(
      rule,
      sends.map(([key, instance]) => [key, instance]),
      nowMs,
    );
  }

  private async saveState(rule: AlertRule, instances: [string, TrackedInstance][], nowMs: number): Promise<void> {
    if (instances.length === 0) return;
    const rows = instances.map(([fingerprint, i]) =>
      stateRow(
        {
          rule: rule.name,
          fingerprint,
          labels: i.labels,
          state: i.state,
          activeSinceMs: i.activeSinceMs,
          value: i.value,
          transitionKey: i.transitionKey,
          notifiedKey: i.notifiedKey,
        },
        nowMs,
      ),
    );
    try {
      await this.deps.store.insert(ALERT_STATE_TABLE, rows);
    } catch (err) {
      logs.error(`alert state for rule "${rule.name}" not written: ${(err as Error).message}`);
    }
  }

  /** Stops the schedule and waits for evaluations (and their notifications) in progress. */
  async stop(): Promise<void> {
    this.started = false;
    for (const s of this.rules.values()) {
      clearInterval(s.timer);
      s.timer = undefined;
    }
    await Promise.all([...this.rules.values()].map((s) => s.running));
  }

  private ruleState(name: string): RuleState {
    const s = this.rules.get(name);
    if (!s) throw new AlertRuleError(`unknown alert rule "${name}" (known: ${[...this.rules.keys()].join(", ")})`);
    return s;
  }

  private render(rule: AlertRule): { sql: string; params: QueryParams } {
    if (rule.source.kind === "named") return { sql: rule.source.query.sql, params: bindParams(rule.source.query, rule.source.params, this.now()) };
    return { sql: rule.source.sql, params: rule.source.params };
  }

  private evaluateRule(s: RuleState): Promise<void> {
    // One evaluation per rule at a time: a slow query skips ticks instead of piling up.
    return (s.running ??= this.run(s).finally(() => (s.running = undefined)));
  }

  private async run(s: RuleState): Promise<void> {
    const rule = s.rule;
    const nowMs = this.now();
    this.evaluations.inc(1, { rule: rule.name });
    let rows: Record<string, unknown>[];
    try {
      const { sql, params } = this.render(rule);
      rows = await this.deps.store.query(sql, params);
    } catch (err) {
      s.health = "error";
      s.lastError = (err as Error).message;
      s.lastEvaluationMs = nowMs;
      this.failed.inc(1, { rule: rule.name });
      return;
    }
    s.health = "ok";
    s.lastError = null;
    s.lastEvaluationMs = nowMs;

    const seen = new Map<string, { labels: Record<string, string>; value: number; row: Record<string, unknown> }>();
    for (const row of rows) {
      const value = Number(row[rule.valueColumn]);
      if (row[rule.valueColumn] === null || !Number.isFinite(value)) continue;
      const labels = this.labelsOf(rule, row);
      seen.set(fingerprint(rule.name, labels), { labels, value, row });
    }

    const events: object[] = [];
    const changed: [string, TrackedInstance][] = [];
    const sends: [string, TrackedInstance, Notification][] = [];
    const keys = new Set([...s.instances.keys(), ...seen.keys()]);
    for (const key of keys) {
      const prev: TrackedInstance = s.instances.get(key) ?? {
        state: "inactive",
        activeSinceMs: null,
        value: null,
        labels: seen.get(key)!.labels,
        transitionKey: "",
        notifiedKey: "",
      };
      const cur = seen.get(key);
      const holds = cur !== undefined && compare(cur.value, rule.condition.op, rule.condition.threshold);
      const { next, transition } = step(prev, holds, cur?.value ?? null, nowMs, rule.forMs);
      const idempotencyKey = transition
        ? createHash("sha256")
            .update(`${rule.name}\n${key}\n${transition.to}\n${next.activeSinceMs ?? nowMs}`)
            .digest("hex")
            .slice(0, 32)
        : prev.transitionKey;
      const tracked: TrackedInstance = { ...next, labels: prev.labels, transitionKey: idempotencyKey, notifiedKey: prev.notifiedKey };
      if (next.state === "inactive") s.instances.delete(key);
      else s.instances.set(key, tracked);
      if (!transition) continue;
      changed.push([key, tracked]);
      if (transition.from === "resolved" && transition.to === "inactive") continue;
      events.push(this.eventRow(rule, key, prev.labels, transition, next, nowMs, idempotencyKey, cur?.row));
      if (transition.to === "firing" || transition.to === "resolved") {
        sends.push([key, tracked, this.notification(rule, prev.labels, transition.to, next, nowMs, idempotencyKey, cur?.row)]);
      }
    }
    if (this.deps.record === false) return;
    if (events.length > 0) {
      try {
        await this.deps.store.insert(ALERT_EVENTS_TABLE, events);
      } catch (err) {
        logs.error(`alert history for rule "${rule.name}" not written: ${(err as Error).message}`);
      }
    }
    // The new state is written before notifying: stopped in between, the next start sends the
    // notification again with the same key rather than forgetting it.
    await this.saveState(rule, changed, nowMs);
    if (sends.length > 0) await this.notifyAndRecord(rule, sends, nowMs);
  }

  private labelsOf(rule: AlertRule, row: Record<string, unknown>): Record<string, string> {
    const columns = declaredLabelColumns(rule) ?? Object.keys(row).filter((c) => c !== rule.valueColumn);
    const labels: Record<string, string> = {};
    for (const c of [...columns].sort()) labels[c] = row[c] === null || row[c] === undefined ? "" : String(row[c]);
    return labels;
  }

  private eventRow(
    rule: AlertRule,
    key: string,
    labels: Record<string, string>,
    t: Transition,
    next: Instance,
    nowMs: number,
    idempotencyKey: string,
    row?: Record<string, unknown>,
  ): object {
    return {
      Timestamp: seconds(nowMs),
      RuleName: rule.name,
      Fingerprint: key,
      Labels: labels,
      FromState: t.from,
      ToState: t.to,
      Severity: rule.severity,
      Value: next.value,
      Threshold: rule.condition.threshold,
      ActiveSince: next.activeSinceMs === null ? null : seconds(next.activeSinceMs),
      Annotations: expand(rule.annotations, labels, next.value, row),
      IdempotencyKey: idempotencyKey,
    };
  }

  private notification(
    rule: AlertRule,
    labels: Record<string, string>,
    state: "firing" | "resolved",
    next: Instance,
    nowMs: number,
    idempotencyKey: string,
    row?: Record<string, unknown>,
  ): Notification {
    return {
      idempotencyKey,
      rule: rule.name,
      state,
      severity: rule.severity,
      labels: { ...rule.labels, ...labels, alertname: rule.name, severity: rule.severity },
      annotations: expand(rule.annotations, labels, next.value, row),
      value: next.value,
      condition: `${rule.condition.op} ${rule.condition.threshold}`,
      activeSince: next.activeSinceMs === null ? null : new Date(next.activeSinceMs).toISOString(),
      at: new Date(nowMs).toISOString(),
    };
  }

  private describe(s: RuleState): RuleStatus {
    return {
      name: s.rule.name,
      severity: s.rule.severity,
      condition: `${s.rule.condition.op} ${s.rule.condition.threshold}`,
      forSeconds: s.rule.forMs / 1000,
      intervalSeconds: s.rule.intervalMs / 1000,
      health: s.health,
      lastError: s.lastError,
      lastEvaluation: s.lastEvaluationMs === null ? null : new Date(s.lastEvaluationMs).toISOString(),
      instances: [...s.instances.values()].map((i) => ({
        labels: i.labels,
        state: i.state,
        value: i.value,
        activeSince: i.activeSinceMs === null ? null : new Date(i.activeSinceMs).toISOString(),
      })),
    };
  }
}

function fingerprint(rule: string, labels: Record<string, string>): string {
  return createHash("sha256")
    .update(JSON.stringify([rule, labels]))
    .digest("hex")
    .slice(0, 16);
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * `{{ $value }}` and `{{ $labels.name }}` in annotations (the Prometheus/Grafana spelling), and
 * `{{ $row.column }}`: any other column of the instance's result row (e.g. a spend rule's
 * unpriced_calls, so the message says what the figure leaves out); empty when there is no row
 * (a resolved instance whose row is gone).
 */
function expand(
  templates: Record<string, string>,
  labels: Record<string, string>,
  value: number | null,
  row?: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, text] of Object.entries(templates)) {
    out[k] = text
      .replace(/\{\{\s*\$value\s*\}\}/g, value === null ? "" : String(Number(value.toPrecision(6))))
      .replace(/\{\{\s*\$labels\.([A-Za-z_]\w*)\s*\}\}/g, (_m, name: string) => labels[name] ?? "")
      .replace(/\{\{\s*\$row\.([A-Za-z_]\w*)\s*\}\}/g, (_m, name: string) => cellText(row?.[name]));
  }
  return out;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(Number(v.toPrecision(6)));
  return String(v);
}

/** EXPLAIN must precede the statement itself; leading comment lines (named-query headers) are dropped. */
function stripLeadingComments(sql: string): string {
  return sql.replace(/^(\s*--[^\n]*\n)+/, "");
}
