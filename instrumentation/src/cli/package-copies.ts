import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface PackageCopy {
  dir: string;
  version: string;
}

/** Every installed copy of `name` in the node_modules tree under `root` (nested ones included). */
export function findPackageCopies(name: string, root: string): PackageCopy[] {
  const found: PackageCopy[] = [];
  const visit = (nodeModules: string, depth: number): void => {
    if (depth > 12 || !existsSync(nodeModules)) return;
    for (const dir of packageDirs(nodeModules)) {
      if (path.relative(nodeModules, dir).split(path.sep).join("/") === name) {
        const version = readVersion(dir);
        if (version !== undefined) found.push({ dir, version });
      }
      visit(path.join(dir, "node_modules"), depth + 1);
    }
  };
  visit(path.join(root, "node_modules"), 0);
  return found;
}

/** The package folders directly in a node_modules folder, scoped ones included. */
function packageDirs(nodeModules: string): string[] {
  const dirs: string[] = [];
  for (const entry of safeReaddir(nodeModules)) {
    if (entry.startsWith(".")) continue;
    const full = path.join(nodeModules, entry);
    if (entry.startsWith("@")) for (const scoped of safeReaddir(full)) dirs.push(path.join(full, scoped));
    else dirs.push(full);
  }
  return dirs;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readVersion(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
