import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadConfig, storeConfigOf } from "../../config";
import { createStore, type Store } from "../../store";
import { UsageError } from "./args";

/** The flag that lets a read command open an embedded store that does not exist yet (it is then empty). */
export const CREATE_STORE_FLAG = "--create-store";

/**
 * The store a read command (query, report, alerts check) opens when no collector answers at
 * LLMSCOPE_URL. It says so on stderr, with the path, because the numbers then come from that
 * directory and not from the collector the user may have meant. An embedded data directory that
 * does not exist (or is empty) is an error unless `create` is set: opening it would create an
 * empty store and print "(no rows)" as if that were the answer.
 */
export function openLocalStore(env: NodeJS.ProcessEnv, collectorUrl: string, create: boolean, err: NodeJS.WritableStream = process.stderr): Store {
  const config = loadConfig(env);
  const storeConfig = storeConfigOf(config);
  if (storeConfig.clickhouseUrl) {
    err.write(
      `llmscope: no collector answered at ${collectorUrl}; querying ClickHouse at ${storeConfig.clickhouseUrl} (database ${storeConfig.database}) directly\n`,
    );
    return createStore(storeConfig);
  }
  const dir = path.resolve(storeConfig.dataDir ?? config.dataDir);
  const exists = existsSync(dir) && readdirSync(dir).length > 0;
  if (!exists && !create) {
    throw new UsageError(
      `no collector answered at ${collectorUrl} (LLMSCOPE_URL) and there is no store at ${dir} (LLMSCOPE_DATA_DIR=${config.dataDir}). ` +
        `Start one with \`llmscope start\`, point LLMSCOPE_URL at a running collector or LLMSCOPE_DATA_DIR at its data, ` +
        `or pass ${CREATE_STORE_FLAG} to open an empty store there.`,
    );
  }
  err.write(`llmscope: no collector answered at ${collectorUrl}; reading the local store at ${dir}${exists ? "" : " (new, empty)"}\n`);
  return createStore(storeConfig);
}
