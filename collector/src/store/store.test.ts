import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChdbStore } from "./chdb-store";
import { dedupSettings } from "./store";

/**
 * The insert settings behind exactly-once writes, and what they rely on in ClickHouse (upstream
 * source):
 * - a token deduplicates on plain MergeTree only with non_replicated_deduplication_window set (its
 *   default is 0), on ReplicatedMergeTree within replicated_deduplication_window (1000 blocks) and
 *   replicated_deduplication_window_seconds (a week): src/Storages/MergeTree/MergeTreeSettings.cpp;
 * - an insert into a Distributed table forwards its settings, the token with them, to the shard: a
 *   background send stores them in each queued file's header and sends them with it
 *   (src/Storages/Distributed/DistributedAsyncInsertHeader.cpp, insert_settings), and a synchronous
 *   insert runs on the shard with the query's settings
 *   (tests/queries/0_stateless/00563_insert_into_remote_and_zookeeper_long.sql);
 * - background sends with distributed_background_insert_batch merge queued files whose settings are
 *   equal into one block (src/Storages/Distributed/DistributedAsyncInsertDirectoryQueue.cpp,
 *   BatchHeader::operator==), so two copies under one token could reach the shard as one block:
 *   toShardsNow sends them one insert at a time instead.
 */
describe("dedupSettings", () => {
  it("sends nothing without a token", () => {
    expect(dedupSettings(undefined)).toBeUndefined();
    expect(dedupSettings({ toShardsNow: true })).toBeUndefined();
  });

  it("sends the token, for the table and the materialized views it feeds", () => {
    expect(dedupSettings({ dedupToken: "t-1" })).toEqual({ insert_deduplication_token: "t-1", deduplicate_blocks_in_dependent_materialized_views: 1 });
  });

  it("with toShardsNow, asks a Distributed table for a synchronous insert", () => {
    expect(dedupSettings({ dedupToken: "t-1", toShardsNow: true })).toMatchObject({ insert_deduplication_token: "t-1", insert_distributed_sync: 1 });
  });

  it("the embedded ClickHouse knows the setting by that name, and takes it on a single node", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "llmscope-store-settings-"));
    const store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 7 });
    try {
      expect(await store.query("SELECT alias_for FROM system.settings WHERE name = 'insert_distributed_sync'")).toEqual([
        { alias_for: "distributed_foreground_insert" },
      ]);
      await store.exec("CREATE TABLE t (id UInt32) ENGINE = MergeTree ORDER BY id SETTINGS non_replicated_deduplication_window = 10");
      for (const id of [1, 2, 1]) await store.insert("t", [{ id }], { dedupToken: `row-${id}`, toShardsNow: true });
      expect(await store.query("SELECT id FROM t ORDER BY id")).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      await store.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
