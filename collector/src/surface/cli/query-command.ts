import { bindParams, loadQuery, typeRows, withDefaultRange } from "@llmscope/queries";
import { keyValues, storeCommandArgs, UsageError } from "./args";
import { formatTable } from "./format-table";
import { openLocalStore } from "./local-store";

export const QUERY_USAGE = "llmscope query <name> [--from <time>] [--to <time>] [--param key=value ...] [--format table|json] [--create-store]";

/**
 * Runs a named query. While a collector is running it goes through its HTTP API (chDB allows one
 * process per data directory, and a server may be behind it); otherwise it opens the store itself,
 * saying so on stderr (see openLocalStore).
 */
export async function queryCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = storeCommandArgs(argv, {
    from: { type: "string" },
    to: { type: "string" },
    param: { type: "string", multiple: true },
  });
  const name = positionals[0];
  if (!name) throw new UsageError("which query? " + QUERY_USAGE);
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);

  const query = loadQuery(name);
  const given: Record<string, string> = { ...keyValues(values.param) };
  if (values.from !== undefined) given.from = values.from;
  if (values.to !== undefined) given.to = values.to;
  // from/to default like the HTTP API's (the last 24 hours), and only for queries that take them.
  const raw = withDefaultRange(query, given) as Record<string, string>;
  // Validate locally first so a typo is reported the same way on both paths.
  bindParams(query, raw);

  const collectorUrl = env.LLMSCOPE_URL ?? "http://127.0.0.1:4318";
  const rows = (await viaCollector(collectorUrl, name, raw, env.LLMSCOPE_AUTH_TOKEN)) ?? (await viaStore(name, raw, env, collectorUrl, values["create-store"]));
  const columns = query.columns.map((c) => c.name);
  out.write(values.format === "json" ? JSON.stringify(rows, null, 2) + "\n" : formatTable(columns, rows) + "\n");
}

async function viaCollector(
  baseUrl: string,
  name: string,
  raw: Record<string, string>,
  token: string | undefined,
): Promise<Record<string, unknown>[] | undefined> {
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

async function viaStore(
  name: string,
  raw: Record<string, string>,
  env: NodeJS.ProcessEnv,
  collectorUrl: string,
  create: boolean,
): Promise<Record<string, unknown>[]> {
  const query = loadQuery(name);
  const store = openLocalStore(env, collectorUrl, create);
  try {
    await store.migrate();
    return typeRows(query.columns, await store.query(query.sql, bindParams(query, raw)));
  } finally {
    await store.close();
  }
}
