/**
 * The receiver's output: one OTLP span, decoded from protobuf or JSON into plain values.
 * Both decoders produce exactly this shape, so everything downstream is wire-format agnostic.
 */

/**
 * An OTLP AnyValue as a JS value. Integers stay `bigint` so an int64 never loses precision and
 * stays distinguishable from a double (`1` vs `1.0` matter for typed columns downstream).
 */
export type AnyValue = string | boolean | number | bigint | Uint8Array | null | AnyValue[] | { [key: string]: AnyValue };

export type Attributes = Record<string, AnyValue>;

export interface ResourceInfo {
  attributes: Attributes;
  schemaUrl: string;
}

export interface ScopeInfo {
  name: string;
  version: string;
  attributes: Attributes;
}

export interface SpanEvent {
  timeUnixNano: bigint;
  name: string;
  attributes: Attributes;
}

export interface SpanLink {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: Attributes;
}

/** OTLP SpanKind enum values (0 = unspecified). */
export const SPAN_KIND_NAMES = ["Unspecified", "Internal", "Server", "Client", "Producer", "Consumer"] as const;
/** OTLP StatusCode enum values. */
export const STATUS_CODE_NAMES = ["Unset", "Ok", "Error"] as const;

/**
 * A span as it came off the wire. Decoders never throw for a single bad span: what they could not
 * read is listed in `problems`, and the validator turns a non-empty list into a rejection.
 * Ids are lowercase hex ("" when absent), possibly of the wrong length until validated.
 */
export interface ReceivedSpan {
  resource: ResourceInfo;
  scope: ScopeInfo;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  traceState: string;
  name: string;
  kind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Attributes;
  events: SpanEvent[];
  links: SpanLink[];
  status: { code: number; message: string };
  /** What the decoder could not read for this span (e.g. "startTimeUnixNano: not an integer"). */
  problems: string[];
}

/** A span with every field empty, for a decoder to fill in. */
export function emptySpan(resource: ResourceInfo, scope: ScopeInfo, problems: string[] = []): ReceivedSpan {
  return {
    resource,
    scope,
    traceId: "",
    spanId: "",
    parentSpanId: "",
    traceState: "",
    name: "",
    kind: 0,
    startTimeUnixNano: 0n,
    endTimeUnixNano: 0n,
    attributes: {},
    events: [],
    links: [],
    status: { code: 0, message: "" },
    problems,
  };
}

/** A span that passed validation. Same shape; the type marks that checks were done. */
export type ValidSpan = Omit<ReceivedSpan, "problems"> & { readonly validated: true };

export interface RejectedSpan {
  /** Position of the span in the request, counting across all resource/scope groups. */
  index: number;
  traceId: string;
  spanId: string;
  name: string;
  reason: string;
}
