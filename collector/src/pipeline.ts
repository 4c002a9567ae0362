import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express from "express";
import { requireToken } from "./api/auth";
import { createHealthRouter } from "./api/health";
import { answerParserErrors, limitUrlLength } from "./api/http-limits";
import { createQueriesRouter } from "./api/queries";
import { BatchQueue } from "./batcher/queue";
import { DiskSpool } from "./batcher/spool";
import { StoreWriter } from "./batcher/store-writer";
import { storeConfigOf, type Config } from "./config";
import { startAnalytics } from "./analytics";
import { createFeedbackRouter } from "./api/feedback";
import { createExplorerApiRouter, createExplorerPageRouter, ExplorerAccess } from "./explorer";
import { JudgeWorker } from "./judge";
import { columnRangeFault } from "./normalize/column-fit";
import { createProcessors } from "./processors";
import { enrich } from "./processors/run";
import { TABLES, type LlmSpanRow } from "./store/rows";
import type { ValidSpan } from "./receiver/model";
import { createOtlpTracesRouter, type TracesSink } from "./receiver/http";
import { createStore } from "./store";
import type { Store } from "./store/store";
import { MetricsRegistry, type Counter } from "./telemetry/metrics";

export interface RunningCollector {
  /** Base URL, e.g. http://127.0.0.1:4318 */
  url: string;
  store: Store;
  metrics: MetricsRegistry;
  /** Writes everything queued now (tests and the CLI use it to read their own writes). */
  flush(): Promise<void>;
  /** Stops accepting, drains the queue into the store (or the spool), closes the store. */
  close(): Promise<void>;
}

/**
 * Assembles the pipeline from config, in the order data flows:
 * receiver → normalize + enrich → queue → store writer (→ disk spool when the store is down) → store.
 */
export async function startCollector(config: Config): Promise<RunningCollector> {
  const metrics = new MetricsRegistry();
  const store = createStore(storeConfigOf(config));
  await store.migrate();

  const spool = new DiskSpool(path.join(config.dataDir, "spool"), config.spool.maxBytes, metrics);
  await spool.open();
  const writer = new StoreWriter(store, spool, metrics);
  const queue = new BatchQueue(config.batch, (batch) => writer.write(batch), metrics);
  queue.start();
  const replayer = startReplayer(spool, store, config.spool.replayIntervalMs);

  const judge = config.judge
    ? new JudgeWorker({
        config: config.judge,
        metrics,
        // Judge scores take the same road as spans: queue, store, or the disk spool when it is down.
        onScores: (rows) => {
          if (!queue.offer(0, [[TABLES.scores, rows]])) metrics.counter("llmscope_judge_scores_dropped_total", "Judge scores refused by a full queue").inc(rows.length);
        },
      })
    : undefined;
  const processors = createProcessors(config, metrics, judge);
  const analytics = await startAnalytics(config, store, metrics);
  const retentionNs = BigInt(config.store.ttlDays) * 86_400_000_000_000n;
  const expired = metrics.counter("llmscope_spans_older_than_retention_total", "Spans stored with a start time already past the TTL: ClickHouse expires them at once");
  const sink: TracesSink = {
    offer: (spans) => {
      const rows = enrich(spans, processors);
      const accepted = queue.offer(spans.length, rows);
      if (accepted) {
        countExpired(spans, retentionNs, expired);
        analytics.stats.observe(rows.find(([table]) => table === TABLES.llmSpans)![1] as LlmSpanRow[]);
      }
      return accepted;
    },
  };

  const app = express();
  app.disable("x-powered-by");
  app.use(limitUrlLength());
  app.use(createHealthRouter({ store, metrics, queue: { get size() { return queue.size; }, capacity: config.batch.capacitySpans }, spool }));
  app.use("/v1", requireToken(config.authToken));
  app.use(createOtlpTracesRouter({ limits: config.receiver, sink, metrics, retryAfterSeconds: config.batch.retryAfterSeconds, spanChecks: [{ code: "column_range", check: columnRangeFault }] }));
  app.use(createQueriesRouter(store));
  app.use(createFeedbackRouter({ store, metrics }));
  for (const router of analytics.routers) app.use(router);
  if (config.explorer.enabled) {
    app.use(createExplorerApiRouter({ store, access: new ExplorerAccess(config.authToken), grafanaUrl: config.explorer.grafanaUrl }));
    app.use(createExplorerPageRouter());
  }

  const server = await listen(app, config.host, config.port);
  answerParserErrors(server);
  const { port } = server.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    store,
    metrics,
    flush: () => queue.flush(),
    close: () =>
      (closing ??= (async () => {
        await stopServer(server);
        clearInterval(replayer.timer);
        await analytics.stop();
        await judge?.close();
        await withTimeout(queue.close(), config.shutdownTimeoutMs, () => writer.stop());
        writer.stop();
        await replayer.idle();
        await store.close();
      })()),
  };
}

function countExpired(spans: ValidSpan[], retentionNs: bigint, counter: Counter): void {
  const cutoff = BigInt(Date.now()) * 1_000_000n - retentionNs;
  let n = 0;
  for (const span of spans) if (span.startTimeUnixNano < cutoff) n++;
  if (n > 0) counter.inc(n);
}

function startReplayer(spool: DiskSpool, store: Store, intervalMs: number) {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running || spool.pending.files === 0) return;
    running = spool
      .replay(store)
      .catch((err: unknown) => console.error(`llmscope: spool replay failed: ${(err as Error).message}`))
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { timer, idle: async () => void (await running) };
}

function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once("listening", () => resolve(server));
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(err.code === "EADDRINUSE" ? new Error(`port ${port} on ${host} is already in use (set LLMSCOPE_PORT to another port)`) : err),
    );
  });
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([work, timeout]);
  clearTimeout(timer);
  await work;
}
