import type { DashboardSpec } from "../spec";
import { UNIT } from "../units";

export const rag: DashboardSpec = {
  uid: "llmscope-rag",
  title: "LLM RAG",
  description: "Retrieval latency (also over time), documents returned, relevance scores, empty retrievals and groundedness of answers.",
  file: "llm-rag.json",
  tags: ["llmscope"],
  variables: ["service", "model", "prompt_name"],
  panels: [
    { kind: "query", title: "Retrievals by data source", description: "Retrievals, exact p50/p95 latency, documents, empty rate and mean score per data source.", viz: "table", query: "retrieval_stats", w: 24, h: 7 },
    { kind: "query", title: "Retrieval latency over time", description: "Exact p50 / p95 retrieval latency per bucket and data source.", viz: "timeseries", query: "retrieval_timeseries", fields: ["p50_ms", "p95_ms"], unit: UNIT.ms, w: 12, h: 8 },
    { kind: "query", title: "Empty retrievals over time", description: "Share of retrievals that returned no document, per bucket and data source.", viz: "timeseries", query: "retrieval_timeseries", fields: ["empty_rate"], unit: UNIT.ratio, w: 12, h: 8 },
    { kind: "query", title: "Retrieval latency p95", description: "95th percentile retrieval latency per data source.", viz: "bargauge", query: "retrieval_stats", fields: ["data_source", "p95_ms"], unit: UNIT.ms, w: 8, h: 7 },
    { kind: "query", title: "Documents returned", description: "Documents per retrieval, per data source.", viz: "bargauge", query: "retrieval_stats", fields: ["data_source", "avg_documents"], unit: UNIT.count, w: 8, h: 7 },
    { kind: "query", title: "Empty-retrieval rate", description: "Retrievals that returned no document.", viz: "bargauge", query: "retrieval_stats", fields: ["data_source", "empty_rate"], unit: UNIT.ratio, w: 8, h: 7 },
    { kind: "query", title: "Retrieval score distribution", description: "Mean relevance score of non-empty retrievals, in 0.1 buckets.", viz: "barchart", query: "retrieval_score_distribution", fields: ["bucket_low", "retrievals"], xField: "bucket_low", w: 12, h: 8 },
    { kind: "query", title: "Ungrounded answers", description: "Answers whose groundedness against the retrieved documents is below 0.25.", viz: "table", query: "ungrounded_rate", w: 12, h: 8 },
    { kind: "query", title: "Groundedness over time", description: "Mean groundedness score of answers.", viz: "timeseries", query: "quality_scores_timeseries", bind: { name: "groundedness" }, fields: ["avg_score"], unit: UNIT.ratio, w: 24, h: 8 },
  ],
};
