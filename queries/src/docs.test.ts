import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listQueries, loadQuery } from "./index";

/**
 * The docs cannot drift from the query library: the table in queries/README.md names every query
 * once and nothing else; every `llmscope query NAME …` command and `/v1/queries/NAME?…` URL in the
 * docs names a query that exists with parameters it declares; a count of named queries, if the
 * docs give one, is the real count.
 */
const ROOT = path.resolve(__dirname, "../..");
const DOCS = [
  "README.md",
  "queries/README.md",
  "instrumentation/README.md",
  "dashboards/README.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const text = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const names = listQueries();

describe("docs agree with the query library", () => {
  it("queries/README.md's table lists every query exactly once, and only those", () => {
    const section = text("queries/README.md")
      .split(/^## Queries$/m)[1]!
      .split(/^## /m)[0]!;
    const rows = [...section.matchAll(/^\| `([a-z_0-9]+)` \|/gm)].map((m) => m[1]!);
    expect([...rows].sort()).toEqual([...names].sort());
  });

  it("queries/README.md's filter table says `model` / `prompt_name` are missing exactly where they are", () => {
    const section = text("queries/README.md")
      .split(/^## Filters$/m)[1]!
      .split(/^## /m)[0]!;
    let rows = 0;
    for (const [, queries, noModel, noPrompt] of section.matchAll(/^\|\s*(`[^|]+)\|([^|]*)\|([^|]*)\|$/gm)) {
      for (const [, name] of queries!.matchAll(/`([a-z_0-9]+)`/g)) {
        rows++;
        const declared = loadQuery(name!).params.map((p) => p.name);
        expect(declared.includes("model"), `${name}: model`).toBe(noModel!.trim() === "");
        expect(declared.includes("prompt_name"), `${name}: prompt_name`).toBe(noPrompt!.trim() === "");
      }
    }
    expect(rows).toBeGreaterThan(3);
  });

  it("every `llmscope query` command and /v1/queries URL in the docs names an existing query and declared parameters", () => {
    let checked = 0;
    for (const file of DOCS) {
      const doc = text(file);
      for (const [line] of doc.matchAll(/llmscope query [a-z_0-9]+[^\n`]*/g)) {
        const name = /llmscope query ([a-z_0-9]+)/.exec(line)![1]!;
        checked++;
        expect(names, `${file}: ${line}`).toContain(name);
        const declared = loadQuery(name).params.map((p) => p.name);
        for (const [, param] of line.matchAll(/--param ([a-z_0-9]+)=/g)) expect(declared, `${file}: ${line}`).toContain(param);
        for (const [, flag] of line.matchAll(/--(from|to)\b/g)) expect(declared, `${file}: ${line}`).toContain(flag);
      }
      for (const [url, name, query] of doc.matchAll(/\/v1\/queries\/([a-z_0-9]+)\?([^\s'`)]*)/g)) {
        checked++;
        expect(names, `${file}: ${url}`).toContain(name);
        const declared = loadQuery(name!).params.map((p) => p.name);
        for (const pair of query!.split("&")) expect(declared, `${file}: ${url}`).toContain(pair.split("=")[0]);
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("states no wrong number of named queries", () => {
    for (const file of DOCS) {
      for (const [claim, n] of text(file).matchAll(/\b(\d+) (?:named )?queries\b/g)) expect(Number(n), `${file}: "${claim}"`).toBe(names.length);
    }
  });

  it("README links the dialects reference", () => {
    expect(text("README.md")).toContain("(docs/dialects.md)");
  });
});
