/** runDemoCommand output; in its own file because register() installs a global provider once per process. */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemoCommand } from "./index";

describe("runDemoCommand", () => {
  let collector: http.Server;
  let collectorUrl: string;
  let exports = 0;

  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        exports++;
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      collector.close(() => resolve());
      collector.closeAllConnections();
    });
  });

  it("runs the demo with a progress bar and prints a summary with the next step", async () => {
    let text = "";
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        text += chunk.toString();
        cb();
      },
    });
    const result = await runDemoCommand({ collectorUrl, traces: 20, latencyScale: 0.01, protocol: "http/json" }, out);

    expect(result.traces).toBe(20);
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(exports).toBeGreaterThan(0);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toContain(`sending 20 traces to ${collectorUrl}`);
    expect(lines.filter((l) => l.startsWith("["))).not.toHaveLength(0);
    expect(lines.filter((l) => l.startsWith("[")).length).toBeLessThanOrEqual(11);
    expect(text).toContain("[##############################] 20/20 100%");
    expect(text).toMatch(new RegExp(`Sent 20 traces in \\d+\\.\\ds: ${result.errors} ended in an error`));
    expect(lines.at(-1)).toBe("Next: npx llmscope query latency_percentiles");
  });
});
