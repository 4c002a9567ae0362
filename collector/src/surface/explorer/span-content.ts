import type { CanonicalContent } from "../../ingest/normalize/content";
import { readDialects } from "../../ingest/normalize/dialects";
import { viewOf } from "../../ingest/normalize/span-view";
import type { ValidSpan } from "../../ingest/receiver/model";

export interface StoredSpanText {
  name: string;
  kind: string;
  attributes: Record<string, string>;
  event_times_us: number[];
  event_names: string[];
  event_attributes: Record<string, string>[];
}

/**
 * The captured content of a stored span, read by the same dialect readers that read it on ingest,
 * so the explorer shows a conversation whichever instrumentation recorded it. The stored values are
 * already redacted; attribute values come back as text, which the readers accept.
 */
export function storedContent(span: StoredSpanText): Omit<CanonicalContent, "sources"> | null {
  const valid = {
    resource: { attributes: {}, schemaUrl: "" },
    scope: { name: "", version: "", attributes: {} },
    traceId: "",
    spanId: "",
    parentSpanId: "",
    traceState: "",
    name: span.name,
    kind: 0,
    startTimeUnixNano: 0n,
    endTimeUnixNano: 0n,
    attributes: span.attributes,
    events: span.event_names.map((name, i) => ({
      timeUnixNano: BigInt(span.event_times_us[i] ?? 0) * 1000n,
      name,
      attributes: span.event_attributes[i] ?? {},
    })),
    links: [],
    status: { code: 0, message: "" },
    validated: true,
  } satisfies ValidSpan;
  const { content } = readDialects(viewOf(valid));
  if (!content) return null;
  const { sources: _sources, ...rest } = content;
  return Object.keys(rest).length > 0 ? rest : null;
}
