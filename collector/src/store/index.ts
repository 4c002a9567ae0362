/**
 * Store factory and its configuration. Without `clickhouseUrl` the store is chDB in-process
 * (persisted to `dataDir`); with it, a ClickHouse server (or cluster when `cluster` is set).
 */

import { z } from "zod";
import { ChdbStore } from "./chdb-store";
import { ClickHouseStore } from "./clickhouse-store";
import type { Store } from "./store";

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*)");

export const StoreConfigSchema = z
  .object({
    /** ClickHouse HTTP(S) URL, e.g. http://localhost:8123. Absent → chDB in-process. */
    clickhouseUrl: z.url({ protocol: /^https?$/ }).optional(),
    username: z.string().default("default"),
    password: z.string().default(""),
    database: identifier.default("llmscope"),
    /** chDB data directory (used only without clickhouseUrl). */
    dataDir: z.string().min(1).default("./data"),
    /** Retention in days, substituted for {{ttl_days}} in the migrations. */
    ttlDays: z.number().int().min(1).max(36_500).default(30),
    /** Generate the cluster schema (Replicated* + Distributed, ON CLUSTER). Server only. */
    cluster: z.object({ name: identifier }).optional(),
  })
  .refine((c) => !c.cluster || c.clickhouseUrl, {
    message: "cluster needs clickhouseUrl (chDB is a single in-process node)",
    path: ["cluster"],
  });

export type StoreConfig = z.input<typeof StoreConfigSchema>;

export function createStore(config: StoreConfig): Store {
  const c = StoreConfigSchema.parse(config);
  if (c.clickhouseUrl) {
    return new ClickHouseStore({
      url: c.clickhouseUrl,
      username: c.username,
      password: c.password,
      database: c.database,
      ttlDays: c.ttlDays,
      cluster: c.cluster,
    });
  }
  return new ChdbStore({ dataDir: c.dataDir, database: c.database, ttlDays: c.ttlDays });
}

export { StoreError } from "./store";
export type { Store, QueryParams, MigrationReport } from "./store";
export type { ClusterConfig } from "./cluster";
