import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./index";

describe("loadConfig", () => {
  it("has sane defaults with nothing set", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: "127.0.0.1",
      port: 4318,
      dataDir: "./data",
      store: { database: "llmscope", ttlDays: 30 },
      batch: { flushSpans: 20000, flushIntervalMs: 1000 },
    });
    expect(c.store.clickhouseUrl).toBeUndefined();
    expect(c.authToken).toBeUndefined();
  });

  it("reads environment variables into typed values", () => {
    const c = loadConfig({
      LLMSCOPE_PORT: "9999",
      LLMSCOPE_CLICKHOUSE_URL: "http://ch:8123",
      LLMSCOPE_CLICKHOUSE_CLUSTER: "main",
      LLMSCOPE_QUEUE_CAPACITY: "42",
    });
    expect(c.port).toBe(9999);
    expect(c.store.clickhouseUrl).toBe("http://ch:8123");
    expect(c.store.cluster).toEqual({ name: "main" });
    expect(c.batch.capacitySpans).toBe(42);
  });

  it("names the environment variable that is wrong and what was expected", () => {
    expect(() => loadConfig({ LLMSCOPE_PORT: "abc" })).toThrow(ConfigError);
    expect(() => loadConfig({ LLMSCOPE_PORT: "70000" })).toThrow(/LLMSCOPE_PORT \(port\): .*65535/);
    expect(() => loadConfig({ LLMSCOPE_CLICKHOUSE_URL: "ftp://x" })).toThrow(/LLMSCOPE_CLICKHOUSE_URL/);
    expect(() => loadConfig({ LLMSCOPE_CLICKHOUSE_DATABASE: "a;drop" })).toThrow(/LLMSCOPE_CLICKHOUSE_DATABASE .*identifier/);
  });

  it("refuses a cluster without a server", () => {
    expect(() => loadConfig({ LLMSCOPE_CLICKHOUSE_CLUSTER: "main" })).toThrow(/LLMSCOPE_CLICKHOUSE_CLUSTER .*needs a ClickHouse server URL/);
  });

  it("layers env over a YAML file and reports unknown file keys", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-config-"));
    const file = path.join(dir, "llmscope.yaml");
    writeFileSync(file, "port: 5000\nbatch:\n  flushSpans: 10\nstore:\n  ttlDays: 7\n");
    const c = loadConfig({ LLMSCOPE_CONFIG: file, LLMSCOPE_PORT: "6000" });
    expect(c.port).toBe(6000);
    expect(c.batch.flushSpans).toBe(10);
    expect(c.store.ttlDays).toBe(7);

    writeFileSync(file, "batch:\n  flushSpan: 10\n");
    expect(() => loadConfig({ LLMSCOPE_CONFIG: file })).toThrow(/batch.*unknown setting.*flushSpan/);
    expect(() => loadConfig({ LLMSCOPE_CONFIG: path.join(dir, "missing.yaml") })).toThrow(/cannot read .*missing.yaml: ENOENT/);
  });

  it("never echoes a secret in an error", () => {
    const secret = "s3cret-Value-that-must-not-leak";
    let message = "";
    try {
      loadConfig({ LLMSCOPE_CLICKHOUSE_URL: `http://user:${secret}@`, LLMSCOPE_CLICKHOUSE_PASSWORD: secret });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/LLMSCOPE_CLICKHOUSE_URL/);
    expect(message).not.toContain(secret);
  });
});
