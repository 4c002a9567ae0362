import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The eval sets are committed as generated; each generator must still write its set byte for byte
 * (its texts in eval/data/, its code, the shared eval/lib/ and the seeded generator all play a part).
 * The generators write next to themselves, so they run from a copy of eval/ in a temp folder that
 * reaches this package by name, as eval/ does inside the repository (after `npm run build`).
 */
const DETECTORS = join(__dirname, "..");
const EVAL = join(DETECTORS, "eval");
const GENERATORS = readdirSync(EVAL)
  .filter((f) => /^generate.*\.mjs$/.test(f))
  .sort();
const jsonlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".jsonl"));

let work: string;
let copy: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "llmscope-eval-"));
  copy = join(work, "eval");
  mkdirSync(copy);
  for (const f of GENERATORS) cpSync(join(EVAL, f), join(copy, f));
  cpSync(join(EVAL, "lib"), join(copy, "lib"), { recursive: true });
  cpSync(join(EVAL, "data"), join(copy, "data"), { recursive: true });
  mkdirSync(join(work, "node_modules", "@llmscope"), { recursive: true });
  symlinkSync(DETECTORS, join(work, "node_modules", "@llmscope", "detectors"), "dir");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("eval-set generators", () => {
  it.each(GENERATORS)("%s regenerates its committed sets byte for byte", (generator) => {
    const before = new Set(jsonlIn(copy));
    execFileSync(process.execPath, [join(copy, generator)], { cwd: work, stdio: "pipe" });
    const written = jsonlIn(copy).filter((f) => !before.has(f));
    expect(written.length, `${generator} wrote no set`).toBeGreaterThan(0);
    for (const f of written) expect(readFileSync(join(copy, f)).equals(readFileSync(join(EVAL, f))), `${f} differs from the committed set`).toBe(true);
  });

  it("every committed set has a generator", () => {
    expect(jsonlIn(copy).sort()).toEqual(jsonlIn(EVAL).sort());
  });
});
