import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../instrumentation/src/test-support/fixture-app";
import { runNode } from "./support/child";
import { REPO_ROOT } from "./support/collector";

/**
 * The summary `npm test` ends with: vitest itself, with the repository's reporter, runs a small
 * suite that skips in every way a test can, and the summary names each skip and its reason.
 */
const SUITE = `import { describe, it, expect } from "vitest";
describe.skipIf(true)("SKIPPED: set FAKE_SERVER_URL to run against a server", () => {
  it("one", () => expect(1).toBe(1));
  it("two", () => expect(1).toBe(1));
});
it("runs", () => expect(1).toBe(1));
it("decides at run time", (ctx) => {
  ctx.skip("chromium is not installed");
});
it.skip("skipped without a word", () => expect(1).toBe(1));
it.todo("written some day");
`;

describe("skipped-tests summary reporter", () => {
  it("lists every skipped test with its reason after the run", async () => {
    const app = fixtureDir({
      "suite.test.mjs": SUITE,
      "vitest.config.mjs": `export default { test: { include: ["*.test.mjs"], reporters: ["default", ${JSON.stringify(path.join(REPO_ROOT, "test/support/skipped-summary-reporter.ts"))}] } };`,
    });
    try {
      const run = await runNode(
        [path.join(REPO_ROOT, "node_modules/vitest/vitest.mjs"), "run", "--root", app.dir],
        { NO_COLOR: "1", FORCE_COLOR: "0" },
        app.dir,
        60_000,
      );
      expect(run.code, run.stderr).toBe(0);
      const summary = run.stdout.slice(run.stdout.lastIndexOf(" Skipped:"));
      expect(
        summary
          .trim()
          .split("\n")
          .map((l) => l.trim()),
      ).toEqual([
        "Skipped: 5 tests in 1 file",
        "suite.test.mjs (1 test): chromium is not installed",
        "suite.test.mjs (1 test): no reason given (it.skip/describe.skip without a note: say why with ctx.skip(reason))",
        "suite.test.mjs (2 tests): set FAKE_SERVER_URL to run against a server",
        "suite.test.mjs (1 test): todo",
      ]);
    } finally {
      app.remove();
    }
  }, 60_000);
});
