import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNode } from "./support/child";
import { REPO_ROOT, startTestCollector } from "./support/collector";
import { freePort } from "./support/free-port";

/** `llmscope traces` and `llmscope trace <id>` through a running collector's API, and on the store directly. */
const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");
const TOKEN = "cli-trace-token";
const TRACE = "0af7651916cd43dd8448eb211c80319c";
let collector: Awaited<ReturnType<typeof startTestCollector>>;

/** POST /ask (300 ms) > render_prompt (2 ms), chat gpt-4o-mini (250 ms) > tool lookup (40 ms); chat fails. */
function nestedTrace(): string {
  const t0 = BigInt(Date.now() - 5_000) * 1_000_000n;
  const ms = (n: number) => BigInt(n) * 1_000_000n;
  const attr = (key: string, value: string | number) => ({ key, value: typeof value === "number" ? { intValue: String(value) } : { stringValue: value } });
  const span = (spanId: string, parentSpanId: string, name: string, start: number, end: number, attributes: object[] = [], status = 0) => ({
    traceId: TRACE,
    spanId,
    parentSpanId,
    name,
    kind: 1,
    startTimeUnixNano: String(t0 + ms(start)),
    endTimeUnixNano: String(t0 + ms(end)),
    attributes,
    status: { code: status },
  });
  const spans = [
    span("00f067aa0ba902b7", "", "POST /ask", 0, 300),
    span("00f067aa0ba902b8", "00f067aa0ba902b7", "render_prompt answer", 1, 3, [
      attr("gen_ai.prompt.name", "answer"),
      attr("gen_ai.prompt.version", "2"),
      attr("llmscope.span.type", "prompt"),
    ]),
    span(
      "00f067aa0ba902b9",
      "00f067aa0ba902b7",
      "chat gpt-4o-mini",
      10,
      260,
      [
        attr("gen_ai.operation.name", "chat"),
        attr("gen_ai.request.model", "gpt-4o-mini"),
        attr("gen_ai.usage.input_tokens", 1200),
        attr("gen_ai.usage.output_tokens", 80),
      ],
      2,
    ),
    span("00f067aa0ba902ba", "00f067aa0ba902b9", "tool lookup", 20, 60),
  ];
  return JSON.stringify({ resourceSpans: [{ resource: { attributes: [attr("service.name", "cli-app")] }, scopeSpans: [{ scope: { name: "test" }, spans }] }] });
}

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_AUTH_TOKEN: TOKEN });
  const res = await fetch(`${collector.url}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: nestedTrace(),
  });
  expect(res.status).toBe(200);
  await collector.flush();
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

describe("llmscope trace / traces", () => {
  it("through the collector's API: the list with filters and the span tree", async () => {
    const env = { LLMSCOPE_URL: collector.url, LLMSCOPE_AUTH_TOKEN: TOKEN };
    const list = await runNode([BIN, "traces", "--service", "cli-app", "--status", "Error"], env, REPO_ROOT, 60_000);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${TRACE}\\s+POST /ask\\s+300\\s+4\\s+1\\s+1280\\s+\\$\\d\\.\\d{6}\\s+error`));
    expect(list.stdout).toContain("1–1 of 1 traces");

    const none = await runNode([BIN, "traces", "--model", "gpt-5"], env, REPO_ROOT, 60_000);
    expect(none.stdout).toContain("(no rows)");
    expect(none.stdout).toContain("0–0 of 0 traces");

    const tree = await runNode([BIN, "trace", TRACE.toUpperCase()], env, REPO_ROOT, 60_000);
    expect(tree.code, tree.stderr).toBe(0);
    const lines = tree.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^trace ${TRACE} .* 300\\.0ms  4 spans  1 LLM calls  1280 tokens  \\$[\\d.]+$`));
    expect(lines.slice(2).map((l) => l.replace(/\s{2,}\+.*$/, ""))).toEqual([
      "POST /ask",
      "├─ render_prompt answer",
      "└─ chat gpt-4o-mini",
      "   └─ tool lookup",
    ]);
    expect(lines[4]).toMatch(/\+10\.0ms\s+250\.0ms\s+ERROR\s+gpt-4o-mini\s+1200→80 tok\s+\$[\d.]+/);
  });

  it("names a bad argument, and says when a trace is not there", async () => {
    const env = { LLMSCOPE_URL: collector.url, LLMSCOPE_AUTH_TOKEN: TOKEN };
    const bad = await runNode([BIN, "traces", "--sort", "price"], env, REPO_ROOT, 60_000);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sort: expected one of start, name, duration/);
    const badId = await runNode([BIN, "trace", "xyz"], env, REPO_ROOT, 60_000);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('traceId: expected 32 hex characters, got "xyz"');
    const missing = await runNode([BIN, "trace", "ffffffffffffffffffffffffffffffff"], env, REPO_ROOT, 60_000);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("trace ffffffffffffffffffffffffffffffff not found");
  });

  it("with no collector running, reads the store itself", async () => {
    await collector.close();
    const env = { LLMSCOPE_URL: `http://127.0.0.1:${await freePort()}`, LLMSCOPE_DATA_DIR: collector.dataDir };
    const tree = await runNode([BIN, "trace", TRACE, "--format", "json"], env, REPO_ROOT, 60_000);
    expect(tree.code, tree.stderr).toBe(0);
    const trace = JSON.parse(tree.stdout) as { spans: { name: string; depth: number }[]; duration_ms: number };
    expect(trace.spans.map((s) => [s.name, s.depth])).toEqual([
      ["POST /ask", 0],
      ["render_prompt answer", 1],
      ["chat gpt-4o-mini", 1],
      ["tool lookup", 2],
    ]);
    expect(trace.duration_ms).toBe(300);
  });
});
