import { getJson, type SessionTrace } from "./api.js";
import { h } from "./dom.js";
import { count, duration, score, time, usd } from "./format.js";
import { traceHref, tracesHref } from "./route.js";

export async function sessionPage(sessionId: string): Promise<HTMLElement> {
  const { traces } = await getJson<{ session_id: string; traces: SessionTrace[] }>(`/api/sessions/${encodeURIComponent(sessionId)}`);
  const cost = traces.reduce((s, t) => s + t.cost_usd, 0);
  const tokens = traces.reduce((s, t) => s + t.tokens, 0);
  return h(
    "main",
    { class: "session-page" },
    h(
      "header",
      { class: "trace-header" },
      h("a", { href: tracesHref(new URLSearchParams({ session: sessionId, from: "now-30d" })), class: "back" }, "← Traces of this session"),
      h("h1", {}, `Session ${sessionId}`),
      h(
        "div",
        { class: "trace-meta" },
        h("span", {}, `${count(traces.length)} traces`),
        h("span", {}, `${count(tokens)} tokens`),
        h("span", {}, usd(cost)),
        traces[0]?.user_id ? h("span", {}, `user ${traces[0].user_id}`) : null,
      ),
    ),
    h(
      "table",
      { class: "traces session", id: "session-traces" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["#", "Start", "Root span", "Duration", "LLM calls", "Tokens", "Cost", "Status", "Scores"].map((c) => h("th", {}, c)),
        ),
      ),
      h(
        "tbody",
        {},
        traces.map((t, i) =>
          h(
            "tr",
            { class: t.status === "Error" ? "trace error" : "trace" },
            h("td", { class: "num" }, i + 1),
            h("td", {}, time(t.start_us)),
            h("td", {}, h("a", { href: traceHref(t.TraceId) }, t.root_span)),
            h("td", { class: "num" }, duration(t.duration_ms)),
            h("td", { class: "num" }, count(t.llm_calls)),
            h("td", { class: "num" }, count(t.tokens)),
            h("td", { class: "num" }, usd(t.cost_usd)),
            h("td", {}, t.status),
            h(
              "td",
              { class: "scores-cell" },
              t.score_names.map((name, j) => h("span", { class: "score-chip" }, `${name} ${score(t.score_means[j] ?? null)}`)),
            ),
          ),
        ),
      ),
    ),
  );
}
