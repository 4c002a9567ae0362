import { readFileSync } from "node:fs";
import path from "node:path";

/** `-- @include <path>` on a line of its own (indented or not). */
const INCLUDE = /^([ \t]*)-- @include (\S+)\n/m;
/** Included files are named by a relative path of plain segments, so an include cannot leave its folder. */
const INCLUDE_PATH = /^[a-z0-9_]+(?:\/[a-z0-9_]+)*\.sql$/;
/** More expansions than any query needs means a file includes itself. */
const MAX_INCLUDES = 32;

/**
 * Expands every `-- @include <path>` line of a query file into the file it names (a path below
 * `dir`), less that file's leading comment lines, each line indented as the marker is. Queries are
 * parsed after expansion, so an included `{name:Type}` placeholder must be declared in the including
 * file's header like its own, and every consumer (CLI, API, dashboards, Grafana export) sees the
 * complete SQL. The collector's migrations use it too: expansion is a pure function of the files,
 * so the text it yields can be checksummed.
 */
export function expandIncludes(text: string, dir: string, file: string): string {
  let count = 0;
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) {
    const [marker, indent, target] = m as unknown as [string, string, string];
    if (!INCLUDE_PATH.test(target)) throw new Error(`${file}: cannot include "${target}" (expected a relative path such as fragments/name.sql)`);
    if (++count > MAX_INCLUDES) throw new Error(`${file}: more than ${MAX_INCLUDES} includes; does "${target}" include itself?`);
    let included: string;
    try {
      included = readFileSync(path.join(dir, target), "utf8");
    } catch {
      throw new Error(`${file}: included file "${target}" does not exist in ${dir}`);
    }
    // The leading comment documents the fragment; an include among it is kept and expanded in turn.
    const body = included.replace(/^(?:--(?! @include )[^\n]*\n)+/, "").replace(/\n?$/, "\n");
    text = text.slice(0, m.index) + body.replace(/^(?=.)/gm, indent) + text.slice(m.index + marker.length);
  }
  return text;
}
