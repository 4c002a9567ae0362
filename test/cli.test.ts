import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode } from "./support/child";
import { REPO_ROOT } from "./support/collector";
import { freePort } from "./support/free-port";
import { llmSpansJson } from "./support/otlp-json";

const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");

describe("llmscope CLI", () => {
  it("start serves, SIGTERM writes everything queued, and query then reads the store directly", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-cli-"));
    const port = await freePort();
    const env = { LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_PORT: String(port), LLMSCOPE_URL: `http://127.0.0.1:${port}` };
    // No time- or size-based flush: only the shutdown drain can write these spans.
    const child = spawn(process.execPath, [BIN, "start"], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, LLMSCOPE_BATCH_FLUSH_MS: "3600000", LLMSCOPE_BATCH_MAX_SPANS: "1000000" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const tokens = (i: number) => ({ input: 100 + i, output: 10 + (i % 7) });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      for (let i = 0; i < 300 && !stdout.includes("listening on"); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stdout, stderr).toContain(`listening on http://127.0.0.1:${port}`);
      expect(stdout).toContain(dataDir);
      // The explorer's address is printed, and it serves the page there.
      expect(stdout).toContain(`traces:   http://127.0.0.1:${port}/ (trace explorer in your browser)`);
      expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get("content-type")).toMatch(/^text\/html/);

      const res = await fetch(`${env.LLMSCOPE_URL}/v1/traces`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: llmSpansJson("cli-svc", 30, tokens),
      });
      expect(res.status).toBe(200);
      const health = (await (await fetch(`${env.LLMSCOPE_URL}/healthz`)).json()) as { spans: { received: number; stored: number } };
      expect(health.spans).toMatchObject({ received: 30, stored: 0 });
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain("stopped");

    const query = await runNode([BIN, "query", "spend_by_model", "--format", "json", "--param", "service=cli-svc"], env, REPO_ROOT, 60_000);
    expect(query.code, query.stderr).toBe(0);
    const rows = JSON.parse(query.stdout) as {
      model: string;
      calls: number;
      input_tokens: number;
      output_tokens: number;
      cost_usd: number;
      unpriced_calls: number;
    }[];
    let input = 0;
    let output = 0;
    for (let i = 0; i < 30; i++) {
      input += tokens(i).input;
      output += tokens(i).output;
    }
    expect(rows).toEqual([expect.objectContaining({ model: "gpt-4o-mini", calls: 30, input_tokens: input, output_tokens: output, unpriced_calls: 0 })]);
    // gpt-4o-mini in the bundled genai-prices table: $0.15 per million input tokens, $0.60 per million output.
    expect(rows[0]!.cost_usd).toBeCloseTo((input * 0.15 + output * 0.6) / 1e6, 9);

    const table = await runNode([BIN, "query", "spend_by_model", "--param", "service=cli-svc"], env, REPO_ROOT, 60_000);
    expect(table.stdout).toMatch(/model\s+calls\s+input_tokens/);
    expect(table.stdout).toMatch(/gpt-4o-mini\s+30\s+/);
  }, 120_000);

  it("explains what is wrong with a bad command line or configuration", async () => {
    const cwd = REPO_ROOT;
    const unknown = await runNode([BIN, "query", "nope"], { LLMSCOPE_URL: "http://127.0.0.1:9" }, cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown query "nope" \(known: .*latency_percentiles/);

    const badParam = await runNode([BIN, "query", "latency_percentiles", "--from", "yesterday"], { LLMSCOPE_URL: "http://127.0.0.1:9" }, cwd);
    expect(badParam.code).toBe(2);
    expect(badParam.stderr).toMatch(/"from" must be a time/);

    const badPort = await runNode([BIN, "start"], { LLMSCOPE_PORT: "abc", LLMSCOPE_DATA_DIR: mkdtempSync(path.join(tmpdir(), "llmscope-cli-")) }, cwd);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/LLMSCOPE_PORT \(port\)/);

    const noCommand = await runNode([BIN, "frobnicate"], {}, cwd);
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toMatch(/unknown command "frobnicate"/);
  }, 60_000);
});
