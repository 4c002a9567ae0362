import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChdbStore } from "@llmscope/collector/testing";
import { parseXml, type XmlElement } from "./support/xml-elements";

/**
 * deploy/clickhouse/config.d/llmscope.xml against the rules ClickHouse applies to system logs when the
 * server starts (ClickHouse/ClickHouse src/Interpreters/SystemLog.cpp, createSystemLog, 25.8). chDB
 * never reads server config.d, so without these checks a config that stops the server passes every
 * other test. The image's default sections come from a fixture (test/fixtures/upstream/…) that names
 * its source.
 */
const ROOT = path.resolve(__dirname, "..");
const CONFIG_FILE = path.join(ROOT, "deploy/clickhouse/config.d/llmscope.xml");
const config = parseXml(readFileSync(CONFIG_FILE, "utf8"));
const defaults: { engineKeys: string[]; logs: Record<string, string[]> } = JSON.parse(
  readFileSync(path.join(ROOT, "test/fixtures/upstream/clickhouse-default-system-logs.json"), "utf8"),
);

/** Keys that, next to an engine element, make the server refuse to start (BAD_ARGUMENTS). */
const WITH_ENGINE_FORBIDDEN = ["partition_by", "ttl", "order_by", "storage_policy", "settings"];

/** Sections of our config.d that configure a system log (the image's defaults name them all). */
const ourLogs = config.children.filter((e) => e.name.endsWith("_log"));

/**
 * The engine-deciding keys of a log's section once config.d is merged over config.xml
 * (ClickHouse/ClickHouse src/Common/Config/ConfigProcessor.cpp mergeRecursive: elements of the same
 * name merge, an element with replace="replace" takes the place of the default one, remove="remove"
 * deletes it).
 */
function mergedKeys(section: XmlElement): Set<string> {
  const keys = new Set(section.attributes.replace !== undefined ? [] : (defaults.logs[section.name] ?? []));
  for (const child of section.children) {
    if (!defaults.engineKeys.includes(child.name)) continue;
    if (child.attributes.remove !== undefined) keys.delete(child.name);
    else keys.add(child.name);
  }
  return keys;
}

/** The engine clause createSystemLog builds for a section without an engine key. */
function engineWithoutEngineKey(section: XmlElement): string {
  const own = (name: string) => section.children.find((c) => c.name === name)?.text;
  const partitionBy = own("partition_by") ?? "toYYYYMM(event_date)";
  const ttl = own("ttl");
  const orderBy = own("order_by") ?? "event_date, event_time";
  return `ENGINE = MergeTree${partitionBy ? ` PARTITION BY (${partitionBy})` : ""}${ttl ? ` TTL ${ttl}` : ""} ORDER BY (${orderBy})`;
}

describe("deploy/clickhouse/config.d/llmscope.xml: system-log rules of ClickHouse 25.8", () => {
  it("parses, and configures system logs", () => {
    expect(config.name).toBe("clickhouse");
    expect(ourLogs.length).toBeGreaterThanOrEqual(10);
  });

  it("touches only logs the image's config.xml defines: a section present in the merged config turns its log on", () => {
    // createSystemLog: `if (!config.has(config_prefix))` the log is not created.
    for (const section of ourLogs) expect(Object.keys(defaults.logs), section.name).toContain(section.name);
  });

  it("no merged section has an engine next to partition_by, ttl, order_by, storage_policy or settings", () => {
    // createSystemLog: with `<engine>`, each of these throws BAD_ARGUMENTS and the server exits.
    for (const section of ourLogs) {
      const keys = mergedKeys(section);
      if (!keys.has("engine")) continue;
      const clash = WITH_ENGINE_FORBIDDEN.filter((k) => keys.has(k));
      expect(clash, `${section.name}: engine with ${clash.join(", ")}`).toEqual([]);
    }
  });

  it("the rule catches the mistake it exists for: a bare <ttl> on opentelemetry_span_log", () => {
    const broken = parseXml("<clickhouse><opentelemetry_span_log><ttl>finish_date + INTERVAL 7 DAY DELETE</ttl></opentelemetry_span_log></clickhouse>")
      .children[0]!;
    expect(mergedKeys(broken)).toEqual(new Set(["engine", "ttl"]));
    const replaced = parseXml(
      '<clickhouse><opentelemetry_span_log replace="replace"><ttl>finish_date + INTERVAL 7 DAY DELETE</ttl></opentelemetry_span_log></clickhouse>',
    ).children[0]!;
    expect(mergedKeys(replaced)).toEqual(new Set(["ttl"]));
  });

  it("every log is kept for a bounded time: a TTL key, or a TTL inside its engine", () => {
    for (const section of ourLogs) {
      const engine = section.children.find((c) => c.name === "engine")?.text;
      const ttl = section.children.find((c) => c.name === "ttl")?.text;
      expect(engine?.match(/\bTTL\b .*INTERVAL \d+ DAY/i)?.[0] ?? ttl, section.name).toMatch(/INTERVAL \d+ DAY/);
    }
  });

  it("keeps the memory cap", () => {
    expect(Number(config.children.find((c) => c.name === "max_server_memory_usage_to_ram_ratio")?.text)).toBeGreaterThan(0);
  });
});

describe("the engine each configured log gets is valid ClickHouse (created on chDB)", () => {
  const root = mkdtempSync(path.join(tmpdir(), "llmscope-chconfig-"));
  let store: ChdbStore;

  beforeAll(async () => {
    store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
    await store.migrate();
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("CREATE TABLE with each log's engine clause succeeds", async () => {
    for (const section of ourLogs) {
      const engine = section.children.find((c) => c.name === "engine")?.text ?? engineWithoutEngineKey(section);
      // The columns the engine expressions use: event_* for most logs, finish_* for the span log.
      const table = `syslog_${section.name}`;
      await store
        .exec(`CREATE TABLE ${table} (event_date Date, event_time DateTime, finish_date Date, finish_time_us UInt64) ${engine}`)
        .catch((err: Error) => {
          throw new Error(`${section.name}: ${engine}\n${err.message}`);
        });
      const created = await store.query<{ engine_full: string }>(
        `SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = '${table}'`,
      );
      expect(created[0]?.engine_full, section.name).toMatch(/TTL/);
    }
  });
});
