import { parseArgs } from "node:util";
import { firstIssue, listTraces, loadTrace, TraceIdParam, TraceListParams, type TraceListPage, type TraceView } from "../explorer";
import type { Store } from "../../store";
import { commandOptions, usage, UsageError } from "./args";
import { formatTable } from "./format-table";
import { openLocalStore } from "./local-store";
import { formatTraceTree } from "./trace-tree";

export const TRACES_USAGE =
  "llmscope traces [--from <time>] [--to <time>] [--service s] [--model m] [--prompt-name p] [--prompt-version v] [--user u] [--session s] [--status Ok|Error] [--pii] [--injection] [--blocked] [--min-duration-ms n] [--min-cost-usd n] [--sort start|name|duration|spans|llm_calls|tokens|cost|flags] [--asc] [--limit n] [--offset n] [--format table|json] [--create-store]";
export const TRACE_USAGE = "llmscope trace <traceId> [--format tree|json] [--create-store]";

const FILTER_OPTIONS = [
  "service",
  "model",
  "prompt-name",
  "prompt-version",
  "user",
  "session",
  "status",
  "min-duration-ms",
  "min-cost-usd",
  "sort",
  "limit",
  "offset",
] as const;

/** `llmscope traces`: the explorer's list in the terminal, with the same filters as the web UI and /api/traces. */
export async function tracesCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const values = commandOptions(argv, {
    from: { type: "string", default: "now-1h" },
    to: { type: "string", default: "now" },
    ...Object.fromEntries(FILTER_OPTIONS.map((o) => [o, { type: "string" as const }])),
    pii: { type: "boolean" },
    injection: { type: "boolean" },
    blocked: { type: "boolean" },
    asc: { type: "boolean" },
    format: { type: "string", default: "table" },
    "create-store": { type: "boolean", default: false },
  });
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${String(values.format)}"`);
  const raw: Record<string, string> = { from: String(values.from), to: String(values.to), limit: "20" };
  for (const option of FILTER_OPTIONS) {
    const v = (values as Record<string, unknown>)[option];
    if (typeof v === "string") raw[option.replaceAll("-", "_")] = v;
  }
  if (values.pii) raw.has_pii = "1";
  if (values.injection) raw.has_injection = "1";
  if (values.blocked) raw.has_block = "1";
  raw.order = values.asc ? "asc" : "desc";
  const parsed = TraceListParams.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--${firstIssue(parsed.error).replace(/^(\w+)/, (n) => n.replaceAll("_", "-"))}`);

  const page =
    (await viaCollector<TraceListPage>(env, `/api/traces?${new URLSearchParams(raw).toString()}`)) ??
    (await withStore(env, values["create-store"], (store) => listTraces(store, parsed.data)));
  if (values.format === "json") return void out.write(JSON.stringify(page, null, 2) + "\n");
  const rows = page.traces.map((t) => ({
    start: new Date(t.start_us / 1000).toISOString(),
    trace_id: t.TraceId,
    root_span: t.root_span,
    duration_ms: Number(t.duration_ms.toFixed(1)),
    spans: t.spans,
    llm_calls: t.llm_calls,
    tokens: t.tokens,
    cost_usd: `$${t.cost_usd.toFixed(6)}`,
    flags: t.flags.join(","),
  }));
  out.write(formatTable(["start", "trace_id", "root_span", "duration_ms", "spans", "llm_calls", "tokens", "cost_usd", "flags"], rows) + "\n");
  out.write(`${page.traces.length === 0 ? 0 : page.offset + 1}–${page.offset + page.traces.length} of ${page.total} traces\n`);
}

/** `llmscope trace <id>`: one trace's span tree with durations, model, tokens, cost and flags. */
export async function traceCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: "string", default: "tree" }, "create-store": { type: "boolean", default: false } },
    }),
  );
  if (values.format !== "tree" && values.format !== "json") throw new UsageError(`--format must be tree or json, got "${values.format}"`);
  if (positionals.length !== 1) throw new UsageError(`which trace? ${TRACE_USAGE}`);
  const id = TraceIdParam.safeParse(positionals[0]);
  if (!id.success) throw new UsageError(`traceId: expected 32 hex characters, got "${positionals[0]}"`);

  const fromCollector = await viaCollector<TraceView | null>(env, `/api/traces/${id.data}`, true);
  const trace = fromCollector === undefined ? await withStore(env, values["create-store"], (store) => loadTrace(store, id.data)) : fromCollector;
  if (!trace) throw new Error(`trace ${id.data} not found (spans are kept for the configured TTL; check the collector URL LLMSCOPE_URL)`);
  out.write(values.format === "json" ? JSON.stringify(trace, null, 2) + "\n" : formatTraceTree(trace));
}

/**
 * Through a running collector's API when one answers (chDB allows one process per data directory);
 * undefined when none does, so the caller opens the store itself. A 404 is null when `notFoundIsNull`.
 */
async function viaCollector<T>(env: NodeJS.ProcessEnv, path: string, notFoundIsNull = false): Promise<T | undefined> {
  const base = collectorUrlOf(env);
  let res: Response;
  try {
    res = await fetch(new URL(path, base), {
      headers: env.LLMSCOPE_AUTH_TOKEN ? { authorization: `Bearer ${env.LLMSCOPE_AUTH_TOKEN}` } : {},
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH") return undefined;
    throw err;
  }
  if (notFoundIsNull && res.status === 404) return null as T;
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(`collector at ${base} answered ${res.status}: ${body.error ?? "no body"}`);
  return body as T;
}

function collectorUrlOf(env: NodeJS.ProcessEnv): string {
  return env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";
}

/** The local store when no collector answers: said on stderr, and never created empty unless --create-store is given. */
async function withStore<T>(env: NodeJS.ProcessEnv, create: boolean, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openLocalStore(env, collectorUrlOf(env), create);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}
