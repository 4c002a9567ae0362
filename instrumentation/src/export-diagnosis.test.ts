import { describe, expect, it } from "vitest";
import { NOT_RETRIED } from "./export-agent";
import { diagnoseExportError, ExportWarnings } from "./export-diagnosis";

const URL = "http://c:4318/v1/traces";
const sysError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:4318`), { code });
const httpError = (status: number, message: string) => Object.assign(new Error(message), { code: status });

describe("diagnoseExportError", () => {
  it("classifies what the OTLP exporter reports, and says what to change", () => {
    expect(diagnoseExportError(sysError("ECONNREFUSED"), URL).problem).toBe("unreachable");
    // The code llmscope marks as not retried still reads as the original one.
    expect(diagnoseExportError(sysError(`ENOTFOUND${NOT_RETRIED}`), URL).message).toContain("(ENOTFOUND)");
    expect(diagnoseExportError(sysError("EPROTO"), "https://c:4318/v1/traces").fix).toBe("use http:// instead of https:// in OTEL_EXPORTER_OTLP_ENDPOINT.");
    expect(diagnoseExportError(httpError(404, "Not Found"), URL).problem).toBe("not-found");
    expect(diagnoseExportError(httpError(403, "Forbidden"), URL).what).toBe(`the collector at ${URL} refused the spans (403 Forbidden)`);
    expect(diagnoseExportError(httpError(401, "Unauthorized"), URL, false).fix).toContain('set OTEL_EXPORTER_OTLP_HEADERS="authorization=Bearer <token>"');
    expect(diagnoseExportError(httpError(401, "Unauthorized"), URL, true).fix).toContain("is not accepted");
    expect(diagnoseExportError(new Error("Request timed out"), URL).problem).toBe("timeout");
    expect(diagnoseExportError(httpError(500, "Internal Server Error"), URL).message).toBe(
      `the collector at ${URL} answered HTTP 500 (Internal Server Error); spans were dropped.`,
    );
    expect(diagnoseExportError("weird", URL).message).toBe(`exporting spans to ${URL} failed: weird`);
  });
});

describe("ExportWarnings", () => {
  it("one line per problem per interval, the count of the ones held back, and one line on recovery", () => {
    const lines: string[] = [];
    let now = 0;
    const w = new ExportWarnings(
      URL,
      false,
      (l) => lines.push(l),
      60_000,
      () => now,
    );
    w.failed(sysError("ECONNREFUSED"));
    w.failed(sysError("ECONNREFUSED"));
    w.failed(sysError("ECONNREFUSED"));
    w.failed(httpError(404, "Not Found")); // another problem: its own line
    expect(lines).toHaveLength(2);
    now = 61_000;
    w.failed(sysError("ECONNREFUSED"));
    expect(lines[2]).toMatch(/ECONNREFUSED.*\(2 more failed exports since the last warning\)$/);
    w.succeeded();
    w.succeeded();
    expect(lines.slice(3)).toEqual([`llmscope: exporting spans to ${URL} works again.`]);
    w.failed(sysError("ECONNREFUSED")); // after a recovery a new outage is reported at once
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.startsWith("llmscope: "))).toBe(true);
  });
});
