import { expect } from "vitest";
import { startApp } from "./fixture-app";
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
