// detectors/eval/public-sets.mjs
//
// The public labelled sets the injection detector is trained and measured on, read from a local
// directory (their texts are never committed; docs/enrichment-accuracy.md, "Public sets", says where
// each comes from, at which commit, under which licence). Layout of the directory:
//
//   deepset/train-*.parquet, deepset/test-*.parquet   deepset/prompt-injections (Apache-2.0)
//   jailbreak_prompts_2023_12_25.csv                  JailbreakHub in-the-wild jailbreaks (MIT)
//   prompts.csv                                        awesome-chatgpt-prompts (CC0-1.0)
//
// Each set has a dev split (trained on, may be looked at) and a blind split (measured once, never
// trained on, never printed): deepset's own train/test; for the others the first byte of the SHA-256
// of the text (even → dev, odd → blind), which depends neither on row order nor on this file.
// Files are read with chDB (in-process ClickHouse, a collector dependency): parquet, and CSV with
// quoted multi-line fields.

import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

export const PUBLIC_SETS_ENV = "LLMSCOPE_PUBLIC_SETS";

const sql = (path) => `'${path.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function rowsOf(statement) {
  const { query } = require("chdb");
  const out = query(statement, "JSONEachRow");
  return out.trim() === ""
    ? []
    : out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
}

export const hashSplit = (text) => (createHash("sha256").update(text).digest()[0] % 2 === 0 ? "dev" : "blind");

/** Each set: how to read one split of it from the directory → [{ text, label: 'attack'|'benign', category? }]. */
export const PUBLIC_SETS = {
  deepset(dir, split) {
    const prefix = split === "dev" ? "train-" : "test-";
    const folder = join(dir, "deepset");
    const files = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.startsWith(prefix) && f.endsWith(".parquet"))
          .sort()
      : [];
    if (files.length === 0) throw new Error(`public set deepset: no ${join(folder, prefix + "*.parquet")}`);
    return files
      .flatMap((f) => rowsOf(`SELECT text, label FROM file(${sql(join(folder, f))}, Parquet)`))
      .map((r) => ({ text: r.text, label: Number(r.label) === 1 ? "attack" : "benign" }));
  },
  jailbreakhub(dir, split) {
    const file = join(dir, "jailbreak_prompts_2023_12_25.csv");
    if (!existsSync(file)) throw new Error(`public set jailbreakhub: no ${file}`);
    return rowsOf(`SELECT prompt AS text, platform FROM file(${sql(file)}, CSVWithNames) WHERE lower(toString(jailbreak)) = 'true'`)
      .filter((r) => hashSplit(r.text) === split)
      .map((r) => ({ text: r.text, label: "attack", category: r.platform }));
  },
  "awesome-prompts"(dir, split) {
    const file = join(dir, "prompts.csv");
    if (!existsSync(file)) throw new Error(`public set awesome-prompts: no ${file}`);
    // The list carries one jailbreak under its own title ("… DAN"); every other prompt is a benign role or task.
    return rowsOf(`SELECT act, prompt AS text FROM file(${sql(file)}, CSVWithNames) WHERE prompt != ''`)
      .filter((r) => !/\bDAN\b/.test(r.act) && hashSplit(r.text) === split)
      .map((r) => ({ text: r.text, label: "benign" }));
  },
};

/** The dev splits of every public set, in a fixed order, as the training script takes them. */
export function publicTrainingSets(dir) {
  // Sorted by text: the training sums in row order, and the file's row order is not part of the set.
  const byText = (a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return Object.keys(PUBLIC_SETS).map((name) => ({
    name,
    rows: PUBLIC_SETS[name](dir, "dev")
      .map(({ text, label }) => ({ text, label }))
      .sort(byText),
  }));
}
