import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The commands that need the collector package (and its embedded ClickHouse). */
export const COLLECTOR_COMMANDS = ["start", "demo", "query", "report", "alerts", "scan", "traces", "trace"] as const;

export const COLLECTOR_PACKAGE = "@llmscope/collector";

/**
 * The collector's CLI script, looked up from the app folder first (where the user installed it),
 * then from this package's own location (installed side by side).
 */
export function findCollectorCli(cwd: string = process.cwd()): string | undefined {
  for (const from of [cwd, __dirname]) {
    try {
      const manifestPath = require.resolve(`${COLLECTOR_PACKAGE}/package.json`, { paths: [from] });
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: string | Record<string, string> };
      const bin = typeof manifest.bin === "string" ? manifest.bin : Object.values(manifest.bin ?? {})[0];
      if (bin !== undefined) return path.resolve(path.dirname(manifestPath), bin);
    } catch {
      // not installed there
    }
  }
  return undefined;
}

/** Runs the collector's CLI with the same arguments, terminal and environment; resolves to its exit code. */
export function runCollectorCli(script: string, argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...argv], { stdio: "inherit" });
    // Ctrl-C reaches the child through the terminal's process group; the parent only waits for it.
    const ignore = (): void => {};
    process.on("SIGINT", ignore);
    process.on("SIGTERM", ignore);
    child.on("exit", (code, signal) => {
      process.removeListener("SIGINT", ignore);
      process.removeListener("SIGTERM", ignore);
      resolve(code ?? (signal === "SIGINT" ? 130 : 1));
    });
    child.on("error", (err) => {
      process.stderr.write(`llmscope: could not start the collector CLI (${err.message})\n`);
      resolve(1);
    });
  });
}
