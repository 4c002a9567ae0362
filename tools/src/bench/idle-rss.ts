import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { startCollector } from "@llmscope/collector/internal/pipeline";

/**
 * RSS of a collector started in a fresh process (embedded chDB, migrated, no traffic) after
 * `settleMs`: the memory an idle collector holds, without the bench's own allocations.
 */
export function benchIdleRss(settleMs = 3000): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [String(settleMs)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    child.once("message", (rss) => resolve(rss as number));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the idle collector exited with ${code}`))));
  });
}

async function idle(settleMs: number): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-bench-idle-"));
  const collector = await startCollector(loadConfig({ LLMSCOPE_PORT: "0", LLMSCOPE_DATA_DIR: dataDir }));
  try {
    await new Promise((r) => setTimeout(r, settleMs));
    return process.memoryUsage.rss() / (1024 * 1024);
  } finally {
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module && process.send) {
  idle(Number(process.argv[2])).then(
    (rss) => process.send!(rss, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
