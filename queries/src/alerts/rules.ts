import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { LlmscopeError } from "@llmscope/semconv";
import { bindParams } from "../bind";
import { loadQuery } from "../library";
import type { NamedQuery } from "../parse";

/** The rules the collector ships; a user file is merged over them by rule name. */
export const DEFAULT_RULES_FILE = path.resolve(__dirname, "../../alerts.default.yaml");

/** A rule file, or a rule in it, that cannot be used; the message names the file and the rule. */
export class AlertRuleError extends LlmscopeError {
  constructor(message: string) {
    super("config", message);
  }
}

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "5m", "1h", "0s" → milliseconds. */
export function parseDuration(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration (expected e.g. 30s, 5m, 1h)`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

const Duration = z.string().refine((s) => DURATION.test(s.trim()), { message: "a duration such as 30s, 5m, 1h" });
const StringMap = z.record(z.string(), z.string());

const TargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("log") }).strict(),
  z
    .object({
      type: z.literal("webhook"),
      url: z.url({ protocol: /^https?$/ }),
      headers: StringMap.optional(),
      /** Attempts per notification, first included. */
      maxAttempts: z.number().int().min(1).max(20).optional(),
      /** First retry delay; doubles each retry (capped at 60 s). */
      backoff: Duration.optional(),
      timeout: Duration.optional(),
    })
    .strict(),
]);

/**
 * The per-key spend limit form: one alert instance per key (user, prompt, service, model or tag
 * value) whose spend over a rolling window ending now is over the limit; each key fires and
 * resolves on its own. Compiled to the named query spend_by_key.
 */
const SpendPerKeySchema = z
  .object({
    per: z.enum(["user", "prompt", "service", "model", "tag"]),
    /** With per: tag, the tag's name (llmscope.tag.<name>). */
    tag: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "a tag name (letters, digits, _ . : -)")
      .optional(),
    window: Duration,
    limitUsd: z.number().nonnegative(),
    service: z.string().optional(),
    model: z.string().optional(),
    prompt_name: z.string().optional(),
  })
  .strict();

const RuleSchema = z
  .object({
    name: z.string().regex(NAME, "a rule name (letters, digits, _ . -; starting with a letter)"),
    enabled: z.boolean().optional(),
    spendPerKey: SpendPerKeySchema.optional(),
    query: z.string().min(1).optional(),
    sql: z.string().min(1).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    value: z.string().min(1).optional(),
    labelColumns: z.array(z.string().min(1)).optional(),
    condition: z.string().optional(),
    for: Duration.optional(),
    interval: Duration.optional(),
    severity: z.enum(["info", "warning", "critical"]).optional(),
    labels: StringMap.optional(),
    annotations: StringMap.optional(),
    targets: z.array(z.string().min(1)).optional(),
  })
  .strict();

const FileSchema = z
  .object({
    targets: z.record(z.string().regex(NAME, "a target name"), TargetSchema).optional(),
    defaultTargets: z.array(z.string().min(1)).optional(),
    rules: z.array(RuleSchema).optional(),
  })
  .strict();

type RuleInput = z.infer<typeof RuleSchema>;
type FileInput = z.infer<typeof FileSchema>;

export type TargetConfig = z.infer<typeof TargetSchema> & { name: string };
export type Comparison = ">" | "<" | ">=" | "<=";

export type RuleSource =
  { kind: "named"; query: NamedQuery; params: Record<string, string> } | { kind: "inline"; sql: string; params: Record<string, string | number> };

/** A rule ready to evaluate (defaults applied, query loaded, targets resolved). */
export interface AlertRule {
  name: string;
  source: RuleSource;
  valueColumn: string;
  /** Result columns that become labels; undefined: every column but the value (inline) or the query's String columns (named). */
  labelColumns: string[] | undefined;
  condition: { op: Comparison; threshold: number };
  forMs: number;
  intervalMs: number;
  severity: "info" | "warning" | "critical";
  labels: Record<string, string>;
  annotations: Record<string, string>;
  targets: TargetConfig[];
}

const CONDITION = /^\s*(>=|<=|>|<)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/** Parses one YAML rule file (text) into its validated shape; errors name the file and the rule. */
function parseFile(text: string, file: string): FileInput {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new AlertRuleError(`${file}: not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  if (raw === null || raw === undefined) return {};
  const parsed = FileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = describePath(raw, issue.path);
  const what =
    issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
  throw new AlertRuleError(`${file}: ${where}: ${what}`);
}

