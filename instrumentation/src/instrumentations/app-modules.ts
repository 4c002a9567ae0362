import { existsSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Finds the copies of an SDK the app itself loads, so they can be patched where the loader hooks
 * cannot reach them:
 * - in a static ESM graph every module is loaded and linked before the first one runs, so a hook
 *   registered by `import "llmscope/register"` comes too late for the app's `import "openai"`;
 *   importing the same URL again yields that very module instance, and its classes can be patched;
 * - a CommonJS copy required before llmscope was set up sits in require.cache, unpatched.
 */

/** The app's entry file (`node app.mjs` → app.mjs), or undefined in a REPL / `node -e`. */
export function appEntry(argv: readonly string[] = process.argv): string | undefined {
  const entry = argv[1];
  if (entry === undefined || entry === "" || entry.startsWith("-")) return undefined;
  try {
    return realpathSync(path.resolve(entry));
  } catch {
    return undefined;
  }
}

/**
 * Whether Node runs the entry as an ES module: .mjs/.mts, or .js/.ts in a package whose nearest
 * package.json says "type": "module". Anything else is CommonJS, whose requires the require hook sees.
 */
export function entryIsEsm(entry: string): boolean {
  const ext = path.extname(entry);
  if (ext === ".mjs" || ext === ".mts") return true;
  if (ext === ".cjs" || ext === ".cts") return false;
  return nearestPackageType(path.dirname(entry)) === "module";
}

function nearestPackageType(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const file = path.join(d, "package.json");
    if (existsSync(file)) {
      try {
        return (JSON.parse(readFileSync(file, "utf8")) as { type?: string }).type;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** The package's folder as Node's resolver finds it from `fromDir`: the nearest node_modules/<name>. */
export function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let d = fromDir; ; d = path.dirname(d)) {
    if (path.basename(d) !== "node_modules") {
      const candidate = path.join(d, "node_modules", name);
      if (existsSync(path.join(candidate, "package.json"))) return candidate;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * The file URL an `import "<name>"` from `fromDir` loads: the package's "exports" main entry under
 * the import conditions, symlinks resolved as Node resolves them. Undefined when not installed there.
 * `subpath` ("./client/index.js") names another export: `import "<name>/client/index.js"`.
 */
export function esmEntryUrl(name: string, fromDir: string, subpath = "."): string | undefined {
  const dir = findPackageDir(name, fromDir);
  if (dir === undefined) return undefined;
  let manifest: { exports?: unknown; main?: string };
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as typeof manifest;
  } catch {
    return undefined;
  }
  const target =
    manifest.exports === undefined
      ? subpath === "."
        ? (manifest.main ?? "index.js")
        : subpath
      : pickTarget(subpath === "." ? mainExport(manifest.exports) : subpathExport(manifest.exports, subpath), importConditions());
  if (target === undefined) return undefined;
  try {
    return pathToFileURL(realpathSync(path.resolve(dir, target))).href;
  } catch {
    return undefined;
  }
}

/** The "." entry of an "exports" field (a string, an array, a conditions object or a subpath map). */
function mainExport(exports: unknown): unknown {
  if (exports !== null && typeof exports === "object" && !Array.isArray(exports)) {
    const keys = Object.keys(exports);
    if (keys.some((k) => k.startsWith("."))) return (exports as Record<string, unknown>)["."];
  }
  return exports;
}

/** A subpath's entry in an "exports" map: its own key, or a "./dir/*" pattern with the rest put in for "*". */
function subpathExport(exports: unknown, subpath: string): unknown {
  if (exports === null || typeof exports !== "object" || Array.isArray(exports)) return undefined;
  const map = exports as Record<string, unknown>;
  if (subpath in map) return map[subpath];
  for (const [key, value] of Object.entries(map)) {
    const star = key.indexOf("*");
    if (star < 0 || !subpath.startsWith(key.slice(0, star)) || !subpath.endsWith(key.slice(star + 1))) continue;
    const rest = subpath.slice(star, subpath.length - (key.length - star - 1));
    return replaceStar(value, rest);
  }
  return undefined;
}

function replaceStar(target: unknown, rest: string): unknown {
  if (typeof target === "string") return target.replace("*", rest);
  if (Array.isArray(target)) return target.map((t) => replaceStar(t, rest));
  if (target !== null && typeof target === "object") return Object.fromEntries(Object.entries(target).map(([k, v]) => [k, replaceStar(v, rest)]));
  return target;
}

function importConditions(): Set<string> {
  const conditions = new Set(["node", "import", "default"]);
  // Node versions that can require() ES modules also match "module-sync".
  if ((process.features as { require_module?: boolean }).require_module) conditions.add("module-sync");
  return conditions;
}

/** Node's PACKAGE_TARGET_RESOLVE, for the main entry: the first matching condition, in key order. */
function pickTarget(target: unknown, conditions: Set<string>): string | undefined {
  if (typeof target === "string") return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const found = pickTarget(t, conditions);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (target !== null && typeof target === "object") {
    for (const [key, value] of Object.entries(target)) {
      if (!conditions.has(key)) continue;
      const found = pickTarget(value, conditions);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The CommonJS copies of `name` already in require.cache: their exports, keyed by file. Matches the
 * package's CommonJS entry (its "exports" under the require conditions, else "main", else index.js)
 * in any node_modules folder, so nested copies count too.
 */
export function loadedCommonJsCopies(name: string, cache: NodeJS.Dict<NodeModule> = require.cache, subpath = "."): { file: string; exports: unknown }[] {
  const sep = "[\\/]";
  const pattern = new RegExp(`^(.*${sep}node_modules${sep}${name.split("/").map(escapeRegExp).join(sep)})${sep}`);
  const entries = new Map<string, string>();
  const copies: { file: string; exports: unknown }[] = [];
  for (const [file, mod] of Object.entries(cache)) {
    const dir = pattern.exec(file)?.[1];
    if (dir === undefined || mod?.loaded !== true) continue;
    if (!entries.has(dir)) entries.set(dir, commonJsEntry(dir, subpath));
    if (file === entries.get(dir)) copies.push({ file, exports: mod.exports });
  }
  return copies;
}

/** The file a require() of the package in `dir` (or of its `subpath` export) loads, symlinks resolved as Node resolves them. */
function commonJsEntry(dir: string, subpath: string): string {
  let manifest: { exports?: unknown; main?: string } = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as typeof manifest;
  } catch {
    // Without a readable manifest Node falls back to index.js, and so does this.
  }
  const conditions = new Set(["node", "require", "default"]);
  if ((process.features as { require_module?: boolean }).require_module) conditions.add("module-sync");
  const target =
    manifest.exports === undefined
      ? subpath === "."
        ? (manifest.main ?? "index.js")
        : subpath
      : (pickTarget(subpath === "." ? mainExport(manifest.exports) : subpathExport(manifest.exports, subpath), conditions) ?? "index.js");
  const file = path.resolve(dir, target);
  const candidates = [file, `${file}.js`, path.join(file, "index.js")];
  for (const candidate of candidates) {
    try {
      return realpathSync(candidate);
    } catch {
      // not this spelling; the next one
    }
  }
  return file;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
