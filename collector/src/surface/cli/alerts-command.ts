import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AlertEvaluator, type RuleStatus } from "../../analytics/alerts/evaluator";
import { AlertRuleError, loadRules, toGrafanaProvisioning } from "@llmscope/queries/alerts";
import { MetricsRegistry } from "../../telemetry/metrics";
import { storeCommandArgs, UsageError } from "./args";
import { formatTable } from "./format-table";
import { openLocalStore } from "./local-store";

export const ALERTS_USAGE =
  "llmscope alerts check [--rule <name>] [--rules <file>] [--format table|json] [--create-store]\n" +
  "  llmscope alerts export --grafana [--out <file>] [--webhook-url <url>] [--rules <file>]";

/**
 * `alerts check` evaluates the rules once (nothing recorded, nothing sent) and prints each rule's
 * instances: through a running collector's API when one answers (chDB allows one process per data
 * directory; `--rules FILE` is then sent along, so FILE's rules are the ones evaluated), else
 * against the store directly. Exits non-zero naming every rule whose SQL failed. `alerts export --grafana` writes the same rules as
 * Grafana alert-rule provisioning YAML. Rules: the shipped defaults merged with --rules, or
 * LLMSCOPE_ALERTS_FILE.
 */
export async function alertsCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = storeCommandArgs(argv, {
    rule: { type: "string" },
    rules: { type: "string" },
    grafana: { type: "boolean", default: false },
    out: { type: "string" },
    "webhook-url": { type: "string" },
  });
  const sub = positionals[0];
  const rulesFile = values.rules ?? env.LLMSCOPE_ALERTS_FILE;
  if (sub === "check") {
    if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);
    const rules = loadRules(rulesFile);
    if (values.rule !== undefined && !rules.some((r) => r.name === values.rule)) {
      throw new UsageError(`unknown rule "${values.rule}" (known: ${rules.map((r) => r.name).join(", ")})`);
    }
    // An explicit --rules file is sent to a running collector, which evaluates that file's rules
    // (not its own) against its store.
    const statuses = (await viaCollector(env, values.rule, values.rules)) ?? (await viaStore(env, rulesFile, values.rule, values["create-store"]));
    out.write(values.format === "json" ? JSON.stringify(statuses, null, 2) + "\n" : formatTable(COLUMNS, toRows(statuses)) + "\n");
    const failed = statuses.filter((s) => s.health === "error");
    if (failed.length > 0) {
      throw new Error(
        `${failed.length} rule${failed.length > 1 ? "s" : ""} failed to evaluate:\n${failed.map((s) => `  ${s.name}: ${s.lastError ?? "error"}`).join("\n")}`,
      );
    }
    return;
  }
  if (sub === "export") {
    if (!values.grafana) throw new UsageError("export needs --grafana (the only export format)");
    const rules = loadRules(rulesFile);
    const webhookUrl = values["webhook-url"] ?? rules.flatMap((r) => r.targets).find((t) => t.type === "webhook")?.url;
    if (!webhookUrl) throw new UsageError("--webhook-url is needed for the contact point (no webhook target in the rules)");
    const yaml = toGrafanaProvisioning(rules, { webhookUrl });
    if (values.out) writeFileSync(values.out, yaml);
    else out.write(yaml);
    return;
  }
  throw new UsageError(`which subcommand? ${ALERTS_USAGE}`);
}

const COLUMNS = ["rule", "state", "value", "condition", "labels", "health"];

function toRows(statuses: readonly RuleStatus[]): Record<string, unknown>[] {
  return statuses.flatMap((s): Record<string, unknown>[] => {
    const base = { rule: s.name, condition: s.condition, health: s.health === "error" ? `error: ${s.lastError}` : s.health };
    if (s.instances.length === 0) return [{ ...base, state: "inactive", value: null, labels: "" }];
    return s.instances.map((i) => ({
      ...base,
      state: i.state,
      value: i.value,
      labels: Object.entries(i.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(","),
    }));
  });
}

async function viaCollector(env: NodeJS.ProcessEnv, rule: string | undefined, rulesFile: string | undefined): Promise<RuleStatus[] | undefined> {
  const url = new URL("/v1/alerts/check", env.LLMSCOPE_URL ?? "http://127.0.0.1:4318");
  if (rule !== undefined && rulesFile === undefined) url.searchParams.set("rule", rule);
  const token = env.LLMSCOPE_AUTH_TOKEN;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const init: RequestInit =
    rulesFile === undefined
      ? { headers }
      : {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ rules: readFileSync(rulesFile, "utf8"), name: path.basename(rulesFile), ...(rule !== undefined && { rule }) }),
        };
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH") return undefined;
    throw err;
  }
  const body = (await res.json().catch(() => ({}))) as { rules?: RuleStatus[]; error?: string };
  if (!res.ok || !body.rules) throw new Error(`collector at ${url.origin} answered ${res.status}: ${body.error ?? "no rules"}`);
  return body.rules;
}

async function viaStore(env: NodeJS.ProcessEnv, rulesFile: string | undefined, rule: string | undefined, create: boolean): Promise<RuleStatus[]> {
  const store = openLocalStore(env, env.LLMSCOPE_URL ?? "http://127.0.0.1:4318", create);
  try {
    await store.migrate();
    const evaluator = new AlertEvaluator(loadRules(rulesFile), { store, metrics: new MetricsRegistry(), record: false });
    return await evaluator.evaluate(rule);
  } catch (err) {
    if (err instanceof AlertRuleError) throw new UsageError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
