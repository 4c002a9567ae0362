import type { TraceSpan, TraceView } from "../explorer";

/**
 * A trace as a tree in the terminal: one line per span with its offset from the trace start, its
 * duration, and for GenAI spans the model, tokens, cost and flags.
 */
export function formatTraceTree(trace: TraceView): string {
  const llm = trace.spans.filter((s) => s.genai?.span_type === "llm");
  const cost = llm.reduce((sum, s) => sum + (s.genai!.unpriced ? 0 : Number(s.genai!.cost_usd)), 0);
  const tokens = llm.reduce((sum, s) => sum + Number(s.genai!.input_tokens) + Number(s.genai!.output_tokens), 0);
  const header = `trace ${trace.trace_id}  ${new Date(trace.start_us / 1000).toISOString()}  ${ms(trace.duration_ms)}  ${trace.spans.length} spans  ${llm.length} LLM calls  ${tokens} tokens  $${cost.toFixed(6)}`;
  const labels = trace.spans.map((s, i) => prefix(trace.spans, i) + s.name);
  const width = Math.min(70, Math.max(...labels.map((l) => l.length)));
  const lines = trace.spans.map((s, i) => {
    const label = labels[i]!.length > width ? `${labels[i]!.slice(0, width - 1)}…` : labels[i]!.padEnd(width);
    const offset = `+${ms((s.start_us - trace.start_us) / 1000)}`.padStart(11);
    return `${label}  ${offset}  ${ms(s.duration_ns / 1e6).padStart(10)}  ${details(s)}`.trimEnd();
  });
  return [header, "", ...lines, ""].join("\n");
}

/** Box-drawing prefix of span i: spans come depth-first, so a span is a last child when no later sibling follows before the parent's subtree ends. */
function prefix(spans: TraceSpan[], i: number): string {
  const depth = spans[i]!.depth;
  if (depth === 0) return "";
  let out = "";
  for (let level = 1; level <= depth; level++) {
    const hasMore = moreAtLevel(spans, i, level);
    out += level === depth ? (hasMore ? "├─ " : "└─ ") : hasMore ? "│  " : "   ";
  }
  return out;
}

/** True when a span at `level` follows span i before the tree returns above that level. */
function moreAtLevel(spans: TraceSpan[], i: number, level: number): boolean {
  for (let j = i + 1; j < spans.length; j++) {
    const d = spans[j]!.depth;
    if (d < level) return false;
    if (d === level) return true;
  }
  return false;
}

function details(s: TraceSpan): string {
  const g = s.genai;
  const parts: string[] = [];
  if (s.status === "Error") parts.push("ERROR" + (s.status_message ? ` (${s.status_message})` : ""));
  if (g?.span_type === "llm") {
    parts.push(String(g.request_model || g.response_model));
    parts.push(`${g.input_tokens}→${g.output_tokens} tok`);
    parts.push(g.unpriced ? "unpriced" : `$${Number(g.cost_usd).toFixed(6)}`);
  }
  if (g && Number(g.pii_count) > 0) parts.push(`pii:${(g.pii_types as string[]).join("+")}`);
  if (g && g.injection_flagged) parts.push("injection");
  if (g && g.guardrail_decision === "block") parts.push("blocked");
  return parts.join("  ");
}

function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)}µs` : value < 1000 ? `${value.toFixed(1)}ms` : `${(value / 1000).toFixed(2)}s`;
}
