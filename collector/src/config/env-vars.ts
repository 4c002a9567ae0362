/**
 * Every environment variable the collector reads, with the config-file key it sets. This table is
 * the config reference: docs/configuration.md is checked against it by a test, so the docs cannot
 * list an option the code no longer reads.
 */
export interface EnvVar {
  env: string;
  /** Dotted key in the config file (YAML or JSON). */
  key: string;
  description: string;
  default: string;
  secret?: boolean;
}

export const ENV_VARS: readonly EnvVar[] = [
  { env: "LLMSCOPE_CONFIG", key: "(none)", description: "Path of an optional YAML or JSON config file; environment variables override its values", default: "unset" },
  { env: "LLMSCOPE_HOST", key: "host", description: "Address the HTTP server binds (0.0.0.0 to accept other machines, as in docker-compose)", default: "127.0.0.1" },
  { env: "LLMSCOPE_PORT", key: "port", description: "OTLP/HTTP and API port", default: "4318" },
  { env: "LLMSCOPE_AUTH_TOKEN", key: "authToken", description: "When set, every /v1/* endpoint (ingest and queries) requires `Authorization: Bearer <token>`", default: "unset (open)", secret: true },
  { env: "LLMSCOPE_DATA_DIR", key: "dataDir", description: "Embedded store (chDB) data directory and disk spool location", default: "./data" },
  { env: "LLMSCOPE_CLICKHOUSE_URL", key: "store.clickhouseUrl", description: "ClickHouse server URL (http[s]://host:8123); when set, the server is used instead of the embedded chDB", default: "unset (embedded chDB)" },
  { env: "LLMSCOPE_CLICKHOUSE_USER", key: "store.username", description: "ClickHouse user", default: "default" },
  { env: "LLMSCOPE_CLICKHOUSE_PASSWORD", key: "store.password", description: "ClickHouse password", default: "empty", secret: true },
  { env: "LLMSCOPE_CLICKHOUSE_DATABASE", key: "store.database", description: "Database holding llmscope's tables (created on start)", default: "llmscope" },
  { env: "LLMSCOPE_CLICKHOUSE_CLUSTER", key: "store.cluster.name", description: "Cluster name: creates the schema ON CLUSTER with Replicated and Distributed tables", default: "unset (single node)" },
  { env: "LLMSCOPE_TTL_DAYS", key: "store.ttlDays", description: "Days spans are kept (TTL on every table)", default: "30" },
  { env: "LLMSCOPE_BATCH_MAX_SPANS", key: "batch.flushSpans", description: "A batch is written as soon as this many spans wait", default: "5000" },
  { env: "LLMSCOPE_BATCH_FLUSH_MS", key: "batch.flushIntervalMs", description: "...or this many milliseconds after the last write", default: "1000" },
  { env: "LLMSCOPE_QUEUE_CAPACITY", key: "batch.capacitySpans", description: "Spans held in memory before /v1/traces answers 503 with Retry-After", default: "100000" },
  { env: "LLMSCOPE_RETRY_AFTER_SECONDS", key: "batch.retryAfterSeconds", description: "Retry-After sent with 503 when the queue is full", default: "1" },
  { env: "LLMSCOPE_SPOOL_MAX_BYTES", key: "spool.maxBytes", description: "Disk spool size for rows the store could not take; when full, the queue fills and ingest answers 503", default: "1073741824 (1 GiB)" },
  { env: "LLMSCOPE_SPOOL_REPLAY_MS", key: "spool.replayIntervalMs", description: "How often spooled rows are re-inserted", default: "5000" },
  { env: "LLMSCOPE_MAX_BODY_BYTES", key: "receiver.maxBodyBytes", description: "Largest request body accepted (after gzip decompression); larger → 413", default: "16777216 (16 MiB)" },
  { env: "LLMSCOPE_MAX_ATTRIBUTES_PER_SPAN", key: "receiver.maxAttributesPerSpan", description: "A span with more attributes is rejected (partial success)", default: "256" },
  { env: "LLMSCOPE_MAX_ATTRIBUTE_VALUE_BYTES", key: "receiver.maxAttributeValueBytes", description: "A span with a longer attribute value is rejected (partial success)", default: "1048576 (1 MiB)" },
  { env: "LLMSCOPE_SHUTDOWN_TIMEOUT_MS", key: "shutdownTimeoutMs", description: "Longest a graceful shutdown waits for the queue to drain", default: "30000" },
];
