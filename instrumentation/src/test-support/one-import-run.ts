import { afterAll, beforeAll, expect } from "vitest";
import { buildPackage, fixtureDir, startApp } from "./fixture-app";
import { startOtlpSink, type ExportedSpan } from "./otlp-sink";

/**
 * Runs one fixture app (`node file` in `dir`) to its end against a fresh OTLP sink and hands back
 * what it exported. The app must exit 0 (its stderr is the failure message); `one(name)` asserts
 * that exactly one span has that name.
 */
export async function runOneImportApp(
  dir: string,
  file: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ spans: ExportedSpan[]; one: (name: string) => ExportedSpan }> {
  const sink = await startOtlpSink();
  try {
    const app = startApp(dir, [file], { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", ...env }, timeoutMs);
    const exit = await app.exited;
    expect(exit.code, app.stderr()).toBe(0);
    const spans = sink.spans();
    const one = (name: string): ExportedSpan => {
      const found = spans.filter((s) => s.name === name);
      expect(found, `${name} in ${spans.map((s) => s.name).join(", ")}`).toHaveLength(1);
      return found[0]!;
    };
    return { spans, one };
  } finally {
    await sink.close();
  }
}

/**
 * For one test file: the llmscope package built, the app `files` in a fixture folder (with the slow
 * packages in `use` linked, see fixtureDir) and the fake server `start` makes; both gone after the file.
 */
export function useOneImportFixture<S extends { close(): Promise<void> }>(files: Record<string, string>, use: string[], start: () => Promise<S>) {
  let fixtures: ReturnType<typeof fixtureDir> | undefined;
  let server: S | undefined;
  beforeAll(async () => {
    buildPackage();
    fixtures = fixtureDir(files, use);
    server = await start();
  }, 60_000);
  afterAll(async () => {
    fixtures?.remove();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the fixture is made in beforeAll: use it from a hook or a test");
    return value;
  };
  return { dir: () => started(fixtures).dir, server: () => started(server) };
}
