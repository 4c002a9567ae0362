import { parseArgs } from "node:util";
import { bindParams, loadQuery, typeRows } from "@llmscope/queries";
import { loadConfig, storeConfigOf } from "../config";
import { createStore } from "../store";
import { keyValues, usage, UsageError } from "./args";
import { formatTable } from "./format-table";

export const QUERY_USAGE = "llmscope query <name> [--from <time>] [--to <time>] [--param key=value ...] [--format table|json]";

/**
 * Runs a named query. While a collector is running it goes through its HTTP API (chDB allows one
 * process per data directory, and a server may be behind it); otherwise it opens the store itself.
 */
export async function queryCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: "string", default: "now-24h" },
        to: { type: "string", default: "now" },
        param: { type: "string", multiple: true },
        format: { type: "string", default: "table" },
      },
    }),
  );
  const name = positionals[0];
  if (!name) throw new UsageError("which query? " + QUERY_USAGE);
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);

  const query = loadQuery(name);
  const raw = { from: values.from, to: values.to, ...keyValues(values.param) };
  // Validate locally first so a typo is reported the same way on both paths.
  bindParams(query, raw);

  const collectorUrl = env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";
  const rows = (await viaCollector(collectorUrl, name, raw, env.LLMSCOPE_AUTH_TOKEN)) ?? (await viaStore(name, raw, env));
  const columns = query.columns.map((c) => c.name);
  out.write(values.format === "json" ? JSON.stringify(rows, null, 2) + "\n" : formatTable(columns, rows) + "\n");
}

async function viaCollector(baseUrl: string, name: string, raw: Record<string, string>, token: string | undefined): Promise<Record<string, unknown>[] | undefined> {
  const url = new URL(`/v1/queries/${encodeURIComponent(name)}`, baseUrl);
  for (const [k, v] of Object.entries(raw)) url.searchParams.set(k, v);
  let res: Response;
  try {
    res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    if (isUnreachable(err)) return undefined;
    throw err;
  }
  const body = (await res.json().catch(() => ({}))) as { rows?: Record<string, unknown>[]; error?: string };
  if (!res.ok || !body.rows) throw new Error(`collector at ${baseUrl} answered ${res.status}: ${body.error ?? "no rows"}`);
  return body.rows;
}

function isUnreachable(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } }).cause?.code;
  return code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH";
}

async function viaStore(name: string, raw: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>[]> {
  const config = loadConfig(env);
  const query = loadQuery(name);
  const store = createStore(storeConfigOf(config));
  try {
    await store.migrate();
    return typeRows(query.columns, await store.query(query.sql, bindParams(query, raw)));
  } finally {
    await store.close();
  }
}
