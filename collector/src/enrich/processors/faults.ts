import type { NamedWrites, SpanRecord } from "./record";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { logger, onceEvery } from "../../telemetry/log";

const logs = logger("processor");

/** Where an enrichment stage reports the span it could not enrich. */
export interface StageFaults {
  /** `stage` is the processor's name ("pii", "cost", …) or "normalize". */
  failed(stage: string, record: Pick<SpanRecord, "trace">, err: unknown): void;
}

/** How long a failing stage stays quiet in the log after a line about it. */
const LOG_INTERVAL_MS = 60_000;

/**
 * Counts every failure in llmscope_processor_errors_total{processor} and logs the first of each
 * stage per minute, with how many were held back since. The line names the span and where the
 * error was thrown, never the error's message: a parser's message can quote the span's content.
 */
export function stageFaults(metrics: MetricsRegistry): StageFaults {
  const errors = metrics.counter(
    "llmscope_processor_errors_total",
    "Spans a processor (or the normalizer) threw on; each is stored without that stage's enrichment",
  );
  const once = onceEvery(LOG_INTERVAL_MS);
  return {
    failed(stage, { trace }, err) {
      errors.inc(1, { processor: stage });
      once(stage, (suppressed) =>
        logs.error(
          `processor "${stage}" threw ${errorName(err)}${thrownAt(err)} on span ${trace.SpanId} of trace ${trace.TraceId}; the span is stored without its enrichment${suppressed > 0 ? ` (${suppressed} more failures of it since the last line)` : ""}`,
          { processor: stage, traceId: trace.TraceId, spanId: trace.SpanId },
        ),
      );
    },
  };
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

function thrownAt(err: unknown): string {
  const frame = err instanceof Error ? err.stack?.split("\n").find((line) => line.trimStart().startsWith("at ")) : undefined;
  return frame ? ` ${frame.trim()}` : "";
}

/** What a processor may change on a record (see SpanRecord), copied before it runs so a failure can be undone. */
interface Snapshot {
  statusMessage: string;
  attributes: Record<string, string>;
  eventAttributes: Record<string, string>[];
  /** The whole llm row; null with declared columns (their values are in llmValues). */
  llm: SpanRecord["llm"];
  llmValues: unknown[] | undefined;
  content: SpanRecord["content"];
  scores: number;
}

/**
 * Copies what processors write: the span's status message, its span and event attribute maps, the
 * llm row (only `llmColumns` of it, when the processor declares them), the scores list. Shallow on
 * purpose: processors replace values, they do not edit them in place, except the content, which the
 * one processor that rewrites it (pii) reassigns.
 */
export function snapshot(record: SpanRecord, llmColumns?: readonly string[]): Snapshot {
  const trace = record.trace;
  const events = trace["Events.Attributes"];
  return {
    statusMessage: trace.StatusMessage,
    attributes: { ...trace.SpanAttributes },
    eventAttributes: events.length === 0 ? events : events.map((attrs) => ({ ...attrs })),
    llm: llmColumns ? null : record.llm && { ...record.llm },
    llmValues: llmColumns && record.llm ? valuesOf(record.llm, llmColumns) : undefined,
    content: record.content,
    scores: record.scores.length,
  };
}

/** Puts the record back as it was when `s` was taken (in place: the batch holds the same objects). */
export function restore(record: SpanRecord, s: Snapshot, llmColumns?: readonly string[]): void {
  const trace = record.trace;
  trace.StatusMessage = s.statusMessage;
  replaceAll(trace.SpanAttributes, s.attributes);
  trace["Events.Attributes"] = s.eventAttributes.length === 0 ? [] : s.eventAttributes;
  if (llmColumns) {
    if (record.llm) putBack(record.llm, llmColumns, s.llmValues);
  } else if (record.llm && s.llm) replaceAll(record.llm as unknown as Record<string, unknown>, s.llm as unknown as Record<string, unknown>);
  else record.llm = s.llm;
  record.content = s.content;
  record.scores.length = s.scores;
}

function replaceAll<T extends Record<string, unknown>>(target: T, source: T): T {
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  return Object.assign(target, source);
}

/**
 * The present values of `keys` in `target`, by position; undefined when none is present, so a
 * record a declaring processor has nothing of yet costs no copy at all.
 */
export function valuesOf(target: object, keys: readonly string[]): unknown[] | undefined {
  const from = target as Record<string, unknown>;
  let values: unknown[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const value = from[keys[i]!];
    if (value !== undefined) (values ??= new Array<unknown>(keys.length))[i] = value;
  }
  return values;
}

/** Undoes a declaring processor's call: its keys and columns back to `valuesOf`'s copy (absent ones removed), its scores dropped. */
export function restoreDeclared(record: SpanRecord, writes: NamedWrites, attributes: unknown[] | undefined, llm: unknown[] | undefined, scores: number): void {
  putBack(record.trace.SpanAttributes, writes.spanAttributes, attributes);
  if (record.llm) putBack(record.llm, writes.llmColumns, llm);
  record.scores.length = scores;
}

function putBack(target: object, keys: readonly string[], values: unknown[] | undefined): void {
  const to = target as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const value = values?.[i];
    if (value === undefined) delete to[keys[i]!];
    else to[keys[i]!] = value;
  }
}
