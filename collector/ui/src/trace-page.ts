import { getJson, type Span, type Trace } from "./api.js";
import { h } from "./dom.js";
import { count, duration, time, usd } from "./format.js";
import { sessionHref, traceHref } from "./route.js";
import { scoresTable, spanDetail } from "./span-detail.js";

export async function tracePage(traceId: string, params: URLSearchParams, grafanaUrl: string | null): Promise<HTMLElement> {
  const trace = await getJson<Trace>(`/api/traces/${encodeURIComponent(traceId)}`);
  const selected =
    trace.spans.find((s) => s.SpanId === params.get("span")) ?? trace.spans.find((s) => s.content !== null && s.genai?.span_type === "llm") ?? trace.spans[0]!;
  const llm = trace.spans.filter((s) => s.genai?.span_type === "llm");
  const cost = llm.reduce((sum, s) => sum + (s.genai?.unpriced ? 0 : s.genai!.cost_usd), 0);
  const tokens = llm.reduce((sum, s) => sum + s.genai!.input_tokens + s.genai!.output_tokens, 0);
  const session = trace.spans.find((s) => s.genai?.session_id)?.genai!.session_id;
  return h(
    "main",
    { class: "trace-page" },
    h(
      "header",
      { class: "trace-header" },
      h("a", { href: "#/traces", class: "back" }, "← Traces"),
      h("h1", {}, trace.spans[0]!.name),
      h(
        "div",
        { class: "trace-meta" },
        h("span", {}, `trace ${trace.trace_id}`),
        h("span", {}, time(trace.start_us)),
        h("span", { id: "trace-duration" }, duration(trace.duration_ms)),
        h("span", { id: "span-count" }, `${count(trace.spans.length)} spans`),
        h("span", {}, `${count(llm.length)} LLM calls`),
        h("span", {}, `${count(tokens)} tokens`),
        h("span", {}, usd(cost)),
        session ? h("a", { href: sessionHref(session) }, `session ${session}`) : null,
        grafanaUrl ? h("a", { href: grafanaLink(grafanaUrl, trace), target: "_blank", rel: "noopener noreferrer", class: "grafana" }, "Open in Grafana") : null,
      ),
      trace.truncated ? h("p", { class: "warning" }, `Only the first ${count(trace.spans.length)} spans are shown.`) : null,
    ),
    h("div", { class: "trace-body" }, waterfall(trace, selected), spanDetail(selected)),
    trace.trace_scores.length > 0 ? h("section", { class: "trace-scores" }, h("h3", {}, "Feedback on the whole trace"), scoresTable(trace.trace_scores)) : null,
  );
}

/** The overview dashboard opens this trace in its trace panel (trace_id variable), over a window around it. */
function grafanaLink(base: string, trace: Trace): string {
  const from = Math.floor(trace.start_us / 1000) - 60_000;
  const to = Math.ceil(trace.start_us / 1000 + trace.duration_ms) + 60_000;
  const q = new URLSearchParams({ "var-trace_id": trace.trace_id, from: String(from), to: String(to) });
  return `${base.replace(/\/+$/, "")}/d/llmscope-overview?${q.toString()}`;
}

function waterfall(trace: Trace, selected: Span): HTMLElement {
  const total = Math.max(trace.duration_ms, 1e-6);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => h("span", { class: "tick" }, duration(total * f)));
  const rows = trace.spans.map((span) => {
    const offset = (span.start_us - trace.start_us) / 1000;
    const ms = span.duration_ns / 1e6;
    const bar = h("div", { class: `bar span-${span.genai?.span_type ?? "other"}${span.status === "Error" ? " error" : ""}` });
    // CSSOM writes are allowed under the page's style-src 'self'; style attributes in markup are not.
    bar.style.left = `${((offset / total) * 100).toFixed(3)}%`;
    bar.style.width = `${Math.max(0.2, (ms / total) * 100).toFixed(3)}%`;
    const name = h("div", { class: "span-name" }, span.name, span.genai?.request_model ? h("span", { class: "model" }, ` ${span.genai.request_model}`) : null);
    name.style.paddingLeft = `${span.depth * 14 + 4}px`;
    const flags = spanFlags(span);
    const row = h(
      "a",
      {
        href: traceHref(trace.trace_id, span.SpanId),
        class: `wf-row${span.SpanId === selected.SpanId ? " selected" : ""}`,
        "data-span-id": span.SpanId,
        "data-depth": span.depth,
      },
      name,
      h("div", { class: "track" }, bar),
      h("div", { class: "span-duration" }, duration(ms), flags.length > 0 ? h("span", { class: "span-flags" }, ` ${flags.join(" ")}`) : null),
    );
    return row;
  });
  return h(
    "section",
    { class: "waterfall", id: "waterfall" },
    h("div", { class: "wf-axis" }, h("div", {}, "span"), h("div", { class: "ticks" }, ticks), h("div", {}, "")),
    rows,
  );
}

function spanFlags(span: Span): string[] {
  const g = span.genai;
  const out: string[] = [];
  if (span.status === "Error") out.push("error");
  if (g && g.pii_count > 0) out.push("pii");
  if (g && g.injection_flagged) out.push("injection");
  if (g && g.guardrail_decision === "block") out.push("blocked");
  return out;
}
