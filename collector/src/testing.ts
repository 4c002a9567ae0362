/**
 * @llmscope/collector/testing: the parts the repository's end-to-end tests and benchmarks drive
 * directly (one stage, the embedded store, a CLI command). No stability promise beyond this
 * repository.
 */
export { ChdbStore, type ChdbStoreOptions } from "./store/chdb-store";
export { loadMigrations, MIGRATIONS_DIR, renderStatements } from "./store/migrations";
export { TABLES } from "./store/rows";
export { MetricsRegistry } from "./telemetry/metrics";
export { encodeRecord } from "./ingest/wal/record";
export { toDateTime64 } from "./ingest/normalize/time";
export { expectedFileOf, GOLDEN_DIALECTS, normalizeGoldenFixture } from "./ingest/normalize/golden";
export { batchOf } from "./store/rows-by-table";
export { DiskSpool } from "./export/batcher/spool";
export { StoreWriter } from "./export/batcher/store-writer";
export { FeedbackResolver } from "./export/batcher/feedback-resolver";
export { EXPLORER_SQL_DIR, loadExplorerQuery, type ExplorerQuery } from "./surface/explorer/sql";
export { reportCommand, type Report } from "./surface/cli/report-command";
export { UsageError } from "./surface/cli/args";
export { COMMAND_NAMES } from "./surface/cli/main";
export { setLogSink } from "./telemetry/log";
export { seededRandom } from "./analytics/stats/accuracy";
export type { Processor } from "./enrich/processors/record";
