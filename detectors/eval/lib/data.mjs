// The hand-written sentence lists of an eval-set generator are data, kept apart from its code:
// data/<generator>.json holds them under the names the generator's code gives them.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The lists of the generator at `moduleUrl` (its import.meta.url). */
export function generatorData(moduleUrl) {
  const file = fileURLToPath(moduleUrl);
  const dataFile = join(dirname(file), "data", `${basename(file, ".mjs")}.json`);
  return JSON.parse(readFileSync(dataFile, "utf8"));
}
