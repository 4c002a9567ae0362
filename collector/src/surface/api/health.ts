import { Router } from "express";
import type { Store } from "../../store/store";
import type { MetricsRegistry } from "../../telemetry/metrics";

export interface HealthSources {
  store: Store;
  metrics: MetricsRegistry;
  queue: { size: number; capacity: number };
  spool: { pending: { files: number; bytes: number } };
}

/**
 * GET /healthz: 200 while the store answers, 503 otherwise (ingest still works then: rows go to the
 * disk spool). The body carries the span counters so "where did my spans go" has one answer.
 * GET /metrics: the same counters in Prometheus text. Neither exposes span data, so neither needs the token.
 */
export function createHealthRouter(sources: HealthSources): Router {
  const router = Router();
  const { store, metrics } = sources;

  router.get("/healthz", async (_req, res) => {
    const storeUp = await store.ping().catch(() => false);
    const count = (name: string) => metrics.total(name);
    res.status(storeUp ? 200 : 503).json({
      status: storeUp ? "ok" : "degraded",
      store: { kind: store.kind, location: store.location, up: storeUp },
      queue: { spans: sources.queue.size, capacity: sources.queue.capacity },
      spool: sources.spool.pending,
      wal: { bytes: count("llmscope_wal_bytes"), segments: count("llmscope_wal_segments"), replayedSpans: count("llmscope_wal_spans_replayed_total") },
      spans: {
        received: count("llmscope_receiver_spans_received_total"),
        rejected: count("llmscope_receiver_spans_rejected_total"),
        refused: count("llmscope_receiver_spans_refused_total"),
        stored: count("llmscope_spans_stored_total"),
        duplicates: count("llmscope_spans_duplicate_total"),
        olderThanRetention: count("llmscope_spans_older_than_retention_total"),
      },
      rows: {
        spooled: count("llmscope_spool_rows_written_total"),
        replayed: count("llmscope_spool_rows_replayed_total"),
        deadLettered: count("llmscope_rows_dead_lettered_total"),
        dropped: count("llmscope_rows_dropped_total"),
      },
    });
  });

  router.get("/metrics", (_req, res) => {
    res.type("text/plain; version=0.0.4").send(metrics.render());
  });

  return router;
}
