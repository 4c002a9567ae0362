/**
 * `npm run stack:check`: starts the docker-compose stack and checks, through the same doors a user
 * opens, that it works end to end: every service healthy, demo traces stored, Grafana showing one
 * llmscope folder with the dashboards and the alert rules in it, the datasource reaching ClickHouse,
 * a rollup panel and the recent-traces panel answering, and the trace view returning the spans of a
 * real TraceId. Prints PASS or FAIL per step; exits 1 when a step failed, 2 when Docker is missing.
 *
 * Options: --no-up (the stack is already running; skip `docker compose up`), --traces <n> (demo
 * traces to send, default 20). Addresses and the Grafana login come from the same variables
 * docker-compose.yml reads (GRAFANA_ADMIN_USER / GRAFANA_ADMIN_PASSWORD, LLMSCOPE_AUTH_TOKEN), plus
 * GRAFANA_URL, LLMSCOPE_URL and CLICKHOUSE_HTTP_URL for a stack on another host.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DASHBOARDS } from "../catalog";
import { DATASOURCE } from "../datasource";
import { FOLDER } from "../provisioning";
import { checkDocker } from "./docker";
import { ALL, dsQueryBody, frameRows } from "./ds-query";
import { GrafanaClient } from "./grafana-client";
import type { Json } from "./json";

const ROOT = path.resolve(__dirname, "../../..");
const HOUR = 3_600_000;
const TRACE_FIELDS = ["traceID", "spanID", "parentSpanID", "operationName", "serviceName", "serviceTags", "startTime", "duration"];

interface Step {
  name: string;
  run(): Promise<string>;
}

export interface StackCheckOptions {
  up: boolean;
  traces: number;
  env: NodeJS.ProcessEnv;
  out: NodeJS.WritableStream;
}

/** Runs the check; resolves to the process exit code. */
export async function stackCheck(opts: StackCheckOptions): Promise<number> {
  const { env, out } = opts;
  const docker = checkDocker(env);
  if (!docker.ok) {
    out.write(`stack:check: cannot run: ${docker.reason}\n`);
    return 2;
  }
  const grafanaUrl = env.GRAFANA_URL ?? "http://127.0.0.1:3000";
  const collectorUrl = env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";
  const clickhouseUrl = env.CLICKHOUSE_HTTP_URL ?? "http://127.0.0.1:8123";
  const grafana = new GrafanaClient(grafanaUrl, env.GRAFANA_ADMIN_USER ?? "admin", env.GRAFANA_ADMIN_PASSWORD ?? "admin");
  const dashboards = new Map(DASHBOARDS.map((d) => [d.uid, JSON.parse(readFileSync(path.join(ROOT, "dashboards/generated", d.file), "utf8")) as Json]));
  const overview = dashboards.get("llmscope-overview")!;
  const state: { folderUid?: string; traceId?: string } = {};
  const lastHour = () => ({ fromMs: Date.now() - HOUR, toMs: Date.now() });
  const ALL_VALUES = { service: ALL, model: ALL, prompt_name: ALL };

  const steps: Step[] = [
    {
      name: `docker compose up -d --build (Docker ${docker.engine})`,
      async run() {
        if (!opts.up) return "skipped (--no-up)";
        const r = spawnSync(docker.compose.command, [...docker.compose.args, "-f", path.join(ROOT, "docker-compose.yml"), "up", "-d", "--build"], {
          cwd: ROOT,
          env,
          stdio: ["ignore", "inherit", "inherit"],
        });
        if (r.status !== 0) throw new Error(`compose exited with ${r.status ?? r.signal}`);
        return "started";
      },
    },
    {
      name: "services healthy (ClickHouse /ping, collector /healthz, Grafana /api/health)",
      async run() {
        const targets = [`${clickhouseUrl}/ping`, `${collectorUrl}/healthz`, `${grafanaUrl}/api/health`];
        const waited = await Promise.all(targets.map((u) => waitFor(u, 300_000)));
        return targets.map((u, i) => `${new URL(u).host} in ${(waited[i]! / 1000).toFixed(0)} s`).join(", ");
      },
    },
    {
      name: "ClickHouse system logs carry the config.d TTLs",
      async run() {
        const sql = "SELECT name, engine_full FROM system.tables WHERE database = 'system' AND name LIKE '%\\_log' FORMAT JSON";
        const res = await fetch(`${clickhouseUrl}/?query=${encodeURIComponent(sql)}`, {
          headers: { "X-ClickHouse-User": env.CLICKHOUSE_USER ?? "llmscope", "X-ClickHouse-Key": env.CLICKHOUSE_PASSWORD ?? "llmscope" },
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
        const tables: { name: string; engine_full: string }[] = ((await res.json()) as Json).data;
        const configured = systemLogsWithTtl();
        const checked = tables.filter((t) => configured.has(t.name));
        const without = checked.filter((t) => !/\bTTL\b/.test(t.engine_full));
        if (without.length > 0) throw new Error(`no TTL on ${without.map((t) => t.name).join(", ")}`);
        return checked.length === 0 ? "no system log created yet" : `${checked.length} logs: ${checked.map((t) => t.name).join(", ")}`;
      },
    },
    {
      name: `demo traces sent to ${collectorUrl}`,
      async run() {
        const r = spawnSync(process.execPath, [path.join(ROOT, "collector/bin/llmscope.js"), "demo", "--traces", String(opts.traces)], {
          cwd: ROOT,
          env: { ...env, LLMSCOPE_URL: collectorUrl },
          encoding: "utf8",
        });
        if (r.status !== 0) throw new Error(`llmscope demo exited with ${r.status}: ${(r.stderr || r.stdout).trim().split("\n").pop()}`);
        return `${opts.traces} traces`;
      },
    },
    {
      name: `one "${FOLDER}" folder`,
      async run() {
        const folders: Json[] = await grafana.get("/api/folders?limit=1000");
        const ours = folders.filter((f) => f.title === FOLDER);
        if (ours.length !== 1) throw new Error(`${ours.length} folders titled "${FOLDER}" (${ours.map((f) => f.uid).join(", ")}): provisioning split them`);
        state.folderUid = ours[0].uid;
        return `uid ${state.folderUid}`;
      },
    },
    {
      name: "the provisioned dashboards are in it",
      async run() {
        const found: Json[] = await grafana.get("/api/search?type=dash-db&tag=llmscope&limit=100");
        const missing = [...dashboards.keys()].filter((uid) => !found.some((d) => d.uid === uid));
        if (missing.length > 0) throw new Error(`missing: ${missing.join(", ")}`);
        const elsewhere = found.filter((d) => dashboards.has(d.uid) && d.folderUid !== state.folderUid);
        if (elsewhere.length > 0) throw new Error(`outside the folder: ${elsewhere.map((d) => `${d.uid} (in ${d.folderUid ?? "General"})`).join(", ")}`);
        return `${dashboards.size} dashboards`;
      },
    },
    {
      name: "the provisioned alert rules are in it",
      async run() {
        const rules: Json[] = await grafana.get("/api/v1/provisioning/alert-rules");
        const ours = rules.filter((r) => String(r.uid).startsWith("llmscope-"));
        if (ours.length === 0) throw new Error("no llmscope alert rules");
        const elsewhere = ours.filter((r) => r.folderUID !== state.folderUid);
        if (elsewhere.length > 0) throw new Error(`in another folder: ${elsewhere.map((r) => `${r.title} (${r.folderUID})`).join(", ")}`);
        return `${ours.length} rules`;
      },
    },
    {
      name: "the datasource reaches ClickHouse",
      async run() {
        const health = await grafana.get(`/api/datasources/uid/${DATASOURCE.uid}/health`);
        if (health?.status !== "OK") throw new Error(JSON.stringify(health));
        return String(health.message ?? "OK");
      },
    },
    {
      name: 'panel "Requests/s" (rollup, 1m minimum interval) answers',
      async run() {
        const rows = await poll(
          async () => frameRows(await grafana.post("/api/ds/query", dsQueryBody(overview, "Requests/s", lastHour(), ALL_VALUES))),
          60_000,
        );
        const requests = rows.reduce((s, r) => s + Number(r.requests ?? 0), 0);
        return `${rows.length} buckets, ${requests} calls`;
      },
    },
    {
      name: 'panel "Recent traces" lists a TraceId',
      async run() {
        const rows = await poll(
          async () => frameRows(await grafana.post("/api/ds/query", dsQueryBody(overview, "Recent traces", lastHour(), ALL_VALUES))),
          60_000,
        );
        const id = rows.map((r) => String(r.TraceId ?? "")).find((t) => /^[0-9a-f]{32}$/.test(t));
        if (id === undefined) throw new Error(`no TraceId among ${rows.length} rows`);
        state.traceId = id;
        return id;
      },
    },
    {
      name: "the trace view returns that trace's spans",
      async run() {
        if (state.traceId === undefined) throw new Error("no TraceId from the previous step");
        const rows = frameRows(
          await grafana.post("/api/ds/query", dsQueryBody(overview, "Trace view", lastHour(), { ...ALL_VALUES, trace_id: state.traceId })),
        );
        if (rows.length === 0) throw new Error(`no spans for ${state.traceId}`);
        const missing = TRACE_FIELDS.filter((f) => !(f in rows[0]!));
        if (missing.length > 0) throw new Error(`frame lacks ${missing.join(", ")}`);
        const other = rows.find((r) => r.traceID !== state.traceId);
        if (other) throw new Error(`a span of another trace: ${String(other.traceID)}`);
        return `${rows.length} spans`;
      },
    },
  ];

  let failed = 0;
  for (const step of steps) {
    try {
      const detail = await step.run();
      out.write(`PASS  ${step.name}: ${detail}\n`);
    } catch (err) {
      failed++;
      out.write(`FAIL  ${step.name}: ${(err as Error).message}\n`);
      // Later steps need the stack up and the data in: stop at the first of those failing.
      if (steps.indexOf(step) < 2) break;
    }
  }
  out.write(failed === 0 ? "stack:check: all steps passed\n" : `stack:check: ${failed} step(s) failed\n`);
  return failed === 0 ? 0 : 1;
}

/** The system logs deploy/clickhouse/config.d/llmscope.xml gives a TTL (a <name_log> section). */
function systemLogsWithTtl(): Set<string> {
  const xml = readFileSync(path.join(ROOT, "deploy/clickhouse/config.d/llmscope.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  return new Set([...xml.matchAll(/<(\w+_log)>/g)].map((m) => m[1]!));
}

/** Polls a URL until it answers 2xx; resolves to the milliseconds waited. */
async function waitFor(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let last = "";
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return Date.now() - started;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`${url} not healthy after ${timeoutMs / 1000} s (${last})`);
}

/** Retries a query until it returns rows: the collector writes in batches, so fresh spans take a moment. */
async function poll<T>(query: () => Promise<T[]>, timeoutMs: number): Promise<T[]> {
  const started = Date.now();
  for (;;) {
    const rows = await query();
    if (rows.length > 0 || Date.now() - started > timeoutMs) {
      if (rows.length === 0) throw new Error(`no rows after ${timeoutMs / 1000} s`);
      return rows;
    }
    await new Promise((r) => setTimeout(r, 3000));
  }
}

function main(): void {
  const { values } = parseArgs({ options: { "no-up": { type: "boolean", default: false }, traces: { type: "string", default: "20" } }, strict: true });
  const traces = Number(values.traces);
  if (!Number.isInteger(traces) || traces <= 0) {
    process.stderr.write(`stack:check: --traces takes a positive integer, got "${values.traces}"\n`);
    process.exit(2);
  }
  stackCheck({ up: !values["no-up"], traces, env: process.env, out: process.stdout }).then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`stack:check: ${err.message}\n`);
      process.exit(1);
    },
  );
}

if (require.main === module) main();
