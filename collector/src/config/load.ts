import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { ENV_VARS } from "./env-vars";
import { ConfigSchema, type Config } from "./schema";
import { LlmscopeError } from "@llmscope/semconv";

/** A configuration problem, worded for the person starting the collector. */
export class ConfigError extends LlmscopeError {
  constructor(message: string) {
    super("config", message);
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads the optional config file, lays environment variables over it, and validates the result.
 * Errors name the environment variable (or file key) that was wrong and what was expected; secret
 * values are never echoed back.
 */
export function loadConfig(env: Env = process.env, overrides: Record<string, unknown> = {}): Config {
  const filePath = env.LLMSCOPE_CONFIG;
  const raw: Record<string, unknown> = filePath ? readConfigFile(filePath) : {};
  const fromEnv = new Map<string, string>();
  for (const v of ENV_VARS) {
    const value = env[v.env];
    if (value === undefined || value === "" || v.key === "(none)") continue;
    setPath(raw, v.key, value);
    fromEnv.set(v.key, v.env);
  }
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) setPath(raw, key, value);

  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describe(parsed.error, fromEnv, filePath));
  return parsed.data;
}

function readConfigFile(filePath: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (err) {
    throw new ConfigError(`LLMSCOPE_CONFIG: cannot read ${filePath}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let value: unknown;
  try {
    value = path.extname(filePath) === ".json" ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    throw new ConfigError(`LLMSCOPE_CONFIG: ${filePath} is not valid ${path.extname(filePath) === ".json" ? "JSON" : "YAML"}: ${(err as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`LLMSCOPE_CONFIG: ${filePath} must hold a mapping of settings`);
  return value as Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

function describe(error: z.ZodError, fromEnv: Map<string, string>, filePath: string | undefined): string {
  const lines = error.issues.map((issue) => {
    const key = issue.path.join(".");
    const env = fromEnv.get(key);
    const where = env ? `${env} (${key})` : filePath ? `${key} in ${filePath}` : key;
    const message = issue.code === "unrecognized_keys" ? `unknown setting(s) ${issue.keys.join(", ")}` : issue.message;
    return `  - ${where || "(top level)"}: ${message}`;
  });
  return `invalid configuration:\n${lines.join("\n")}`;
}
