// The out-of-fold evidence written by out-of-fold-injection.mjs, and the score that score.ts gives it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { LEXICAL_CUT, STRONG_RULES } = require("../../dist/internals.js");

/** Every row of the given JSON lines files: { set, kind, label, chars, p, rules, discussed, weights }. */
export function readOutOfFold(files) {
  return files.flatMap((f) =>
    readFileSync(f, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l)),
  );
}

/** score.ts's score with only STRONG_RULES standing, for a model cut (default LEXICAL_CUT). */
export function shippedScore(r, cut = LEXICAL_CUT) {
  const model = 1 / (1 + ((1 - r.p) / r.p) * (cut / (1 - cut)));
  return r.rules >= STRONG_RULES ? Math.max(r.rules, model) : model;
}

/** The repository's sets hold the project's authors; the others are public dev splits. */
export const isRepositorySet = (r) => r.set.startsWith("injection");
