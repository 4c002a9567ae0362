import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runToExit, type ChildResult } from "./child";
import { REPO_ROOT } from "./collector";
import { waitFor } from "./wait-for";

/**
 * Apps the way a user has them: a folder outside this repository whose node_modules comes from
 * `npm install` of the packed tarballs (and of registry packages such as openai), never a link
 * into the workspace.
 */
export type Workspace = "semconv" | "instrumentation" | "queries" | "detectors" | "collector";

/** The environment for child npm/node processes: without the npm_* variables of a surrounding `npm test`. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && !k.startsWith("OTEL_") && !k.startsWith("LLMSCOPE_")));
  return { ...env, ...extra };
}

function npm(args: string[], cwd: string, timeoutMs = 300_000): string {
  return execFileSync("npm", args, { cwd, env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
}

/** `npm pack` of each workspace (its prepack script builds it) into a fresh temp folder; tarball paths by workspace. */
export function packWorkspaces(workspaces: Workspace[]): Record<Workspace, string> {
  const dest = mkdtempSync(path.join(tmpdir(), "llmscope-tarballs-"));
  const out = {} as Record<Workspace, string>;
  for (const ws of workspaces) {
    const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dest], path.join(REPO_ROOT, ws))) as { filename: string }[];
    out[ws] = path.join(dest, info!.filename);
  }
  return out;
}

export interface InstalledApp {
  dir: string;
  remove(): void;
}

/**
 * A temp app folder with `package.json` (the given dependencies, and npm `overrides` to pin what a
 * dependency would otherwise take from the newest registry release), the given files (paths
 * relative to the folder; parents created), and `npm install` run in it.
 */
export function installApp(dependencies: Record<string, string>, files: Record<string, string> = {}, overrides?: Record<string, unknown>): InstalledApp {
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-app-"));
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "user-app", version: "1.0.0", private: true, dependencies, ...(overrides && { overrides }) }, null, 2),
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run extends ChildResult {
  /** Wall time from spawn to exit, ms. */
  elapsedMs: number;
}

/** Runs a command in the app folder with a clean environment plus `env`, to completion. */
export async function runIn(dir: string, command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 30_000): Promise<Run> {
  const started = Date.now();
  const result = await runToExit(command, args, dir, cleanEnv(env), timeoutMs);
  return { ...result, elapsedMs: Date.now() - started };
}

export interface InstalledCollector {
  url: string;
  /** stdout and stderr so far. */
  output(): string;
  /** SIGTERM to the whole process group (npx → node), so the collector itself gets it; resolves on exit. */
  stop(): Promise<void>;
}

/** `npx llmscope start` in the app folder, returned once it says it listens. */
export async function startInstalledCollector(dir: string, port: number, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<InstalledCollector> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["--no-install", "llmscope", "start", "--port", String(port)], {
    cwd: dir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  try {
    await waitFor(
      () => out.includes(`listening on ${url}`),
      timeoutMs,
      () => out,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, output: () => out, stop };
}

/** tsc from this repository's devDependencies, compiling a project in the app folder. */
export function compileTypeScript(project: string): void {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", project], { stdio: "pipe", encoding: "utf8" });
}

/** The repository's @types folder, so compiled apps need not install @types/node. */
export const REPO_TYPES = path.join(REPO_ROOT, "node_modules/@types");
