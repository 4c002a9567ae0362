import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{semconv,instrumentation,collector,queries,detectors,dashboards}/src/**/*.test.ts", "test/**/*.test.ts"],
    // chDB binds one engine per process, so test files must not share a process (no worker threads).
    pool: "forks",
    testTimeout: 30_000,
    // After the usual report: every skipped test with the reason it gave.
    reporters: ["default", "./test/support/skipped-summary-reporter.ts"],
    hookTimeout: 60_000,
  },
});
