import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expandIncludes } from "./include";
import { parseNamedQuery, type NamedQuery } from "./parse";
import { LlmscopeError } from "@llmscope/semconv";

/** The folder holding the `.sql` files: the package root, from both src/ (tests) and dist/ (built). */
export const QUERIES_DIR = path.resolve(__dirname, "..");

const NAME = /^[a-z][a-z0-9_]*$/;

export function listQueries(dir = QUERIES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * Loads one named query, its `-- @include` lines expanded (shared pieces live in fragments/, which
 * holds no queries). Names are checked before touching the file system (they come from URLs).
 */
export function loadQuery(name: string, dir = QUERIES_DIR): NamedQuery {
  if (!NAME.test(name) || !listQueries(dir).includes(name)) {
    throw new UnknownQueryError(`unknown query "${name}" (known: ${listQueries(dir).join(", ")})`);
  }
  const file = `${name}.sql`;
  return parseNamedQuery(name, expandIncludes(readFileSync(path.join(dir, file), "utf8"), dir, file));
}

export class UnknownQueryError extends LlmscopeError {
  constructor(message: string) {
    super("not_found", message);
  }
}
