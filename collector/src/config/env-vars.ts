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
  {
    env: "LLMSCOPE_CONFIG",
    key: "(none)",
    description: "Path of an optional YAML or JSON config file; environment variables override its values",
    default: "unset",
  },
  {
    env: "LLMSCOPE_HOST",
    key: "host",
    description: "Address the HTTP server binds (0.0.0.0 to accept other machines, as in docker-compose)",
    default: "127.0.0.1",
  },
  { env: "LLMSCOPE_PORT", key: "port", description: "OTLP/HTTP and API port", default: "4318" },
  {
    env: "LLMSCOPE_AUTH_TOKEN",
    key: "authToken",
    description:
      "When set, every /v1/* endpoint (ingest and queries) and the explorer's /api/* require `Authorization: Bearer <token>` (the explorer page asks for it once and keeps an HttpOnly session cookie)",
    default: "unset (open)",
    secret: true,
  },
  {
    env: "LLMSCOPE_DATA_DIR",
    key: "dataDir",
    description: "Embedded store (chDB) data directory, write-ahead log (wal/) and disk spool (spool/) location",
    default: "./data",
  },
  {
    env: "LLMSCOPE_CLICKHOUSE_URL",
    key: "store.clickhouseUrl",
    description: "ClickHouse server URL (http[s]://host:8123); when set, the server is used instead of the embedded chDB",
    default: "unset (embedded chDB)",
  },
  { env: "LLMSCOPE_CLICKHOUSE_USER", key: "store.username", description: "ClickHouse user", default: "default" },
  { env: "LLMSCOPE_CLICKHOUSE_PASSWORD", key: "store.password", description: "ClickHouse password", default: "empty", secret: true },
  { env: "LLMSCOPE_CLICKHOUSE_DATABASE", key: "store.database", description: "Database holding llmscope's tables (created on start)", default: "llmscope" },
  {
    env: "LLMSCOPE_CLICKHOUSE_CLUSTER",
    key: "store.cluster.name",
    description: "Cluster name: creates the schema ON CLUSTER with Replicated and Distributed tables",
    default: "unset (single node)",
  },
  { env: "LLMSCOPE_TTL_DAYS", key: "store.ttlDays", description: "Days spans are kept (TTL on every table)", default: "30" },
  { env: "LLMSCOPE_BATCH_MAX_SPANS", key: "batch.flushSpans", description: "A batch is written as soon as this many spans wait", default: "5000" },
  { env: "LLMSCOPE_BATCH_FLUSH_MS", key: "batch.flushIntervalMs", description: "...or this many milliseconds after the last write", default: "1000" },
  {
    env: "LLMSCOPE_QUEUE_CAPACITY",
    key: "batch.capacitySpans",
    description:
      "Spans whose rows are held in memory; beyond it, wal mode logs requests to disk only (enriched when read back) and memory mode answers 503 with Retry-After",
    default: "100000",
  },
  {
    env: "LLMSCOPE_RETRY_AFTER_SECONDS",
    key: "batch.retryAfterSeconds",
    description: "Retry-After sent with 503 (write-ahead log at its disk budget, or memory queue full)",
    default: "1",
  },
  {
    env: "LLMSCOPE_SPOOL_MAX_BYTES",
    key: "spool.maxBytes",
    description:
      "Disk spool size for rows the store could not take; when full, the writer retries the store, requests wait in the write-ahead log (memory mode: in the queue) and ingest answers 503 once that is full",
    default: "1073741824 (1 GiB)",
  },
  { env: "LLMSCOPE_SPOOL_REPLAY_MS", key: "spool.replayIntervalMs", description: "How often spooled rows are re-inserted", default: "5000" },
  {
    env: "LLMSCOPE_DURABILITY",
    key: "durability",
    description:
      "wal: a 200 from /v1/traces means the request is fsynced to the write-ahead log (survives kill -9); memory: acknowledged from memory, lost on a crash, faster",
    default: "wal",
  },
  {
    env: "LLMSCOPE_WAL_MAX_BYTES",
    key: "wal.maxBytes",
    description: "Disk budget of the write-ahead log (requests not yet in the store); when it is spent, /v1/traces answers 503 with Retry-After",
    default: "1073741824 (1 GiB)",
  },
  {
    env: "LLMSCOPE_WAL_SEGMENT_BYTES",
    key: "wal.segmentBytes",
    description: "A log segment (the unit written to the store, then deleted) is sealed at this size at the latest",
    default: "8388608 (8 MiB)",
  },
  {
    env: "LLMSCOPE_DEDUP_WINDOW_SPANS",
    key: "dedup.windowSpans",
    description: "Recent (TraceId, SpanId) pairs remembered to drop spans an exporter sends again",
    default: "200000",
  },
  {
    env: "LLMSCOPE_MAX_BODY_BYTES",
    key: "receiver.maxBodyBytes",
    description: "Largest request body accepted (after gzip decompression); larger → 413",
    default: "16777216 (16 MiB)",
  },
  {
    env: "LLMSCOPE_MAX_ATTRIBUTES_PER_SPAN",
    key: "receiver.maxAttributesPerSpan",
    description: "A span with more attributes is rejected (partial success)",
    default: "256",
  },
  {
    env: "LLMSCOPE_MAX_ATTRIBUTE_VALUE_BYTES",
    key: "receiver.maxAttributeValueBytes",
    description: "A span with a longer attribute value is rejected (partial success)",
    default: "1048576 (1 MiB)",
  },
  {
    env: "LLMSCOPE_PII_POLICY",
    key: "pii.policy",
    description:
      "What happens to captured content with PII before it is written: flag (keep, record types), redact (replace with [EMAIL]-style tokens), drop (store no content)",
    default: "redact",
  },
  {
    env: "LLMSCOPE_INJECTION_THRESHOLD",
    key: "injection.threshold",
    description: "Prompt-injection score (0–1) above which a span is flagged",
    default: "0.5",
  },
  {
    env: "LLMSCOPE_INJECTION_MODEL",
    key: "injection.model",
    description: "Score with the shipped lexical model as well as the rules (false: rules alone; faster, lower recall: see docs/enrichment-accuracy.md)",
    default: "true",
  },
  {
    env: "LLMSCOPE_INJECTION_ONNX_DIR",
    key: "injection.onnx.dir",
    description:
      "Folder of a local prompt-injection classifier exported to ONNX (model.onnx, tokenizer.json, config.json); its score joins the built-in one (the higher counts). Needs the onnxruntime-node package: see docs/onnx-classifier.md",
    default: "unset (no model)",
  },
  {
    env: "LLMSCOPE_INJECTION_ONNX_LABEL",
    key: "injection.onnx.label",
    description: "Output label (config.json id2label name, or index) that means injection",
    default: "the label named INJECTION, JAILBREAK, MALICIOUS or UNSAFE",
  },
  {
    env: "LLMSCOPE_INJECTION_ONNX_THRESHOLD",
    key: "injection.onnx.threshold",
    description: "Model probability that counts as flagged (mapped onto injection.threshold)",
    default: "0.5",
  },
  {
    env: "LLMSCOPE_INJECTION_ONNX_MAX_TOKENS",
    key: "injection.onnx.maxTokens",
    description: "Tokens per model input; longer texts are cut into overlapping windows and the highest window score counts",
    default: "the model's own (tokenizer_config.json, else config.json, else 512)",
  },
  {
    env: "LLMSCOPE_INJECTION_ONNX_OVERLAP_TOKENS",
    key: "injection.onnx.overlapTokens",
    description: "Tokens shared by consecutive windows of a long text",
    default: "64",
  },
  { env: "LLMSCOPE_INJECTION_ONNX_BATCH_SIZE", key: "injection.onnx.batchSize", description: "Windows per model run", default: "8" },
  { env: "LLMSCOPE_INJECTION_ONNX_THREADS", key: "injection.onnx.threads", description: "onnxruntime threads for the model", default: "1" },
  {
    env: "LLMSCOPE_COST",
    key: "cost.enabled",
    description: "Price LLM calls from the bundled genai-prices table (false turns the cost enricher off)",
    default: "true",
  },
  {
    env: "LLMSCOPE_PRICES_FILE",
    key: "cost.pricesFile",
    description: "YAML price overrides for private, fine-tuned or negotiated models (see collector/prices.example.yaml)",
    default: "unset",
  },
  {
    env: "LLMSCOPE_QUALITY",
    key: "quality.enabled",
    description: "Heuristic quality scores (groundedness, relevance, refusal, JSON validity, completeness) on LLM spans with content",
    default: "true",
  },
  {
    env: "LLMSCOPE_JUDGE_URL",
    key: "judge.url",
    description: "OpenAI-compatible API base URL for the sampled LLM-as-judge (unset: no judge)",
    default: "unset",
  },
  { env: "LLMSCOPE_JUDGE_API_KEY", key: "judge.apiKey", description: "API key for the judge endpoint", default: "unset", secret: true },
  { env: "LLMSCOPE_JUDGE_MODEL", key: "judge.model", description: "Model the judge asks (required with LLMSCOPE_JUDGE_URL)", default: "unset" },
  { env: "LLMSCOPE_JUDGE_SAMPLE_RATE", key: "judge.sampleRate", description: "Share of LLM spans with content sent to the judge, 0–1", default: "0.05" },
  {
    env: "LLMSCOPE_STATS_MAX_SERIES",
    key: "stats.maxSeries",
    description: "Live t-digest series (service, model, operation, prompt version) held at once; more evict the least recent",
    default: "1000",
  },
  { env: "LLMSCOPE_DRIFT_ENABLED", key: "drift.enabled", description: "Periodic drift comparison of the current window against the baseline", default: "true" },
  { env: "LLMSCOPE_DRIFT_WINDOW_MINUTES", key: "drift.windowMinutes", description: "Current window length for drift, minutes (1–1440)", default: "60" },
  { env: "LLMSCOPE_DRIFT_BASELINE", key: "drift.baseline", description: "Baseline: previous_24h or same_hour_7d", default: "previous_24h" },
  { env: "LLMSCOPE_DRIFT_INTERVAL_MS", key: "drift.intervalMs", description: "How often drift is computed", default: "300000" },
  { env: "LLMSCOPE_DRIFT_PSI_WARN", key: "drift.psiWarn", description: "PSI at which a (KS-significant) numeric shift warns", default: "0.1" },
  { env: "LLMSCOPE_DRIFT_PSI_ALERT", key: "drift.psiAlert", description: "PSI at which it alerts", default: "0.25" },
  { env: "LLMSCOPE_ALERTS_ENABLED", key: "alerts.enabled", description: "Evaluate SQL alert rules in the collector", default: "true" },
  {
    env: "LLMSCOPE_ALERTS_FILE",
    key: "alerts.file",
    description: "User alert rules (YAML), merged by name over queries/alerts.default.yaml",
    default: "unset (defaults only)",
  },
  {
    env: "LLMSCOPE_EXPLORER",
    key: "explorer.enabled",
    description: "Serve the trace explorer (web UI at / and its JSON API under /api) on the collector's port",
    default: "true",
  },
  {
    env: "LLMSCOPE_GRAFANA_URL",
    key: "explorer.grafanaUrl",
    description: 'Grafana base URL; when set, the explorer links each trace to the llmscope overview dashboard there ("Open in Grafana")',
    default: "unset (no link)",
  },
  {
    env: "LLMSCOPE_SHUTDOWN_TIMEOUT_MS",
    key: "shutdownTimeoutMs",
    description:
      "Longest a graceful shutdown takes: open uploads are cut and the queue drains within it (with the write-ahead log, what is not written stays logged for the next start)",
    default: "30000",
  },
  { env: "LLMSCOPE_LOG_LEVEL", key: "log.level", description: "Least severe log line written to stderr: debug, info, warn or error", default: "info" },
  {
    env: "LLMSCOPE_LOG_FORMAT",
    key: "log.format",
    description:
      "text: `llmscope: <message>` lines for a terminal; json: one JSON object per line (time, level, component, msg) for container log collectors. Both mask URL passwords, bearer tokens and secret parameters",
    default: "text",
  },
];
