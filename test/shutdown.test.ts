import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChdbStore } from "@llmscope/collector/testing";
import { numberedSpansJson, startChildCollector } from "./support/child-collector";
import { freePort } from "./support/free-port";

const DEADLINE_MS = 4000;

describe("SIGTERM", () => {
  it("exits within LLMSCOPE_SHUTDOWN_TIMEOUT_MS while an upload stalls, cutting it, with every acknowledged span stored", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-term-"));
    const port = await freePort();
    const collector = await startChildCollector(dataDir, port, {
      LLMSCOPE_SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
      LLMSCOPE_BATCH_FLUSH_MS: "3600000",
      LLMSCOPE_BATCH_MAX_SPANS: "1000000",
    });

    const acknowledged = numberedSpansJson("term", 1, 30);
    const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: acknowledged.body });
    expect(res.status).toBe(200);

    // An upload that declares 1 MB, sends 20 bytes and then nothing more.
    const stalled = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => stalled.once("connect", () => resolve()));
    let answer = "";
    stalled.on("data", (d: Buffer) => (answer += d.toString()));
    const cut = new Promise<void>((resolve) => stalled.once("close", () => resolve()));
    stalled.write(`POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{"resourceSpans": [`);
    await new Promise((r) => setTimeout(r, 300));

    const signalled = Date.now();
    collector.child.kill("SIGTERM");
    const { code } = await collector.exited;
    const took = Date.now() - signalled;
    expect(code, collector.output()).toBe(0);
    expect(took, collector.output()).toBeLessThan(DEADLINE_MS);
    await cut;
    expect(answer).not.toMatch(/^HTTP\/1\.1 200/);

    const store = new ChdbStore({ dataDir: path.join(dataDir, "clickhouse"), database: "llmscope", ttlDays: 30 });
    try {
      const [row] = await store.query<{ n: string }>("SELECT count() AS n FROM otel_traces WHERE ServiceName = 'term'");
      expect(Number(row!.n)).toBe(30);
    } finally {
      await store.close();
    }
  }, 60_000);
});
