import type { LlmScoreRow } from "../../store/rows";
import { scoreRow, type ScoredSpan } from "../../store/score-row";
import type { Counter, Gauge, MetricsRegistry } from "../../telemetry/metrics";
import type { JudgeConfig } from "./config";
import { CRITERIA, parseVerdict, rubricMessages, type JudgeInput, type Verdict } from "./rubric";

/** The evaluated span's identity and dimensions, copied onto every score row. */
export type JudgedSpan = ScoredSpan;

export interface JudgeItem {
  span: JudgedSpan;
  input: JudgeInput;
}

export interface JudgeWorkerOptions {
  config: Pick<JudgeConfig, "url" | "apiKey" | "model" | "timeoutMs" | "queueCapacity" | "concurrency">;
  /** Receives each judged span's rows (one per criterion, Source "judge"); a rejection is counted, never retried. */
  onScores: (rows: LlmScoreRow[]) => void | Promise<void>;
  metrics?: MetricsRegistry;
}

export type JudgeOutcome = "ok" | "timeout" | "http_error" | "network_error" | "bad_response";

/**
 * Calls the judge off the ingest path. enqueue() only pushes onto a bounded in-memory queue and
 * returns at once (false when the queue is full or the worker closed: the item is dropped and
 * counted). Up to `concurrency` requests run at a time, each bounded by `timeoutMs`. Every outcome
 * is counted on llmscope_judge_requests_total{outcome}; nothing is retried, and queued items are
 * lost on a crash (judging is best-effort sampling).
 */
export class JudgeWorker {
  private readonly queue: JudgeItem[] = [];
  private active = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  private readonly endpoint: string;
  private readonly counters: {
    enqueued?: Counter;
    dropped?: Counter;
    requests?: Counter;
    scores?: Counter;
    deliveryFailed?: Counter;
    queueSize?: Gauge;
  };

  constructor(private readonly options: JudgeWorkerOptions) {
    this.endpoint = `${options.config.url.replace(/\/+$/, "")}/chat/completions`;
    const m = options.metrics;
    this.counters = m
      ? {
          enqueued: m.counter("llmscope_judge_enqueued_total", "LLM spans queued for the LLM judge"),
          dropped: m.counter("llmscope_judge_dropped_total", "LLM spans not judged because the judge queue was full or closed"),
          requests: m.counter("llmscope_judge_requests_total", "LLM judge requests by outcome (ok, timeout, http_error, network_error, bad_response)"),
          scores: m.counter("llmscope_judge_scores_total", "Score rows produced by the LLM judge"),
          deliveryFailed: m.counter("llmscope_judge_delivery_failures_total", "Judged spans whose score rows the onScores callback failed to take"),
          queueSize: m.gauge("llmscope_judge_queue_size", "LLM spans waiting for the judge"),
        }
      : {};
  }

  /** Spans queued or being judged. */
  get pending(): number {
    return this.queue.length + this.active;
  }

  enqueue(item: JudgeItem): boolean {
    if (this.closed || this.queue.length >= this.options.config.queueCapacity) {
      this.counters.dropped?.inc(1, { reason: this.closed ? "closed" : "queue_full" });
      return false;
    }
    this.queue.push(item);
    this.counters.enqueued?.inc();
    this.counters.queueSize?.set(this.queue.length);
    this.pump();
    return true;
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking items and waits for the queued ones (each request still bounded by timeoutMs). */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  private pump(): void {
    while (this.active < this.options.config.concurrency && this.queue.length > 0) {
      const item = this.queue.shift()!;
      this.counters.queueSize?.set(this.queue.length);
      this.active++;
      void this.judge(item).finally(() => {
        this.active--;
        this.pump();
        if (this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    }
  }

  private async judge(item: JudgeItem): Promise<void> {
    const [outcome, verdict] = await this.request(item.input);
    this.counters.requests?.inc(1, { outcome });
    if (!verdict) return;
    const rows = toRows(item.span, verdict);
    this.counters.scores?.inc(rows.length);
    try {
      await this.options.onScores(rows);
    } catch {
      this.counters.deliveryFailed?.inc();
    }
  }

  private async request(input: JudgeInput): Promise<[JudgeOutcome, Verdict?]> {
    const { config } = this.options;
    let response: Response;
    const signal = AbortSignal.timeout(config.timeoutMs);
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", ...(config.apiKey && { authorization: `Bearer ${config.apiKey}` }) },
        body: JSON.stringify({ model: config.model, temperature: 0, response_format: { type: "json_object" }, messages: rubricMessages(input) }),
        signal,
      });
    } catch (err) {
      return [isTimeout(err) ? "timeout" : "network_error"];
    }
    let body: unknown;
    try {
      const text = await response.text();
      if (!response.ok) return ["http_error"];
      body = JSON.parse(text);
    } catch (err) {
      return [isTimeout(err) ? "timeout" : "bad_response"];
    }
    const content = (body as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
    if (typeof content !== "string") return ["bad_response"];
    const parsed = parseVerdict(content);
    return parsed.ok ? ["ok", parsed.verdict] : ["bad_response"];
  }
}

function isTimeout(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === "TimeoutError" || name === "AbortError";
}

/**
 * One row per criterion, named `judge_<criterion>` so it never mixes with the heuristic of the same
 * idea (`relevance`) in queries that filter by name only: ScoreValue (score − 1) / 4, label
 * "<score>/5", the judge's reason as explanation.
 */
export function toRows(span: JudgedSpan, verdict: Verdict): LlmScoreRow[] {
  return CRITERIA.map((name) => {
    const rating = verdict[name];
    return scoreRow(span, {
      Name: `judge_${name}`,
      ScoreValue: (rating.score - 1) / 4,
      ScoreLabel: `${rating.score}/5`,
      Explanation: rating.reason.slice(0, 500),
      Source: "judge",
    });
  });
}
