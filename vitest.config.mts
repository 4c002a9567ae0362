import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests reach the collector through its package entries, read from source (as tsconfig.test.json's
// paths do for the type check), so a test and the code it drives share one copy of each module.
const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@llmscope\/collector$/, replacement: source("./collector/src/index.ts") },
      { find: /^@llmscope\/collector\/testing$/, replacement: source("./collector/src/testing.ts") },
    ],
  },
  test: {
    include: ["{semconv,instrumentation,collector,queries,detectors,dashboards,tools}/src/**/*.test.ts", "test/**/*.test.ts"],
    // chDB binds one engine per process, so test files must not share a process (no worker threads).
    pool: "forks",
    testTimeout: 30_000,
    // After the usual report: every skipped test with the reason it gave.
    reporters: ["default", "./test/support/skipped-summary-reporter.ts"],
    hookTimeout: 60_000,
  },
});
