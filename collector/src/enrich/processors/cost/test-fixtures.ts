/** SpanRecord builders shared by the processor and judge tests (cost, quality, judge). */

import type { CanonicalContent } from "../../../ingest/normalize/content";
import type { LlmSpanRow, OtelTraceRow } from "../../../store/rows";
import { blankLlmRow, noEventsOrLinks } from "../../../store/test-fixtures";
import type { SpanRecord } from "../record";

export const TRACE = "0af7651916cd43dd8448eb211c80319c";

/** "seconds.nanoseconds" of an ISO time. */
export function ts(iso: string): string {
  const ms = Date.parse(iso);
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1_000_000).padStart(9, "0")}`;
}

export function llmRow(fields: Partial<LlmSpanRow> = {}): LlmSpanRow {
  return blankLlmRow({
    Timestamp: ts("2025-03-01T12:00:00Z"),
    TraceId: TRACE,
    SpanId: "b7ad6b7169203331",
    ServiceName: "support-bot",
    SpanName: "chat gpt-4o-mini",
    Operation: "chat",
    Provider: "openai",
    RequestModel: "gpt-4o-mini",
    DurationNs: "1000000",
    StatusCode: "Ok",
    ...fields,
  });
}

export function traceRow(llm: LlmSpanRow, attributes: Record<string, string> = {}): OtelTraceRow {
  return {
    Timestamp: llm.Timestamp,
    TraceId: llm.TraceId,
    SpanId: llm.SpanId,
    ParentSpanId: llm.ParentSpanId,
    TraceState: "",
    SpanName: llm.SpanName,
    SpanKind: "Client",
    ServiceName: llm.ServiceName,
    ResourceAttributes: {},
    ScopeName: "",
    ScopeVersion: "",
    SpanAttributes: { ...attributes },
    Duration: llm.DurationNs,
    StatusCode: llm.StatusCode,
    StatusMessage: "",
    ...noEventsOrLinks(),
  };
}

export function record(
  fields: Partial<LlmSpanRow> = {},
  content: Omit<CanonicalContent, "sources"> | null = null,
  attributes: Record<string, string> = {},
): SpanRecord {
  const llm = llmRow(fields);
  return { trace: traceRow(llm, attributes), llm, content: content && { ...content, sources: [] }, scores: [] };
}
