import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express from "express";
import { requireToken } from "./surface/api/auth";
import { createHealthRouter } from "./surface/api/health";
import { answerParserErrors, limitUrlLength } from "./surface/api/http-limits";
import { createQueriesRouter } from "./surface/api/queries";
import { BatchQueue } from "./export/batcher/queue";
import { LogQueue } from "./export/batcher/log-queue";
import { RecentSpans } from "./export/batcher/recent-spans";
import { claimLoggedSpans, rowsOfLoggedRequests } from "./export/batcher/logged-requests";
import { batchOf } from "./store/rows-by-table";
import { DiskSpool } from "./export/batcher/spool";
import { StoreWriter } from "./export/batcher/store-writer";
import { Packer, packedRows, type PackedBatch } from "./export/batcher/packed-batch";
import { FeedbackResolver } from "./export/batcher/feedback-resolver";
import { recentStoredSpans, withoutStoredRows } from "./export/batcher/stored-rows";
import { storeConfigOf, type Config } from "./config";
import { startAnalytics } from "./analytics";
import { createFeedbackRouter } from "./surface/api/feedback";
import { createExplorerApiRouter, createExplorerPageRouter, ExplorerAccess } from "./surface/explorer";
import { JudgeWorker } from "./enrich/judge";
import { COLUMN_FIT_CHECKS } from "./ingest/normalize/column-fit";
import { createProcessors } from "./processor-chain";
import { stageFaults } from "./enrich/processors/faults";
import { enrich } from "./enrich/processors/run";
import { TABLES, type LlmScoreRow } from "./store/rows";
import type { ValidSpan } from "./ingest/receiver/model";
import { createOtlpTracesRouter, type TracesSink } from "./ingest/receiver/http";
import type { Processor } from "./enrich/processors/record";
import { WriteAheadLog } from "./ingest/wal/log";
import { createStore } from "./store";
import type { Store } from "./store/store";
import { MetricsRegistry, type Counter } from "./telemetry/metrics";
import { configureLogging, logger } from "./telemetry/log";

const logs = logger("pipeline");

/** Feedback is resolved for a day after it is stored, and at least every 10 s (spool replays store spans without a write of ours). */
const FEEDBACK_RESOLUTION = { maxAgeHours: 24, intervalMs: 10_000 };

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

export interface CollectorExtensions {
  /** Processors of your own, run after the built-in ones (so they see redacted content), each isolated like those. */
  processors?: readonly Processor[];
}

/**
 * Assembles the pipeline from config, in the order data flows:
 * receiver → write-ahead log (durability "wal") → normalize + enrich → queue → store writer
 * (→ disk spool when the store is down) → store.
 */
