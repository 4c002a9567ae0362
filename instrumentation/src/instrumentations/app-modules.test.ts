import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { appEntry, entryIsEsm, esmEntryUrl, loadedCommonJsCopies } from "./app-modules";

const root = mkdtempSync(path.join(tmpdir(), "llmscope-app-modules-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(dir: string, manifest: object, files: string[] = []): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "");
  }
  return dir;
}
const url = (...parts: string[]) => pathToFileURL(path.join(root, ...parts)).href;

describe("esmEntryUrl: the file an import of the package from a folder loads", () => {
  pkg(path.join(root, "app"), { type: "module" }, ["src/main.js"]);
  pkg(
    path.join(root, "app/node_modules/stainless"),
    { exports: { ".": { require: { default: "./index.js" }, types: "./index.d.mts", default: "./index.mjs" } } },
    ["index.js", "index.mjs"],
  );
  pkg(path.join(root, "app/node_modules/sugar"), { exports: "./main.mjs" }, ["main.mjs"]);
  pkg(path.join(root, "app/node_modules/conditions"), { exports: { node: { import: "./node.mjs", require: "./node.cjs" }, default: "./browser.js" } }, [
    "node.mjs",
  ]);
  pkg(path.join(root, "app/node_modules/legacy"), { main: "lib/entry.js" }, ["lib/entry.js"]);
  pkg(path.join(root, "app/node_modules/nested"), { exports: { ".": "./n.mjs" } }, ["n.mjs", "node_modules/stainless/index.mjs"]);
  pkg(path.join(root, "app/node_modules/nested/node_modules/stainless"), { exports: { ".": { import: "./inner.mjs" } } }, ["inner.mjs"]);
  pkg(path.join(root, "real/linked"), { exports: "./x.mjs" }, ["x.mjs"]);
  symlinkSync(path.join(root, "real/linked"), path.join(root, "app/node_modules/linked"), "dir");

  it('follows the import conditions of "exports" in key order', () => {
    const from = path.join(root, "app/src");
    expect(esmEntryUrl("stainless", from)).toBe(url("app/node_modules/stainless/index.mjs"));
    expect(esmEntryUrl("sugar", from)).toBe(url("app/node_modules/sugar/main.mjs"));
    expect(esmEntryUrl("conditions", from)).toBe(url("app/node_modules/conditions/node.mjs"));
    expect(esmEntryUrl("legacy", from)).toBe(url("app/node_modules/legacy/lib/entry.js"));
  });

  it("takes the nearest node_modules copy, resolves symlinks, and is undefined when not installed", () => {
    expect(esmEntryUrl("stainless", path.join(root, "app/node_modules/nested"))).toBe(url("app/node_modules/nested/node_modules/stainless/inner.mjs"));
    expect(esmEntryUrl("linked", path.join(root, "app"))).toBe(url("real/linked/x.mjs"));
    expect(esmEntryUrl("missing", path.join(root, "app"))).toBeUndefined();
  });

  it('a subpath export: its own key or a "./*" pattern; undefined when the target file is missing', () => {
    const exports = {
      ".": { import: "./dist/esm/index.js" },
      "./client": { import: "./dist/esm/client/index.js" },
      "./*": { import: "./dist/esm/*", require: "./dist/cjs/*" },
    };
    pkg(path.join(root, "app/node_modules/@m/sdk"), { type: "module", exports }, ["dist/esm/client/index.js", "dist/cjs/client/index.js"]);
    const from = path.join(root, "app/src");
    expect(esmEntryUrl("@m/sdk", from, "./client/index.js")).toBe(url("app/node_modules/@m/sdk/dist/esm/client/index.js"));
    expect(esmEntryUrl("@m/sdk", from, "./client")).toBe(url("app/node_modules/@m/sdk/dist/esm/client/index.js"));
    expect(esmEntryUrl("@m/sdk", from)).toBeUndefined();
    const cache = {
      [path.join(root, "app/node_modules/@m/sdk/dist/cjs/client/index.js")]: { loaded: true, exports: { c: 1 } },
    } as unknown as NodeJS.Dict<NodeModule>;
    expect(loadedCommonJsCopies("@m/sdk", cache, "./client/index.js").map((c) => c.exports)).toEqual([{ c: 1 }]);
    expect(loadedCommonJsCopies("@m/sdk", cache).map((c) => c.exports)).toEqual([]);
  });
});

describe("the entry module", () => {
  it("is argv[1], real path; none for node -e", () => {
    expect(appEntry(["node", path.join(root, "app/src/main.js")])).toBe(path.join(root, "app/src/main.js"));
    expect(appEntry(["node"])).toBeUndefined();
    expect(appEntry(["node", path.join(root, "nope.js")])).toBeUndefined();
  });

  it("is ESM by extension, else by the nearest package.json type", () => {
    expect(entryIsEsm(path.join(root, "app/src/main.js"))).toBe(true);
    expect(entryIsEsm(path.join(root, "app/src/main.cjs"))).toBe(false);
    expect(entryIsEsm(path.join(root, "real/linked/a.js"))).toBe(false);
    expect(entryIsEsm(path.join(root, "real/linked/a.mjs"))).toBe(true);
  });
});

describe("loadedCommonJsCopies", () => {
  it("finds the loaded main file of the package in any node_modules, scoped names too", () => {
    const cache = {
      "/a/node_modules/openai/index.js": { loaded: true, exports: { a: 1 } },
      "/a/node_modules/x/node_modules/openai/index.js": { loaded: true, exports: { b: 2 } },
      "/a/node_modules/openai/resources/index.js": { loaded: true, exports: {} },
      "/a/node_modules/openai-compat/index.js": { loaded: true, exports: {} },
      "/a/node_modules/@anthropic-ai/sdk/index.js": { loaded: true, exports: { c: 3 } },
      "/a/node_modules/@anthropic-ai/sdk-extra/index.js": { loaded: true, exports: {} },
    } as unknown as NodeJS.Dict<NodeModule>;
    expect(loadedCommonJsCopies("openai", cache).map((c) => c.exports)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(loadedCommonJsCopies("@anthropic-ai/sdk", cache).map((c) => c.exports)).toEqual([{ c: 3 }]);
  });

  it("finds the CommonJS entry named by exports or main, not only index.js", () => {
    const cjsMain = pkg(path.join(root, "cjs-app/node_modules/@s/by-exports"), { exports: { ".": { import: "./dist/x.mjs", require: "./dist/x.cjs" } } }, [
      "dist/x.mjs",
      "dist/x.cjs",
    ]);
    const byMain = pkg(path.join(root, "cjs-app/node_modules/by-main"), { main: "./dist-cjs/index.js" }, ["dist-cjs/index.js"]);
    const cache = {
      [path.join(cjsMain, "dist/x.cjs")]: { loaded: true, exports: { e: 1 } },
      [path.join(cjsMain, "dist/other.cjs")]: { loaded: true, exports: {} },
      [path.join(byMain, "dist-cjs/index.js")]: { loaded: true, exports: { m: 1 } },
      [path.join(byMain, "index.js")]: { loaded: true, exports: {} },
    } as unknown as NodeJS.Dict<NodeModule>;
    expect(loadedCommonJsCopies("@s/by-exports", cache).map((c) => c.exports)).toEqual([{ e: 1 }]);
    expect(loadedCommonJsCopies("by-main", cache).map((c) => c.exports)).toEqual([{ m: 1 }]);
  });
});
