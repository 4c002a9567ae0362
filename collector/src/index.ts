/**
 * @llmscope/collector as a library: start the collector in your own process, read its settings the
 * way the CLI does, or open its store. The `llmscope` CLI (bin/llmscope.js) is the usual way in.
 */
export { startCollector, type CollectorExtensions, type RunningCollector } from "./pipeline";
export { ConfigError, ConfigSchema, ENV_VARS, loadConfig, type Config } from "./config";
export { createStore, StoreError, type MigrationReport, type QueryParams, type Store, type StoreConfig } from "./store";
export type { DateTime64String, LlmScoreRow, LlmSpanRow, LlmSpanType, OtelTraceRow } from "./store/rows";
export { main } from "./surface/cli/main";
