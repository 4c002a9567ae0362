import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLECTOR_COMMANDS } from "../instrumentation/src/cli/collector-cli";
import { COMMAND_NAMES } from "@llmscope/collector/testing";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";
import { freePort } from "./support/free-port";
import { llmSpansJson } from "./support/otlp-json";

/**
 * The CLI says where its numbers come from, explains itself, reads the same default range as the
 * HTTP API, and prints small costs as what they are.
 */
const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector();
  // gpt-4o-mini: $0.15 / M input, $0.60 / M output → 10 in + 5 out = $0.0000045.
  const res = await fetch(`${collector.url}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: llmSpansJson("tiny-cost", 1, () => ({ input: 10, output: 5 })),
  });
  expect(res.status).toBe(200);
  await collector.flush();
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

describe("local store fallback", () => {
  it("refuses to invent an empty store, says where it reads from, and creates one only when asked", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "llmscope-cli-honest-"));
    const env = { LLMSCOPE_URL: `http://127.0.0.1:${await freePort()}`, LLMSCOPE_DATA_DIR: path.join(cwd, "data") };
    const store = path.join(cwd, "data", "clickhouse");

    const refused = await runNode([BIN, "query", "spend_by_model"], env, cwd, 60_000);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`no collector answered at ${env.LLMSCOPE_URL}`);
    expect(refused.stderr).toContain(`no store at ${store}`);
    expect(refused.stderr).toContain("--create-store");
    expect(existsSync(store)).toBe(false);
    expect((await runNode([BIN, "report"], env, cwd, 60_000)).code).toBe(2);
    expect((await runNode([BIN, "alerts", "check"], env, cwd, 60_000)).code).toBe(2);
    expect((await runNode([BIN, "traces"], env, cwd, 60_000)).code).toBe(2);
    expect((await runNode([BIN, "trace", "ffffffffffffffffffffffffffffffff"], env, cwd, 60_000)).code).toBe(2);
    expect(existsSync(store)).toBe(false);

    const created = await runNode([BIN, "query", "spend_by_model", "--create-store"], env, cwd, 60_000);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain(`reading the local store at ${store} (new, empty)`);
    expect(created.stdout.trim()).toBe("(no rows)");

    const again = await runNode([BIN, "query", "spend_by_model"], env, cwd, 60_000);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`reading the local store at ${store}\n`);
  }, 120_000);
});

describe("--help", () => {
  it("works on every command and lists a query's parameters", async () => {
    // The app-side `llmscope` command forwards the collector's commands by name: the two lists agree.
    expect([...COLLECTOR_COMMANDS].sort()).toEqual([...COMMAND_NAMES].sort());
    for (const command of COMMAND_NAMES) {
      const run = await runNode([BIN, command, "--help"], {}, REPO_ROOT);
      expect(run.code, `${command}: ${run.stderr}`).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`^llmscope ${command}`));
    }
    const query = await runNode([BIN, "query", "spend_by_key", "--help"], {}, REPO_ROOT);
    expect(query.code, query.stderr).toBe(0);
    expect(query.stdout).toMatch(/^llmscope query spend_by_key /);
    expect(query.stdout).toMatch(/--from\s+DateTime64\(3\)\s+default now-24h/);
    expect(query.stdout).toMatch(/--param dimension=\s+String\s+default user\s+the key: user \| prompt/);
    expect(query.stdout).toMatch(/Columns:\n\s+key\s+String/);
    const unknown = await runNode([BIN, "query", "nope", "--help"], {}, REPO_ROOT);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown query "nope"/);
  }, 60_000);
});

describe("same numbers everywhere", () => {
  it("the HTTP API defaults from/to to the CLI's range, and a query without from runs from the CLI", async () => {
    const api = (await (await fetch(`${collector.url}/v1/queries/spend_by_model?service=tiny-cost`)).json()) as { rows: Record<string, unknown>[] };
    const cli = await runNode(
      [BIN, "query", "spend_by_model", "--param", "service=tiny-cost", "--format", "json"],
      { LLMSCOPE_URL: collector.url },
      REPO_ROOT,
      60_000,
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(api.rows);
    expect(api.rows).toEqual([expect.objectContaining({ model: "gpt-4o-mini", calls: 1 })]);
    const burn = await runNode([BIN, "query", "budget_burn", "--param", "service=tiny-cost"], { LLMSCOPE_URL: collector.url }, REPO_ROOT, 60_000);
    expect(burn.code, burn.stderr).toBe(0);
  }, 60_000);

  it("prints a $0.0000045 spend as such in the report and the query table", async () => {
    const report = await runNode([BIN, "report", "--format", "table"], { LLMSCOPE_URL: collector.url }, REPO_ROOT, 60_000);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/Total: \$0\.00000450 over 1 calls \(0 unpriced\)/);
    expect(report.stdout).toMatch(/gpt-4o-mini\s+1\s+10\s+5\s+0\.00000450\s+0\s+0/);
    const table = await runNode([BIN, "query", "spend_total", "--param", "service=tiny-cost"], { LLMSCOPE_URL: collector.url }, REPO_ROOT, 60_000);
    expect(table.stdout).toMatch(/0\.00000450/);
  }, 60_000);

  it("prints a small alert value and threshold as such in `alerts check`", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-cli-honest-rules-"));
    const file = path.join(dir, "rules.yaml");
    writeFileSync(
      file,
      `rules:
  - name: tiny_spend
    query: spend_total
    params: { from: now-1h, to: now, service: tiny-cost }
    value: cost_usd
    condition: "> 0.000001"
`,
    );
    const run = await runNode([BIN, "alerts", "check", "--rules", file], { LLMSCOPE_URL: collector.url }, dir, 60_000);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/tiny_spend\s+firing\s+0\.00000450\s+> 0\.000001/);
  }, 60_000);
});