function describePath(raw: unknown, p: readonly PropertyKey[]): string {
  if (p[0] === "rules" && typeof p[1] === "number") {
    const rule = (raw as { rules?: { name?: unknown }[] }).rules?.[p[1]];
    const name = typeof rule?.name === "string" ? `rule "${rule.name}"` : `rule #${p[1] + 1}`;
    const field = p.slice(2).map(String).join(".");
    return field ? `${name}, field "${field}"` : name;
  }
  return p.length ? `field "${p.map(String).join(".")}"` : "top level";
}

/**
 * Loads the shipped defaults and merges an optional user file over them: targets and rules by
 * name, a user rule's fields replacing the default's (so `- name: p95_latency_high` with only a
 * new `condition` changes just the threshold); `enabled: false` drops a rule.
 */
export function loadRules(userFile?: string, defaultsFile: string = DEFAULT_RULES_FILE): AlertRule[] {
  const defaults = parseFile(readFileSync(defaultsFile, "utf8"), defaultsFile);
  if (userFile !== undefined && !existsSync(userFile)) throw new AlertRuleError(`alert rules file ${userFile} does not exist`);
  const user = userFile === undefined ? {} : parseFile(readFileSync(userFile, "utf8"), userFile);
  return resolveRules(defaults, user, userFile ?? defaultsFile);
}

/** Same as loadRules, from YAML text (tests and the CLI's --rules-text). */
export function parseRules(defaultsYaml: string, userYaml = "", userName = "alerts.yaml"): AlertRule[] {
  return resolveRules(parseFile(defaultsYaml, "defaults"), parseFile(userYaml, userName), userName);
}

function resolveRules(defaults: FileInput, user: FileInput, file: string): AlertRule[] {
  const targets = { ...defaults.targets, ...user.targets };
  const defaultTargets = user.defaultTargets ?? defaults.defaultTargets ?? ["log"];
  const merged = new Map<string, RuleInput>();
  for (const rule of defaults.rules ?? []) merged.set(rule.name, rule);
  const seen = new Set<string>();
  for (const rule of user.rules ?? []) {
    if (seen.has(rule.name)) throw new AlertRuleError(`${file}: rule "${rule.name}" is defined twice`);
    seen.add(rule.name);
    merged.set(rule.name, { ...merged.get(rule.name), ...rule });
  }
  const out: AlertRule[] = [];
  for (const rule of merged.values()) {
    if (rule.enabled === false) continue;
    try {
      out.push(resolveRule(rule, targets, defaultTargets));
    } catch (err) {
      throw new AlertRuleError(`alert rule "${rule.name}": ${(err as Error).message}`);
    }
  }
  return out;
}

/** A spendPerKey rule as the named-query rule it stands for; the fields it sets cannot be given too. */
function expandSpendPerKey(rule: RuleInput): RuleInput {
  const spend = rule.spendPerKey;
  if (spend === undefined) return rule;
  for (const field of ["query", "sql", "params", "value", "labelColumns", "condition"] as const) {
    if (rule[field] !== undefined) throw new Error(`"spendPerKey" sets "${field}" itself; leave "${field}" out`);
  }
  if (spend.per === "tag" && spend.tag === undefined) throw new Error('spendPerKey with per: tag needs "tag" (the tag name)');
  if (spend.per !== "tag" && spend.tag !== undefined) throw new Error('spendPerKey: "tag" only goes with per: tag');
  const params: Record<string, string> = { from: `now-${spend.window.trim()}`, to: "now", dimension: spend.per };
  if (spend.tag !== undefined) params.tag = spend.tag;
  for (const filter of ["service", "model", "prompt_name"] as const) if (spend[filter] !== undefined) params[filter] = spend[filter];
  const per = spend.per === "tag" ? `tag ${spend.tag}` : spend.per;
  return {
    ...rule,
    query: "spend_by_key",
    params,
    value: "cost_usd",
    labelColumns: ["key"],
    condition: `> ${spend.limitUsd}`,
    labels: { per, ...rule.labels },
    annotations: rule.annotations ?? {
      summary: `${per} {{ $labels.key }} spent {{ $value }} USD in the last ${spend.window} (limit ${spend.limitUsd} USD; {{ $row.unpriced_calls }} unpriced calls not included)`,
    },
  };
}

