import { existsSync } from "node:fs";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { logger } from "../../../telemetry/log";
import type { MetricsRegistry } from "../../../telemetry/metrics";
import type { OnnxClassifierOptions } from "./onnx-classifier";
import type { InjectionClassifier } from "./processor";

export interface OnnxScorerOptions extends OnnxClassifierOptions {
  /** How long start-up may wait for the model to load; default 120 s. */
  loadTimeoutMs?: number;
  /** How long one batch of texts may take before the call fails; default 60 s. */
  callTimeoutMs?: number;
  /**
   * Called when scoring fails after start-up (a timeout, a runtime error); the texts then get 0 from
   * the model and keep the built-in score, so the spans are stored. Without it, the call throws.
   */
  onFailure?: (err: Error, texts: number) => void;
}

export interface OnnxScorer extends InjectionClassifier {
  readonly labelIndex: number;
  readonly maxTokens: number;
  scoreBatch(texts: readonly string[]): number[];
  close(): Promise<void>;
}

/**
 * The ONNX model as an injection classifier hook. Enrichment is synchronous (it runs before a request
 * is acknowledged and queued), but onnxruntime only offers an asynchronous run; so the model runs in
 * a worker thread and this thread blocks on a shared counter until the answer is posted. The wait
 * adds the model's time to each request's enrichment, which is the price of a model-based scorer.
 * Loading happens here, at start-up: a missing file or package stops the collector with its error.
 */
export function createOnnxScorer(options: OnnxScorerOptions): OnnxScorer {
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const { loadTimeoutMs = 120_000, callTimeoutMs = 60_000, onFailure, ...classifierOptions } = options;
  const worker = new Worker(workerFile(), { workerData: { options: classifierOptions, port: port2, signal }, transferList: [port2] });
  worker.unref();
  port1.unref();
  // Seen between requests (this thread is blocked during one): later calls then fail at once
  // instead of each waiting out the timeout.
  let stopped: string | undefined;
  worker.on("error", (err) => (stopped = `the model's worker failed: ${err.message}`));
  worker.on("exit", (code) => (stopped ??= `the model's worker exited (code ${code})`));

  const await_ = (seen: number, timeoutMs: number, what: string): Record<string, unknown> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = receiveMessageOnPort(port1);
      if (message) return message.message as Record<string, unknown>;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`injection.onnx: ${what} took longer than ${timeoutMs} ms`);
      Atomics.wait(counter, 0, seen, left);
      seen = Atomics.load(counter, 0);
    }
  };

  const ready = await_(0, loadTimeoutMs, "loading the model");
  if (typeof ready.error === "string") {
    void worker.terminate();
    throw new Error(ready.error);
  }
  let nextId = 0;
  const ask = (texts: readonly string[]): number[] => {
    if (texts.length === 0) return [];
    if (stopped) throw new Error(`injection.onnx: ${stopped}`);
    const id = ++nextId;
    let seen = Atomics.load(counter, 0);
    port1.postMessage({ id, texts });
    for (;;) {
      const answer = await_(seen, callTimeoutMs, `scoring ${texts.length} text(s)`);
      seen = Atomics.load(counter, 0);
      // A reply to an earlier call that timed out is stale; skip it.
      if (answer.id !== id) continue;
      if (typeof answer.error === "string") throw new Error(`injection.onnx: ${answer.error}`);
      return answer.scores as number[];
    }
  };
  const scoreBatch = (texts: readonly string[]): number[] => {
    if (!onFailure) return ask(texts);
    try {
      return ask(texts);
    } catch (err) {
      onFailure(err as Error, texts.length);
      return texts.map(() => 0);
    }
  };
  return {
    name: ready.name as string,
    labelIndex: ready.labelIndex as number,
    maxTokens: ready.maxTokens as number,
    score: (text) => scoreBatch([text])[0]!,
    scoreBatch,
    close: async () => {
      port1.close();
      await worker.terminate();
    },
  };
}

/** The `injection` settings this scorer reads (the config schema composes them; this stage does not import it). */
export interface InjectionOnnxSettings {
  threshold: number;
  onnx: { dir?: string; label?: string; threshold: number; maxTokens?: number; overlapTokens: number; batchSize: number; threads: number };
}

const logs = logger("injection");

/**
 * The scorer `injection.onnx.*` asks for, or undefined when no model folder is set. A failed call is
 * counted in llmscope_injection_model_failures_total and logged (the first, then every 100th).
 */
export function onnxScorerFromConfig(injection: InjectionOnnxSettings, metrics: MetricsRegistry): OnnxScorer | undefined {
  const { dir, ...onnx } = injection.onnx;
  if (!dir) return undefined;
  const failures = metrics.counter(
    "llmscope_injection_model_failures_total",
    "Span texts the ONNX injection model could not score (they keep the built-in score)",
  );
  let failed = 0;
  return createOnnxScorer({
    ...onnx,
    dir,
    flagThreshold: injection.threshold,
    onFailure: (err, texts) => {
      failures.inc(texts);
      if (failed++ % 100 === 0) logs.error(`${err.message} (${failed} failure(s) so far; those texts keep the built-in score)`);
    },
  });
}

/**
 * The compiled worker beside this file. Under the test runner this module is TypeScript source,
 * which a worker thread cannot load, so the built copy in dist/ is used (npm test builds first).
 */
function workerFile(): string {
  const beside = path.join(__dirname, "onnx-worker.js");
  if (existsSync(beside)) return beside;
  const built = beside.replace(`${path.sep}src${path.sep}`, `${path.sep}dist${path.sep}`);
  if (existsSync(built)) return built;
  throw new Error(`injection.onnx: the worker script ${beside} is missing (build the collector: npm run build)`);
}
