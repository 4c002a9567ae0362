import { ExportResultCode, type ExportResult } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { NOT_RETRIED } from "./export-agent";

/**
 * Turns a failed OTLP export into one line that says what to change. The exporter itself only
 * reports through the OpenTelemetry diag logger, which is silent unless the app configures it.
 */
export type ExportProblem = "unreachable" | "tls" | "unauthorized" | "not-found" | "timeout" | "http" | "other";

export interface Diagnosis {
  problem: ExportProblem;
  /** What went wrong. */
  what: string;
  /** What to change, when llmscope can tell. */
  fix?: string;
  /** The one warning line (without the "llmscope: " prefix). */
  message: string;
}

function diagnosis(problem: ExportProblem, what: string, fix: string | undefined, separator = "; "): Diagnosis {
  return { problem, what, ...(fix !== undefined && { fix }), message: fix === undefined ? what : `${what}${separator}${fix}` };
}

/** Network error codes meaning "nothing answers at that address". */
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);

/** `tokenSent`: whether an Authorization header is configured (its value is never read here). */
export function diagnoseExportError(error: unknown, endpoint: string, tokenSent = false): Diagnosis {
  const err = (error ?? {}) as { code?: unknown; message?: unknown; cause?: { code?: unknown } };
  const rawCode = typeof err.code === "string" ? err.code : typeof err.cause?.code === "string" ? err.cause.code : undefined;
  const code = rawCode?.endsWith(NOT_RETRIED) ? rawCode.slice(0, -NOT_RETRIED.length) : rawCode;
  const status = typeof err.code === "number" ? err.code : undefined;
  const text = typeof err.message === "string" ? err.message : String(error);
  if (code !== undefined && UNREACHABLE.has(code)) {
    return diagnosis(
      "unreachable",
      `cannot reach the collector at ${endpoint} (${code}); spans are dropped until it answers`,
      "Start it (npx llmscope start) or set OTEL_EXPORTER_OTLP_ENDPOINT to where it listens.",
      ". ",
    );
  }
  if (code === "EPROTO" || code?.startsWith("ERR_SSL_") || /wrong version number|ssl3_get_record|packet length too long/i.test(text)) {
    return diagnosis(
      "tls",
      `TLS handshake with ${endpoint} failed (${code ?? text}): the server there speaks plain HTTP`,
      "use http:// instead of https:// in OTEL_EXPORTER_OTLP_ENDPOINT.",
    );
  }
  if (status === 401 || status === 403) {
    return diagnosis(
      "unauthorized",
      `the collector at ${endpoint} refused the spans (${status} ${status === 401 ? "Unauthorized" : "Forbidden"})`,
      tokenSent
        ? "the Authorization header in OTEL_EXPORTER_OTLP_HEADERS is not accepted: put the collector's LLMSCOPE_AUTH_TOKEN in it (authorization=Bearer <token>)."
        : 'set OTEL_EXPORTER_OTLP_HEADERS="authorization=Bearer <token>" with the collector\'s LLMSCOPE_AUTH_TOKEN.',
    );
  }
  if (status === 404) {
    return diagnosis(
      "not-found",
      `${endpoint} answered 404 Not Found: no OTLP traces receiver at that path`,
      "Set OTEL_EXPORTER_OTLP_ENDPOINT to the collector's base URL (e.g. http://localhost:4318), without /v1/traces.",
      ". ",
    );
  }
  if (/timed? ?out/i.test(text)) {
    return diagnosis(
      "timeout",
      `exporting to ${endpoint} timed out; spans were dropped`,
      "Check that the collector at that address is up and not overloaded.",
      ". ",
    );
  }
  if (status !== undefined) return diagnosis("http", `the collector at ${endpoint} answered HTTP ${status} (${text}); spans were dropped.`, undefined);
  return diagnosis("other", `exporting spans to ${endpoint} failed: ${text}`, undefined);
}

/** One line per problem, then at most one more per interval, with the count of failures in between. */
export class ExportWarnings {
  private readonly last = new Map<ExportProblem, { at: number; suppressed: number }>();
  private failing = false;

  constructor(
    private readonly endpoint: string,
    private readonly tokenSent: boolean,
    private readonly warn: (line: string) => void = (line) => console.warn(line),
    private readonly intervalMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  failed(error: unknown): void {
    const { problem, message } = diagnoseExportError(error, this.endpoint, this.tokenSent);
    this.failing = true;
    const seen = this.last.get(problem);
    const at = this.now();
    if (seen !== undefined && at - seen.at < this.intervalMs) {
      seen.suppressed++;
      return;
    }
    const repeat =
      seen !== undefined && seen.suppressed > 0 ? ` (${seen.suppressed} more failed export${seen.suppressed === 1 ? "" : "s"} since the last warning)` : "";
    this.last.set(problem, { at, suppressed: 0 });
    this.warn(`llmscope: ${message}${repeat}`);
  }

  succeeded(): void {
    if (!this.failing) return;
    this.failing = false;
    this.last.clear();
    this.warn(`llmscope: exporting spans to ${this.endpoint} works again.`);
  }
}

/** The exporter with its failures reported through ExportWarnings. */
export class DiagnosingSpanExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly warnings: ExportWarnings,
    private readonly onResult: (ok: boolean) => void = () => {},
  ) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      const ok = result.code === ExportResultCode.SUCCESS;
      this.onResult(ok);
      if (ok) this.warnings.succeeded();
      else this.warnings.failed(result.error);
      resultCallback(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
