import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ChdbStore } from "@llmscope/collector/internal/store/chdb-store";
import { seedQueryBenchData } from "./query-seed";

/** A store holding the query bench's rows, and the moment they were generated: the end of their 7 days. */
export interface QueryBenchData {
  store: ChdbStore;
  /** Epoch ms at which the rows were generated; the default 24 h range ends here. */
  now: number;
  close(): Promise<void>;
}

/** Written beside the chDB files of a kept data directory: which data it holds. */
const SEED_FILE = "llmscope-bench-seed.json";

/**
 * Opens a store with `spans` generated rows. With `keepDir` (LLMSCOPE_BENCH_QUERY_DATA) the rows are
 * generated once into that directory and reused by later runs that ask for the same number of spans,
 * so comparing two forms of a query does not pay a minute of seeding each time, and every run reads the
 * same parts; without it, a temporary directory is seeded and removed at close.
 */
export async function openQueryBenchData(spans: number, keepDir?: string): Promise<QueryBenchData> {
  const dir = keepDir ?? mkdtempSync(path.join(tmpdir(), "llmscope-bench-queries-"));
  const seedFile = path.join(dir, SEED_FILE);
  const seeded = keepDir ? readSeed(seedFile) : undefined;
  if (keepDir && seeded?.spans !== spans) {
    // Only a folder this bench filled (its seed file says so) or an empty one is cleared.
    if (!seeded && existsSync(dir) && readdirSync(dir).length > 0) {
      throw new Error(`LLMSCOPE_BENCH_QUERY_DATA: ${dir} is neither empty nor a folder of the query bench's rows (no ${SEED_FILE})`);
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const store = new ChdbStore({ dataDir: dir, database: "llmscope", ttlDays: 30 });
  const close = async () => {
    await store.close();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await store.migrate();
    let now = seeded?.spans === spans ? seeded.now : undefined;
    if (now === undefined) {
      now = Date.now();
      await seedQueryBenchData(store, spans);
      if (keepDir) writeFileSync(seedFile, JSON.stringify({ spans, now }));
    }
    return { store, now, close };
  } catch (err) {
    await close();
    throw err;
  }
}

function readSeed(file: string): { spans: number; now: number } | undefined {
  if (!existsSync(file)) return undefined;
  const seed = JSON.parse(readFileSync(file, "utf8")) as { spans?: unknown; now?: unknown };
  return typeof seed.spans === "number" && typeof seed.now === "number" ? { spans: seed.spans, now: seed.now } : undefined;
}
