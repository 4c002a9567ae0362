import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import * as semconv from "./index";

const doc = readFileSync(path.resolve(__dirname, "../../docs/spans.md"), "utf8");

it("docs/spans.md lists every attribute and metric name of the package with its constant, and no other", () => {
  const names = Object.entries(semconv).filter(([key, value]) => /^(ATTR|METRIC)_/.test(key) && typeof value === "string");
  for (const [key, value] of names) expect(doc, key).toContain(`| \`${String(value)}\` | \`${key}\` |`);
  const listed = [...doc.matchAll(/^\| `[^`]+` \| `((?:ATTR|METRIC)_[A-Z_]+)` \|$/gm)].map((m) => m[1]);
  expect(listed.sort()).toEqual(names.map(([key]) => key).sort());
});
