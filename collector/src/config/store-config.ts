import path from "node:path";
import type { StoreConfig } from "../store";
import type { Config } from "./schema";

/** The store settings of a collector config; chDB keeps its files in <dataDir>/clickhouse, beside the spool. */
export function storeConfigOf(config: Config): StoreConfig {
  return { ...config.store, dataDir: path.join(config.dataDir, "clickhouse") };
}
