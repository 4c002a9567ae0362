import path from "node:path";
import type { Reporter, TestCase, TestModule } from "vitest/node" with { "resolution-mode": "import" };

/**
 * Ends every `npm test` with what did not run and why, so a green run cannot hide a skipped
 * promise. The reason is the note of `ctx.skip(note)`, else the part of the test's name from
 * "SKIPPED:" on (the convention for describe.skipIf), else it says that none was given.
 */
export default class SkippedSummaryReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    process.stdout.write(`${formatSkippedSummary(collectSkipped(testModules, this.root))}\n`);
  }
}

export interface SkippedGroup {
  file: string;
  reason: string;
  tests: number;
}

export function collectSkipped(testModules: ReadonlyArray<TestModule>, root: string): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>();
  for (const module of testModules) {
    const file = path.relative(root, module.moduleId);
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state !== "skipped") continue;
      const reason = reasonOf(test, result.note);
      const key = `${file}\u0000${reason}`;
      const group = groups.get(key) ?? { file, reason, tests: 0 };
      group.tests++;
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason));
}

function reasonOf(test: TestCase, note: string | undefined): string {
  if (note) return note;
  const marked = /SKIPPED:\s*(.*)$/.exec(test.fullName);
  if (marked?.[1]) return marked[1].split(" > ")[0]!;
  if (test.options.mode === "todo") return "todo";
  if (test.options.mode === "skip") return "no reason given (it.skip/describe.skip without a note: say why with ctx.skip(reason))";
  return "not run (another test is marked .only, or a -t filter excluded it)";
}

export function formatSkippedSummary(groups: SkippedGroup[]): string {
  if (groups.length === 0) return "\n Skipped: none\n";
  const total = groups.reduce((sum, g) => sum + g.tests, 0);
  const files = new Set(groups.map((g) => g.file)).size;
  const lines = groups.map((g) => `   ${g.file} (${g.tests} ${g.tests === 1 ? "test" : "tests"}): ${g.reason}`);
  return [``, ` Skipped: ${total} ${total === 1 ? "test" : "tests"} in ${files} ${files === 1 ? "file" : "files"}`, ...lines, ``].join("\n");
}
