import table from "./env-vars.json";

/**
 * Every environment variable the collector reads, with the config-file key it sets. This table is
 * the config reference: docs/configuration.md is checked against it by a test, so the docs cannot
 * list an option the code no longer reads.
 */
export interface EnvVar {
  env: string;
  /** Dotted key in the config file (YAML or JSON). */
  key: string;
  description: string;
  default: string;
  secret?: boolean;
}

/** The table itself is data (env-vars.json): one row per variable, in the order the reference lists them. */
export const ENV_VARS: readonly EnvVar[] = table;
