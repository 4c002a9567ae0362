import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./collector";
import { freePort } from "./free-port";

export interface CliCollector {
  url: string;
  dataDir: string;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then the exit code once the collector has drained and closed its store. */
  stop(): Promise<number | null>;
}

/**
 * `llmscope start` in a child process, configured only through environment variables, as a user
 * runs it. Resolves once it prints its "listening on" line.
 */
export async function startCliCollector(env: Record<string, string>): Promise<CliCollector> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-cli-"));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "collector/bin/llmscope.js"), "start"], {
    cwd: REPO_ROOT,
    env: { ...process.env, LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_PORT: String(port), LLMSCOPE_BATCH_FLUSH_MS: "100", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !stdout.includes(`listening on ${url}`) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  if (!stdout.includes(`listening on ${url}`)) {
    child.kill("SIGKILL");
    throw new Error(`llmscope start did not come up on ${url}\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
  return {
    url,
    dataDir,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
