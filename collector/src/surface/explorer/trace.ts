import type { Store } from "../../store/store";
import { storedContent, type StoredSpanText } from "./span-content";
import { runExplorerQuery } from "./sql";

interface SpanRow extends StoredSpanText {
  SpanId: string;
  ParentSpanId: string;
  start_us: number;
  duration_ns: number;
  service: string;
  scope: string;
  status: string;
  status_message: string;
  resource: Record<string, string>;
}

type GenAiRow = Record<string, unknown> & { SpanId: string };
type ScoreRow = Record<string, unknown> & { SpanId: string };

export interface TraceSpan extends Omit<SpanRow, "event_times_us" | "event_names" | "event_attributes"> {
  /** Nesting level in the waterfall: 0 for roots (and for spans whose parent is not stored). */
  depth: number;
  events: { time_us: number; name: string; attributes: Record<string, string> }[];
  genai: GenAiRow | null;
  content: ReturnType<typeof storedContent>;
  scores: ScoreRow[];
}

export interface TraceView {
  trace_id: string;
  start_us: number;
  duration_ms: number;
  spans: TraceSpan[];
  /** Scores on the whole trace (no span id), e.g. user feedback sent without one. */
  trace_scores: ScoreRow[];
  truncated: boolean;
}

export const MAX_SPANS = 10_000;

/** One trace: its spans in waterfall order (depth-first, children by start), each with its GenAI row, content and scores. */
export async function loadTrace(store: Store, traceId: string): Promise<TraceView | null> {
  const params = { trace_id: traceId };
  const [spans, genai, scores] = await Promise.all([
    runExplorerQuery<SpanRow>(store, "trace_spans", { ...params, max_spans: String(MAX_SPANS) }),
    runExplorerQuery<GenAiRow>(store, "trace_genai", params),
    runExplorerQuery<ScoreRow>(store, "trace_scores", params),
  ]);
  if (spans.length === 0) return null;
  const genaiById = new Map(genai.map((g) => [g.SpanId, g]));
  const scoresById = new Map<string, ScoreRow[]>();
  for (const s of scores) append(scoresById, s.SpanId, s);

  const views = spans.map((s): TraceSpan => {
    const { event_times_us, event_names, event_attributes, ...rest } = s;
    return {
      ...rest,
      depth: 0,
      events: event_names.map((name, i) => ({ time_us: Number(event_times_us[i] ?? 0), name, attributes: event_attributes[i] ?? {} })),
      genai: genaiById.get(s.SpanId) ?? null,
      content: storedContent(s),
      scores: scoresById.get(s.SpanId) ?? [],
    };
  });
  const ordered = waterfallOrder(views);
  const spanIds = new Set(views.map((v) => v.SpanId));
  const start = Math.min(...ordered.map((s) => s.start_us));
  const end = Math.max(...ordered.map((s) => s.start_us + s.duration_ns / 1000));
  return {
    trace_id: traceId,
    start_us: start,
    duration_ms: (end - start) / 1000,
    spans: ordered,
    trace_scores: scores.filter((s) => s.SpanId === "" || !spanIds.has(s.SpanId)),
    truncated: spans.length >= MAX_SPANS,
  };
}

/** Depth-first from the roots, children in start order; a span whose parent is missing counts as a root. */
function waterfallOrder(spans: TraceSpan[]): TraceSpan[] {
  const ids = new Set(spans.map((s) => s.SpanId));
  const children = new Map<string, TraceSpan[]>();
  const roots: TraceSpan[] = [];
  for (const s of spans) {
    if (s.ParentSpanId && ids.has(s.ParentSpanId) && s.ParentSpanId !== s.SpanId) append(children, s.ParentSpanId, s);
    else roots.push(s);
  }
  const out: TraceSpan[] = [];
  const seen = new Set<string>();
  // An explicit stack: a deep chain of spans must not overflow the call stack.
  const stack: [TraceSpan, number][] = roots.reverse().map((r) => [r, 0]);
  while (stack.length > 0) {
    const [span, depth] = stack.pop()!;
    if (seen.has(span.SpanId)) continue;
    seen.add(span.SpanId);
    span.depth = depth;
    out.push(span);
    const kids = children.get(span.SpanId) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  // Spans caught in a parent cycle are never reached from a root; list them at the end rather than lose them.
  for (const s of spans) if (!seen.has(s.SpanId)) out.push(s);
  return out;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
