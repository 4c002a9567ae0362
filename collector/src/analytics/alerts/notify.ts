import type { Counter, MetricsRegistry } from "../../telemetry/metrics";
import { parseDuration, type TargetConfig } from "@llmscope/queries/alerts";
import { logger } from "../../telemetry/log";

const logs = logger("alerts");

/** What a target receives for a firing or resolved transition (the webhook's JSON body). */
export interface Notification {
  /** Same on every retry of one transition; also the Idempotency-Key header. */
  idempotencyKey: string;
  rule: string;
  state: "firing" | "resolved";
  severity: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  value: number | null;
  condition: string;
  activeSince: string | null;
  at: string;
}

export interface NotifierDeps {
  metrics: MetricsRegistry;
  /** Injectable sleep for backoff (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  fetch?: typeof fetch;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Delivers notifications: `log` writes one JSON line; `webhook` POSTs JSON with retries and
 * exponential backoff on network errors, timeouts, 429 and 5xx (other 4xx are final).
 * Counted: llmscope_alert_notifications_total{target,outcome=delivered|failed} and
 * llmscope_alert_webhook_retries_total{target}.
 */
export class Notifier {
  private readonly sent: Counter;
  private readonly retries: Counter;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;
  private readonly fetchFn: typeof fetch;

  constructor(deps: NotifierDeps) {
    this.sent = deps.metrics.counter("llmscope_alert_notifications_total", "Alert notifications by target and outcome (delivered | failed after all retries)");
    this.retries = deps.metrics.counter("llmscope_alert_webhook_retries_total", "Webhook delivery attempts that failed and were retried");
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.log = deps.log ?? ((line) => process.stdout.write(line + "\n"));
    this.fetchFn = deps.fetch ?? fetch;
  }

  /** Sends to every target; never throws (failures are counted and logged). */
  async send(targets: readonly TargetConfig[], n: Notification): Promise<void> {
    await Promise.all(targets.map((t) => this.sendOne(t, n)));
  }

  private async sendOne(target: TargetConfig, n: Notification): Promise<void> {
    if (target.type === "log") {
      this.log(JSON.stringify({ alert: n }));
      this.sent.inc(1, { target: target.name, outcome: "delivered" });
      return;
    }
    const attempts = target.maxAttempts ?? 5;
    let delay = parseDuration(target.backoff ?? "1s");
    const timeoutMs = parseDuration(target.timeout ?? "10s");
    let lastError = "";
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const outcome = await this.post(target, n, timeoutMs);
      if (outcome === "ok") {
        this.sent.inc(1, { target: target.name, outcome: "delivered" });
        return;
      }
      lastError = outcome.error;
      if (!outcome.retriable || attempt === attempts) break;
      this.retries.inc(1, { target: target.name });
      await this.sleep(delay);
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
    }
    this.sent.inc(1, { target: target.name, outcome: "failed" });
    logs.error(`alert "${n.rule}" (${n.state}) not delivered to webhook ${target.name}: ${lastError}`);
  }

  private async post(
    target: Extract<TargetConfig, { type: "webhook" }>,
    n: Notification,
    timeoutMs: number,
  ): Promise<"ok" | { retriable: boolean; error: string }> {
    try {
      const res = await this.fetchFn(target.url, {
        method: "POST",
        headers: { ...target.headers, "content-type": "application/json", "idempotency-key": n.idempotencyKey },
        body: JSON.stringify(n),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return "ok";
      return { retriable: res.status >= 500 || res.status === 429, error: `HTTP ${res.status}` };
    } catch (err) {
      return { retriable: true, error: (err as Error).message };
    }
  }
}
