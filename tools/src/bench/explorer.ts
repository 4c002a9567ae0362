import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { listTraces, loadTrace, TraceListParams } from "@llmscope/collector/internal/surface/explorer/index";
import { runExplorerQuery } from "@llmscope/collector/internal/surface/explorer/sql";
import { startCollector, type RunningCollector } from "@llmscope/collector/internal/pipeline";
import { CHROMIUM, headlessChromiumOptions } from "./headless-chromium";

const FILL_DIR = path.resolve(__dirname, "../../sql/bench");

export interface Timing {
  label: string;
  medianMs: number;
  minMs: number;
  detail: string;
}

async function time(label: string, runs: number, work: () => Promise<string>): Promise<Timing> {
  const samples: number[] = [];
  let detail = "";
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    detail = await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { label, medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, detail };
}

/**
 * The explorer's list and overview over `spans` synthetic spans (five per trace, over 24 hours),
 * generated inside chDB; then one 1,000-span trace rendered by the web UI in headless Chromium.
 */
export async function benchExplorer(spans: number, runs = 5): Promise<{ load: Timing; queries: Timing[]; render: Timing[] | string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-explorer-"));
  const collector = await startCollector(
    loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_DRIFT_ENABLED: "false", LLMSCOPE_ALERTS_ENABLED: "false" }),
  );
  try {
    const traces = Math.round(spans / 5);
    const load = await time("load", 1, async () => {
      for (const file of ["fill_otel_traces.sql", "fill_llm_spans.sql"])
        await collector.store.exec(readFileSync(path.join(FILL_DIR, file), "utf8"), { traces });
      return `${traces * 5} spans in otel_traces and llm_spans`;
    });
    const list = (params: Record<string, string>) => async () => {
      const page = await listTraces(collector.store, TraceListParams.parse(params));
      return `${page.traces.length} of ${page.total} traces`;
    };
    const queries = [
      await time("list, last hour, newest first", runs, list({ from: "now-1h" })),
      await time("list, 24 h, newest first", runs, list({ from: "now-25h" })),
      await time("list, 24 h, longest first", runs, list({ from: "now-25h", sort: "duration" })),
      await time("list, 24 h, model + PII filter", runs, list({ from: "now-25h", model: "gpt-4o-mini", has_pii: "1" })),
      await time("overview, 24 h (exact p50/p95/p99)", runs, async () => {
        const rows = await runExplorerQuery(collector.store, "traces_overview", { from: "now-25h", to: "now", bucket_seconds: "1800" });
        return `${rows.length - 1} buckets`;
      }),
      await time("one trace (5 spans) by id", runs, async () => `${(await loadTrace(collector.store, firstTraceId()))?.spans.length ?? 0} spans`),
    ];
    return { load, queries, render: await benchRender(collector, runs) };
  } finally {
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The trace id fill_otel_traces.sql gives trace 0. */
function firstTraceId(): string {
  return createHash("md5").update("0").digest("hex");
}

/** A 1,000-span trace: a root, 20 LLM calls, each with 49 tool spans under it. */
function bigTrace(traceId: string): string {
  const t0 = BigInt(Date.now() - 60_000) * 1_000_000n;
  const attr = (key: string, value: string | number) => ({ key, value: typeof value === "number" ? { intValue: String(value) } : { stringValue: value } });
  const id = (n: number) => n.toString(16).padStart(16, "0");
  const spans = [
    {
      traceId,
      spanId: id(1),
      parentSpanId: "",
      name: "agent run",
      kind: 1,
      startTimeUnixNano: String(t0),
      endTimeUnixNano: String(t0 + 30_000_000_000n),
      attributes: [] as object[],
    },
  ];
  for (let c = 0; c < 20; c++) {
    const start = t0 + BigInt(c) * 1_500_000_000n;
    const callId = id(2 + c * 50);
    spans.push({
      traceId,
      spanId: callId,
      parentSpanId: id(1),
      name: "chat gpt-4o",
      kind: 3,
      startTimeUnixNano: String(start),
      endTimeUnixNano: String(start + 1_400_000_000n),
      attributes: [
        attr("gen_ai.operation.name", "chat"),
        attr("gen_ai.request.model", "gpt-4o"),
        attr("gen_ai.usage.input_tokens", 900),
        attr("gen_ai.usage.output_tokens", 120),
      ],
    });
    for (let k = 1; k < 50; k++) {
      const s = start + BigInt(k) * 25_000_000n;
      spans.push({
        traceId,
        spanId: id(2 + c * 50 + k),
        parentSpanId: callId,
        name: `tool step ${k}`,
        kind: 1,
        startTimeUnixNano: String(s),
        endTimeUnixNano: String(s + 20_000_000n),
        attributes: [],
      });
    }
  }
  return JSON.stringify({
    resourceSpans: [
      { resource: { attributes: [attr("service.name", "bench-agent")] }, scopeSpans: [{ scope: { name: "bench" }, spans: spans.slice(0, 1000) }] },
    ],
  });
}

async function benchRender(collector: RunningCollector, runs: number): Promise<Timing[] | string> {
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    return "skipped: playwright-core is not installed (a devDependency of the repository)";
  }
  const traceId = "be0c0000000000000000000000001000";
  const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: bigTrace(traceId) });
  if (!res.ok) return `skipped: the collector refused the trace (${res.status})`;
  await collector.flush();
  const profile = mkdtempSync(path.join(tmpdir(), "llmscope-bench-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, headlessChromiumOptions());
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    return `skipped: cannot start ${CHROMIUM} (${(err as Error).message.split("\n")[0]})`;
  }
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${collector.url}/#/traces`);
    await page.waitForSelector("body[data-state=ready]");
    const api = await time("API: GET /api/traces/:id (1,000 spans)", runs, async () => {
      const body = (await (await fetch(`${collector.url}/api/traces/${traceId}`)).json()) as { spans: unknown[] };
      return `${body.spans.length} spans`;
    });
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      await page.evaluate("document.body.dataset.state = 'navigating'");
      await page.evaluate(`location.hash = '#/traces?run=${i}'`);
      await page.waitForSelector("body[data-state=ready] #traces");
      await page.evaluate("document.body.dataset.state = 'navigating'");
      const start = process.hrtime.bigint();
      await page.evaluate(`location.hash = '#/trace/${traceId}'`);
      await page.waitForSelector("body[data-state=ready] #waterfall");
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      rows = await page.locator("#waterfall .wf-row").count();
    }
    samples.sort((a, b) => a - b);
    const open: Timing = {
      label: "page: open the trace until rendered (fetch + DOM)",
      medianMs: samples[Math.floor(runs / 2)]!,
      minMs: samples[0]!,
      detail: `${rows} waterfall rows`,
    };
    return [api, open];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
