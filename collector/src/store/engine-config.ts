import { writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The embedded engine's server configuration, written as a ClickHouse XML config file and given to
 * chDB at connect (`--config-file`): MergeTree table defaults cannot be set on its command line.
 *
 * Vertical merges for every part: a horizontal merge reads and writes all of a part's columns at
 * once, each with its own read and compression buffers, which under ingest load held ~100 MiB
 * more of the process's memory than merging one column at a time (docs/performance.md, "Memory").
 * The collector's parts (5,000–100,000 spans) are below ClickHouse's default threshold of 131,072
 * rows, so without this every merge is horizontal.
 */
const MERGE_TREE = {
  vertical_merge_algorithm_min_rows_to_activate: 1,
  vertical_merge_algorithm_min_columns_to_activate: 1,
};

/** The config file's text. */
export function engineConfigXml(): string {
  const settings = Object.entries(MERGE_TREE)
    .map(([name, value]) => `    <${name}>${value}</${name}>`)
    .join("\n");
  return `<clickhouse>\n  <merge_tree>\n${settings}\n  </merge_tree>\n</clickhouse>\n`;
}

/** Writes the config file into `dir` and returns the engine argument that loads it. */
export function writeEngineConfig(dir: string): string {
  const file = path.join(dir, "engine.xml");
  writeFileSync(file, engineConfigXml());
  return `--config-file=${file}`;
}
