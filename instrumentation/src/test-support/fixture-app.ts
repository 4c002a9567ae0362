import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Small apps written to a temp dir and run with `node`, the way a user runs theirs. The temp dir's
 * node_modules links the repo's packages, so `llmscope/register` resolves exactly as it does for a
 * user (through the package's "exports" to the built dist/).
 */
export const REPO_ROOT = path.resolve(__dirname, "../../..");

export function buildPackage(): void {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "instrumentation"], { cwd: REPO_ROOT, stdio: "pipe" });
}

/**
 * Packages the fixture apps never import that are slow to load. An ES-module app loads every
 * installed SDK llmscope supports at start-up (instrumentation/README.md), and no user's app has all
 * of the repository's devDependencies installed; leaving these out keeps the fixtures' start-up
 * what an OpenAI or Anthropic app's is.
 */
const UNUSED_SLOW_PACKAGES = new Set(["@mistralai", "cohere-ai", "@modelcontextprotocol", "@langchain", "@llamaindex", "llamaindex"]);

/** `use`: those of the slow packages the fixture app does import. */
export function fixtureDir(files: Record<string, string>, use: string[] = []): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-fixture-"));
  const modules = path.join(REPO_ROOT, "node_modules");
  mkdirSync(path.join(dir, "node_modules"));
  for (const name of readdirSync(modules)) {
    if (!UNUSED_SLOW_PACKAGES.has(name) || use.includes(name)) symlinkSync(path.join(modules, name), path.join(dir, "node_modules", name), "dir");
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface AppRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout contains `text`. */
  printed: (text: string) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node ...args` in dir with only the OTEL_* variables given (never the test's own). */
export function startApp(dir: string, args: string[], env: Record<string, string>, timeoutMs = 12_000): AppRun {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OTEL_")));
  const child = spawn(process.execPath, args, { cwd: dir, env: { ...baseEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.filter((w) => out.includes(w.text))) w.resolve();
  });
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    printed: (text) =>
      out.includes(text)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ text, resolve });
            void exited.then(() => reject(new Error(`app exited before printing ${JSON.stringify(text)}; stderr: ${err}`)));
          }),
    exited,
  };
}

/**
 * One app body as a static ES module (`app.mjs`) and a CommonJS script (`app.cjs`), each starting
 * with the one import; `imports` maps each package to the names the app takes from it. The body
 * may use top-level await: the CommonJS copy runs it inside an async function.
 */
export function oneImportApps(imports: Record<string, string[]>, body: string): Record<"app.mjs" | "app.cjs", string> {
  const entries = Object.entries(imports);
  return {
    "app.mjs": ['import "llmscope/register";', ...entries.map(([pkg, names]) => `import { ${names.join(", ")} } from "${pkg}";`), body].join("\n"),
    "app.cjs": [
      'require("llmscope/register");',
      ...entries.map(([pkg, names]) => `const { ${names.join(", ")} } = require("${pkg}");`),
      `(async () => {\n${body}\n})();`,
    ].join("\n"),
  };
}