export async function startCollector(config: Config, extensions: CollectorExtensions = {}): Promise<RunningCollector> {
  configureLogging(config.log);
  const metrics = new MetricsRegistry();
  const store = createStore(storeConfigOf(config));
  await store.migrate();

  const spool = new DiskSpool(path.join(config.dataDir, "spool"), config.spool.maxBytes, metrics);
  await spool.open();
  const writer = new StoreWriter(store, spool, metrics);
  const replayer = startReplayer(spool, store, config.spool.replayIntervalMs);
  const resolver = new FeedbackResolver(store, metrics, { ...FEEDBACK_RESOLUTION, cluster: config.store.cluster?.name });
  resolver.start();
  // Stored LLM calls may be what earlier feedback rates.
  const write = async (batch: PackedBatch, batchId: string) => {
    await writer.writePacked(batch, batchId);
    if (packedRows(batch[TABLES.llmSpans]) > 0) resolver.callsStored();
  };
  const packer = new Packer(store.blocks);

  // Judge scores come from no request, so they skip the log: they are written as their own batch.
  let writeScores: (rows: LlmScoreRow[]) => void = () => undefined;
  const judge = config.judge ? new JudgeWorker({ config: config.judge, metrics, onScores: (rows) => writeScores(rows) }) : undefined;
  const processors = [...createProcessors(config, metrics, judge), ...(extensions.processors ?? [])];
  const faults = stageFaults(metrics);
  // Requests read back after a restart may have been judged before it: they skip the judge.
  const replayProcessors = processors.filter((p) => p.name !== "judge");
  const analytics = await startAnalytics(config, store, metrics);
  const retentionNs = BigInt(config.store.ttlDays) * 86_400_000_000_000n;
  const expired = metrics.counter(
    "llmscope_spans_older_than_retention_total",
    "Spans stored with a start time already past the TTL: ClickHouse expires them at once",
  );
  const duplicates = metrics.counter("llmscope_spans_duplicate_total", "Spans dropped because a recent request already delivered the same (TraceId, SpanId)");
  const recent = new RecentSpans(config.dedup.windowSpans);

  /** Dedup, enrichment and the live statistics for one request's spans. */
  const rowsOf = (spans: ValidSpan[], origin: string, using: readonly Processor[] = processors) => {
    const { kept, duplicates: n } = recent.keepFirst(spans, origin);
    if (n > 0) duplicates.inc(n);
    const rows = enrich(kept, using, faults);
    countExpired(kept, retentionNs, expired);
    analytics.stats.observe(rows[TABLES.llmSpans]);
    return rows;
  };

  // After logged requests claimed their spans (below), the newest stored spans are remembered too.
  const seedRecent = async () => {
    try {
      recent.seed(await recentStoredSpans(store, Math.floor(config.dedup.windowSpans / 2)));
    } catch (err) {
      logs.warn(`could not read recent span ids from the store (a re-sent request may be stored twice): ${(err as Error).message}`);
    }
  };

  let queue: { size: number; flush(): Promise<void>; close(ms: number): Promise<void> };
  let sink: TracesSink;
  if (config.durability === "wal") {
    const { log, leftover } = await WriteAheadLog.open(path.join(config.dataDir, "wal"), config.wal.maxBytes, metrics);
    await claimLoggedSpans(log, leftover, config.receiver, recent, Math.floor(config.dedup.windowSpans / 2));
    await seedRecent();
    const logQueue = new LogQueue(
      log,
      { ...config.batch, segmentBytes: config.wal.segmentBytes },
      {
        rowsOf,
        rowsOfRecords: (records, segment, earlierRun) =>
          rowsOfLoggedRequests(
            records,
            segment,
            config.receiver,
            (spans, origin) => rowsOf(spans, origin, earlierRun ? replayProcessors : processors),
            metrics,
          ),
        write,
        abandon: () => writer.stop(true),
        withoutStored: async (batch) => {
          const { batch: rest, skipped } = await withoutStoredRows(store, batch);
          if (skipped > 0)
            metrics
              .counter(
                "llmscope_wal_rows_already_stored_total",
                "Rows of segments replayed after a restart that the store already had (dropped, not stored twice)",
              )
              .inc(skipped);
          return rest;
        },
      },
      metrics,
      leftover,
      packer,
    );
    logQueue.start();
    writeScores = (rows) => void writer.write(batchOf({ [TABLES.scores]: rows }), `judge-${randomUUID()}`);
    queue = logQueue;
    sink = {
      hasRoom: (bytes) => logQueue.hasRoom(bytes),
      offer: (spans, request) => {
        const durable = logQueue.offer(request, spans);
        return durable ? durable.then(() => true) : false;
      },
    };
  } else {
    await seedRecent();
    const memoryQueue = new BatchQueue(config.batch, (batch) => write(batch, `mem-${randomUUID()}`), metrics, packer);
    memoryQueue.start();
    writeScores = (rows) => {
      if (!memoryQueue.offer(0, batchOf({ [TABLES.scores]: rows })))
        metrics.counter("llmscope_judge_scores_dropped_total", "Judge scores refused by a full queue").inc(rows.length);
    };
    let requestSeq = 0;
    queue = {
      get size() {
        return memoryQueue.size;
      },
      flush: () => memoryQueue.flush(),
      close: (ms) => withTimeout(memoryQueue.close(), ms, () => writer.stop()),
    };
    sink = {
      hasRoom: () => memoryQueue.hasRoom(1),
      offer: (spans) => {
        if (!memoryQueue.hasRoom(spans.length)) return false;
        return memoryQueue.offer(spans.length, rowsOf(spans, `m${requestSeq++}`));
      },
    };
  }

  const app = express();
  app.disable("x-powered-by");
  app.use(limitUrlLength());
  app.use(
    createHealthRouter({
      store,
      metrics,
      queue: {
        get size() {
          return queue.size;
        },
        capacity: config.batch.capacitySpans,
      },
      spool,
    }),
  );
  app.use("/v1", requireToken(config.authToken));
  app.use(createOtlpTracesRouter({ limits: config.receiver, sink, metrics, retryAfterSeconds: config.batch.retryAfterSeconds, spanChecks: COLUMN_FIT_CHECKS }));
  app.use(createQueriesRouter(store));
  app.use(createFeedbackRouter({ store, metrics, onUnresolved: () => resolver.request() }));
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
    flush: async () => {
      await queue.flush();
      await resolver.idle();
    },
    close: () =>
      (closing ??= (async () => {
        // The whole shutdown fits in shutdownTimeoutMs: uploads still open at a quarter of it are
        // cut (never acknowledged, so the exporter sends them again), the queue drains until
        // three quarters, and the rest is for closing the store.
        const deadline = Date.now() + config.shutdownTimeoutMs;
        await stopServer(server, config.shutdownTimeoutMs / 4);
        clearInterval(replayer.timer);
        await analytics.stop();
        await judge?.close();
        await queue.close(Math.max(0, deadline - config.shutdownTimeoutMs / 4 - Date.now()));
        await resolver.stop();
        writer.stop(config.durability === "wal");
        await withTimeout(replayer.idle(), Math.max(0, deadline - Date.now() - 1000), () => undefined);
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
      .catch((err: unknown) => logs.error(`spool replay failed: ${(err as Error).message}`))
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

/** Stops accepting; requests still open after `graceMs` are cut (their clients get no answer and retry). */
function stopServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
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