function resolveRule(input: RuleInput, targets: NonNullable<FileInput["targets"]>, defaultTargets: string[]): AlertRule {
  const rule = expandSpendPerKey(input);
  if ((rule.query === undefined) === (rule.sql === undefined))
    throw new Error('needs exactly one of "query" (a named query), "sql" (inline SQL) or "spendPerKey"');
  if (rule.condition === undefined) throw new Error('needs a "condition" such as "> 2000"');
  const cond = CONDITION.exec(rule.condition);
  if (!cond) throw new Error(`condition "${rule.condition}" must be one of > < >= <= followed by a number, e.g. "> 0.01"`);
  let source: RuleSource;
  if (rule.query !== undefined) {
    const query = loadQuery(rule.query);
    const params = Object.fromEntries(Object.entries(rule.params ?? {}).map(([k, v]) => [k, String(v)]));
    bindParams(query, params);
    const value = rule.value ?? "value";
    if (!query.columns.some((c) => c.name === value)) {
      throw new Error(`query "${query.name}" has no column "${value}" (columns: ${query.columns.map((c) => c.name).join(", ")}); set "value"`);
    }
    for (const c of rule.labelColumns ?? []) {
      if (!query.columns.some((q) => q.name === c)) throw new Error(`labelColumns: query "${query.name}" has no column "${c}"`);
    }
    source = { kind: "named", query, params };
  } else {
    source = { kind: "inline", sql: rule.sql!, params: rule.params ?? {} };
  }
  const names = rule.targets ?? defaultTargets;
  const resolved = names.map((name) => {
    if (name === "log" && !targets.log) return { name, type: "log" as const };
    const t = targets[name];
    if (!t)
      throw new Error(
        `unknown target "${name}" (defined: log${Object.keys(targets)
          .filter((k) => k !== "log")
          .map((k) => ", " + k)
          .join("")})`,
      );
    return { ...t, name };
  });
  return {
    name: rule.name,
    source,
    valueColumn: rule.value ?? "value",
    labelColumns: rule.labelColumns,
    condition: { op: cond[1] as Comparison, threshold: Number(cond[2]) },
    forMs: parseDuration(rule.for ?? "0s"),
    intervalMs: Math.max(1000, parseDuration(rule.interval ?? "1m")),
    severity: rule.severity ?? "warning",
    labels: rule.labels ?? {},
    annotations: rule.annotations ?? {},
    targets: resolved,
  };
}

/**
 * The result columns that become an instance's labels, when they are known without running the
 * rule: `labelColumns` if set, else a named query's String columns other than the value (what the
 * evaluator and the Grafana export share this). Undefined for inline SQL without `labelColumns`, whose labels are every column
 * the query returns but the value, known only from a result.
 */
export function declaredLabelColumns(rule: AlertRule): string[] | undefined {
  if (rule.labelColumns !== undefined) return rule.labelColumns;
  if (rule.source.kind === "inline") return undefined;
  return rule.source.query.columns.filter((c) => STRING_TYPE.test(c.type) && c.name !== rule.valueColumn).map((c) => c.name);
}

const STRING_TYPE = /^(LowCardinality\()?String\)?$/;

export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case ">":
      return value > threshold;
    case "<":
      return value < threshold;
    case ">=":
      return value >= threshold;
    case "<=":
      return value <= threshold;
  }
}
