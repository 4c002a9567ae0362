import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARS } from "./env-vars";

const doc = readFileSync(path.resolve(__dirname, "../../../docs/configuration.md"), "utf8");
const instrumentationConfig = readFileSync(path.resolve(__dirname, "../../../instrumentation/src/config.ts"), "utf8");
const source = [
  readFileSync(path.resolve(__dirname, "env-vars.ts"), "utf8"),
  readFileSync(path.resolve(__dirname, "../ingest/receiver/config.ts"), "utf8"),
].join("\n");

describe("docs/configuration.md", () => {
  it("documents every environment variable the collector reads, with its key and default", () => {
    for (const v of ENV_VARS) {
      expect(doc, v.env).toContain(`| \`${v.env}\` | \`${v.key}\` | ${v.default} |`);
    }
  });

  it("lists no LLMSCOPE_ collector variable that the code does not read", () => {
    const documented = new Set([...doc.matchAll(/`(LLMSCOPE_[A-Z_]+)`/g)].map((m) => m[1]!));
    const cliAndTestOnly = new Set(["LLMSCOPE_URL", "LLMSCOPE_TEST_CLICKHOUSE_URL"]);
    for (const name of documented) {
      if (cliAndTestOnly.has(name)) continue;
      // The instrumentation package's own variables (its section of the doc) are read there.
      if (instrumentationConfig.includes(`env.${name}`)) continue;
      expect(
        ENV_VARS.map((v) => v.env),
        name,
      ).toContain(name);
    }
    for (const key of ["maxAttributeKeyLength", "maxEventsPerSpan", "maxLinksPerSpan"]) expect(source).toContain(key);
  });
});
