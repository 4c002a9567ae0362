import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import type { Store } from "../../store";
import { commandOptions, UsageError } from "./args";
import { formatUsd } from "./format-number";
import { formatTable } from "./format-table";
import { openLocalStore } from "./local-store";

export const REPORT_USAGE =
  "llmscope report [--from <time>] [--to <time>] [--budget <usd>] [--month-start <time>] [--top <n>] [--format table|json] [--create-store]";

type Rows = Record<string, unknown>[];
type RunQuery = (name: string, params: Record<string, string>) => Promise<Rows>;

/** The report's sections, each the answer of one named query from the SQL library. */
export interface Report {
  from: string;
  to: string;
  byModel: Rows;
  total: Record<string, unknown>;
  budget: Record<string, unknown>;
  topUsers: Rows;
  latency: Rows;
}

/**
 * Prints the cost report (per model: calls, tokens, cost; total; month-end projection; top users;
 * budget status) and the latency table, composed from spend_by_model, spend_total, budget_burn,
 * spend_by_user and latency_percentiles. Like `llmscope query`, it asks a running collector's API
 * first and opens the store itself when none answers.
 */
export async function reportCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const values = commandOptions(argv, {
    from: { type: "string", default: "now-24h" },
    to: { type: "string", default: "now" },
    budget: { type: "string", default: "0" },
    "month-start": { type: "string" },
    top: { type: "string", default: "5" },
    format: { type: "string", default: "table" },
    "create-store": { type: "boolean", default: false },
  });
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);
  if (!/^\d+(\.\d+)?$/.test(values.budget)) throw new UsageError(`--budget must be an amount in USD such as 500 or 99.5, got "${values.budget}"`);
  if (!/^[1-9]\d{0,3}$/.test(values.top)) throw new UsageError(`--top must be a whole number from 1 to 9999, got "${values.top}"`);

  const range = { from: values.from, to: values.to };
  const budgetParams: Record<string, string> = { to: values.to, budget_usd: values.budget };
  if (values["month-start"]) budgetParams.month_start = values["month-start"];
  const plan: [string, Record<string, string>][] = [
    ["spend_by_model", range],
    ["spend_total", range],
    ["budget_burn", budgetParams],
    ["spend_by_user", { ...range, limit: values.top }],
    ["latency_percentiles", range],
  ];
  // Check every parameter before touching the network or the store, so a typo fails fast.
  for (const [name, params] of plan) bindParams(loadQuery(name), params);

  const report = await withRunner(env, values["create-store"], async (run) => {
    const [byModel, total, budget, topUsers, latency] = await Promise.all(plan.map(([name, params]) => run(name, params)));
    return { from: values.from, to: values.to, byModel: byModel!, total: total![0] ?? {}, budget: budget![0] ?? {}, topUsers: topUsers!, latency: latency! };
  });
  out.write(values.format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatReport(report) + "\n");
}

const usd = formatUsd;
const pct = (v: unknown): string => (typeof v === "number" && Number.isFinite(v) ? `${v.toFixed(1)} %` : "n/a");

/** "3 unpriced, not in the total: 2 with unknown tokens, 1 without a price". */
function unpricedNote(t: Record<string, unknown>): string {
  const unpriced = Number(t.unpriced_calls ?? 0);
  const unknown = Number(t.tokens_unknown_calls ?? 0);
  if (unpriced === 0) return "0 unpriced";
  const reasons = [unknown > 0 && `${unknown} with unknown tokens`, unpriced - unknown > 0 && `${unpriced - unknown} without a price`].filter(Boolean);
  return `${unpriced} unpriced, not in the total: ${reasons.join(", ")}`;
}

function formatReport(r: Report): string {
  const t = r.total;
  const b = r.budget;
  const budgetLine =
    b.status === "no_budget" || b.status === undefined
      ? "Budget: none set (--budget <usd>)"
      : `Budget: ${usd(b.budget_usd)} — ${String(b.status).toUpperCase()}: ${pct(b.spent_pct)} spent, ${pct(b.projected_pct)} projected`;
  return [
    `Cost report ${r.from} → ${r.to}`,
    "",
    formatTable(["model", "calls", "input_tokens", "output_tokens", "cost_usd", "unpriced_calls", "tokens_unknown_calls"], r.byModel),
    "",
    `Total: ${usd(t.cost_usd)} over ${String(t.calls ?? 0)} calls (${unpricedNote(t)}) · ${usd(t.cost_per_request)} per request · ${usd(t.cost_per_user)} per user (${String(t.users ?? 0)} users)`,
    `Month from ${String(b.month_start ?? "?")}: ${usd(b.spend_usd)} so far, ${usd(b.daily_rate_usd)}/day, projected ${usd(b.projected_usd)} at month end`,
    budgetLine,
    "",
    "Top users",
    formatTable(["user", "calls", "cost_usd", "cost_per_request"], r.topUsers),
    "",
    "Latency (ms)",
    formatTable(["model", "operation", "calls", "p50_ms", "p95_ms", "p99_ms"], r.latency),
  ].join("\n");
}

/** Runs queries through a running collector, or (none answering) through one store opened for the whole report. */
async function withRunner<T>(env: NodeJS.ProcessEnv, create: boolean, body: (run: RunQuery) => Promise<T>): Promise<T> {
  const baseUrl = env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";
  const token = env.LLMSCOPE_AUTH_TOKEN;
  if (await collectorAnswers(baseUrl, token)) return body((name, params) => viaCollector(baseUrl, token, name, params));
  const store: Store = openLocalStore(env, baseUrl, create);
  try {
    await store.migrate();
    return await body(async (name, params) => {
      const query = loadQuery(name);
      return typeRows(query.columns, await store.query(query.sql, bindParams(query, params)));
    });
  } finally {
    await store.close();
  }
}

async function collectorAnswers(baseUrl: string, token: string | undefined): Promise<boolean> {
  try {
    await fetch(new URL("/v1/queries", baseUrl), { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(5_000) });
    return true;
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH") return false;
    throw err;
  }
}

async function viaCollector(baseUrl: string, token: string | undefined, name: string, params: Record<string, string>): Promise<Rows> {
  const url = new URL(`/v1/queries/${encodeURIComponent(name)}`, baseUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(30_000) });
  const body = (await res.json().catch(() => ({}))) as { rows?: Rows; error?: string };
  if (!res.ok || !body.rows) throw new Error(`collector at ${baseUrl} answered ${res.status} to ${name}: ${body.error ?? "no rows"}`);
  return body.rows;
}
