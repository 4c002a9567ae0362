import { unwatchFile, watchFile } from "node:fs";
import type { AlertEvaluator } from "./evaluator";
import { loadRules } from "@llmscope/queries/alerts";
import { logger, type Logger } from "../../telemetry/log";

export interface RuleReloaderOptions {
  /** The user rules file (LLMSCOPE_ALERTS_FILE); undefined: the shipped defaults only (SIGHUP still reloads them). */
  file: string | undefined;
  /** How often the file's modification time is polled, ms. Polling, because editors replace files (a new inode) where fs.watch loses track. */
  pollMs?: number;
  log?: Logger;
}

/**
 * Reloads the alert rules on SIGHUP and when the rules file changes. A file that does not load
 * (YAML, schema, unknown query, SQL that fails EXPLAIN) leaves the running rules in place and the
 * reason is logged. Returns a function that stops watching.
 */
export function watchAlertRules(evaluator: AlertEvaluator, options: RuleReloaderOptions): () => void {
  const log = options.log ?? logger("alerts");
  const where = options.file ?? "the default rules";
  let queue: Promise<void> = Promise.resolve();
  const reload = (why: string) => {
    // One reload at a time, in order: the last change is the one that sticks.
    queue = queue.then(async () => {
      try {
        const rules = loadRules(options.file);
        await evaluator.reload(rules);
        log.info(`alert rules reloaded from ${where} (${why}): ${rules.length} rules`);
      } catch (err) {
        log.error(`alert rules NOT reloaded from ${where} (${why}); keeping the ${evaluator.status().length} rules in use: ${(err as Error).message}`);
      }
    });
  };
  const onSignal = () => reload("SIGHUP");
  process.on("SIGHUP", onSignal);
  const file = options.file;
  if (file !== undefined) {
    watchFile(file, { interval: options.pollMs ?? 1000, persistent: false }, (cur, prev) => {
      if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) reload("file changed");
    });
  }
  return () => {
    process.off("SIGHUP", onSignal);
    if (file !== undefined) unwatchFile(file);
  };
}
