import { SPAN_KIND_NAMES, STATUS_CODE_NAMES, type Attributes, type ValidSpan } from "../receiver/model";
import type { OtelTraceRow } from "../../store/rows";
import { readString, stringifyAttributes } from "./attributes";
import { toDateTime64 } from "./time";

/** The `otel_traces` row for a span, with the value spellings the OpenTelemetry Collector exporter uses. */
export function toOtelTraceRow(span: ValidSpan, extraAttributes: Record<string, string> = {}): OtelTraceRow {
  return {
    Timestamp: toDateTime64(span.startTimeUnixNano),
    TraceId: span.traceId,
    SpanId: span.spanId,
    ParentSpanId: span.parentSpanId,
    TraceState: span.traceState,
    SpanName: span.name,
    SpanKind: SPAN_KIND_NAMES[span.kind] ?? "Unspecified",
    ServiceName: serviceName(span),
    ResourceAttributes: resourceAttributes(span.resource.attributes),
    ScopeName: span.scope.name,
    ScopeVersion: span.scope.version,
    SpanAttributes: withExtra(stringifyAttributes(span.attributes), extraAttributes),
    Duration: (span.endTimeUnixNano - span.startTimeUnixNano).toString(),
    StatusCode: STATUS_CODE_NAMES[span.status.code] ?? "Unset",
    StatusMessage: span.status.message,
    "Events.Timestamp": each(span.events, (e) => toDateTime64(e.timeUnixNano)),
    "Events.Name": each(span.events, (e) => e.name),
    "Events.Attributes": each(span.events, (e) => stringifyAttributes(e.attributes)),
    "Links.TraceId": each(span.links, (l) => l.traceId),
    "Links.SpanId": each(span.links, (l) => l.spanId),
    "Links.TraceState": each(span.links, (l) => l.traceState),
    "Links.Attributes": each(span.links, (l) => stringifyAttributes(l.attributes)),
  };
}

/**
 * The decoders give every span of a resource group the same resource object, so its attributes are
 * stringified once per request, not once per span. The rows share the result, frozen: no stage
 * writes resource attributes, and a write would reach every span of the group.
 */
const resourceRows = new WeakMap<Attributes, Record<string, string>>();

function resourceAttributes(attributes: Attributes): Record<string, string> {
  let row = resourceRows.get(attributes);
  if (!row) {
    row = Object.freeze(stringifyAttributes(attributes));
    resourceRows.set(attributes, row);
  }
  return row;
}

/**
 * The empty list most rows hold (events, links, finish reasons), one for every row: seven fewer
 * allocations per span, and the Native encoder reads one array instead of a cache miss per row and
 * column. Frozen: no stage appends to a row's lists (they are replaced), and an append would reach
 * every row.
 */
const NO_ITEMS: readonly never[] = Object.freeze([]);

export function noItems<T>(): T[] {
  return NO_ITEMS as never[];
}

/** `list.map(fn)`, without the call when the list is empty (most spans have no events or links). */
function each<T, R>(list: readonly T[], fn: (item: T) => R): R[] {
  return list.length === 0 ? noItems() : list.map(fn);
}

function withExtra(attributes: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  for (const key in extra) attributes[key] = extra[key]!;
  return attributes;
}

export function serviceName(span: ValidSpan): string {
  return readString(span.resource.attributes, "service.name") ?? "";
}
