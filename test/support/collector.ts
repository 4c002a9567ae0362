import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CollectorExtensions, loadConfig, type RunningCollector, startCollector } from "@llmscope/collector";

/** A real collector on 127.0.0.1 (free port) over a fresh chDB data directory. */
export async function startTestCollector(
  env: Record<string, string> = {},
  extensions: CollectorExtensions = {},
): Promise<RunningCollector & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-test-"));
  const config = loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_BATCH_FLUSH_MS: "100", ...env });
  return Object.assign(await startCollector(config, extensions), { dataDir });
}

export const REPO_ROOT = path.resolve(__dirname, "../..");
