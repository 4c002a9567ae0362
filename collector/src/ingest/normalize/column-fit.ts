import type { ReceivedSpan, ValidSpan } from "../receiver/model";
import type { SpanCheck } from "../receiver/validate";
import type { CanonicalLlm } from "./canonical";
import { readDialects } from "./dialects";
import { genAiSpanType } from "./span-type";
import { viewOf, type SpanView } from "./span-view";

const UINT32_MAX = 4_294_967_295;

type DialectReading = ReturnType<typeof readDialects> & { view: SpanView };
/**
 * The span view and dialect reading made for the check, kept for the normalizer so a span's keys
 * are walked and its dialects read once. Keyed by the attributes object, which a ValidSpan shares
 * with the ReceivedSpan it came from (the view's span is that ReceivedSpan: the same field values).
 */
const readings = new WeakMap<object, DialectReading>();

/** The view and reading columnRangeFault made of these attributes, handed over once (then forgotten). */
export function takeDialectReading(attributes: object): DialectReading | undefined {
  const reading = readings.get(attributes);
  if (reading) readings.delete(attributes);
  return reading;
}
/** The largest time to first chunk, in seconds, that UInt64 nanoseconds hold. */
const MAX_TTFT_SECONDS = 18_446_744_073;

/** Canonical numbers stored in (or computed into) a typed llm_spans column, with that column. */
const UINT32_FIELDS: [keyof CanonicalLlm, string][] = [
  ["inputTokens", "InputTokens"],
  ["outputTokens", "OutputTokens"],
  ["cacheReadTokens", "CacheReadTokens"],
  ["cacheWriteTokens", "CacheWriteTokens"],
  ["reasoningTokens", "ReasoningTokens"],
  ["totalTokens", "InputTokens"],
  ["retrievalTopK", "RetrievalTopK"],
  ["documentsCount", "DocumentsCount"],
];

/** The attribute that carried `value` and its value as sent, for the message (dialects read many spellings of one field). */
function source(span: ReceivedSpan, value: number): string {
  for (const [key, v] of Object.entries(span.attributes)) {
    if ((typeof v === "number" || typeof v === "bigint" || typeof v === "string") && Number(v) === value)
      return `attributes[${JSON.stringify(key)}]: ${String(v)}`;
  }
  return `a token or count attribute: ${value}`;
}

/**
 * Why a GenAI span's numbers cannot be stored in llm_spans' typed columns, or undefined when they
 * fit: a count outside UInt32 (0 to 4,294,967,295) or a time to first chunk outside UInt64
 * nanoseconds. The receiver rejects such a span (partial success) instead of storing a value the
 * client did not send; spans that are not GenAI calls have no such columns and always pass.
 */
export function columnRangeFault(span: ReceivedSpan): string | undefined {
  const view = viewOf(span as unknown as ValidSpan);
  const reading = readDialects(view);
  readings.set(span.attributes, { record: reading.record, content: reading.content, view });
  const { record } = reading;
  if (!genAiSpanType(view, record)) return undefined;
  for (const [field, column] of UINT32_FIELDS) {
    const value = record[field] as number | undefined;
    if (value !== undefined && (value < 0 || value > UINT32_MAX)) {
      return `${source(span, value)} does not fit llm_spans.${column} (UInt32, 0 to ${UINT32_MAX})`;
    }
  }
  const ttft = record.timeToFirstChunkSeconds;
  if (ttft !== undefined && (ttft < 0 || ttft > MAX_TTFT_SECONDS)) {
    return `time to first chunk: ${ttft} s does not fit llm_spans.TimeToFirstChunkNs (UInt64 nanoseconds, 0 to ${MAX_TTFT_SECONDS} s)`;
  }
  return undefined;
}

/** The checks a span passes to be accepted: on receipt, and again when read back from the write-ahead log. */
export const COLUMN_FIT_CHECKS: readonly SpanCheck[] = [{ code: "column_range", check: columnRangeFault }];
