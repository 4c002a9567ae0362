import { getJson, type Facets, type Overview, type TraceList, type TraceRow } from "./api.js";
import { overviewChart } from "./chart.js";
import { h } from "./dom.js";
import { count, duration, percent, time, usd } from "./format.js";
import { traceHref, tracesHref } from "./route.js";

const RANGES = [
  ["now-15m", "15 minutes"],
  ["now-1h", "1 hour"],
  ["now-6h", "6 hours"],
  ["now-24h", "24 hours"],
  ["now-7d", "7 days"],
  ["now-30d", "30 days"],
] as const;
const FILTER_KEYS = [
  "from",
  "to",
  "service",
  "model",
  "prompt_name",
  "prompt_version",
  "user",
  "session",
  "status",
  "has_pii",
  "has_injection",
  "has_block",
  "min_duration_ms",
  "min_cost_usd",
];
const COLUMNS: [label: string, sort: string | null, numeric: boolean][] = [
  ["Start", "start", false],
  ["Root span", "name", false],
  ["Service", null, false],
  ["Duration", "duration", true],
  ["Spans", "spans", true],
  ["LLM calls", "llm_calls", true],
  ["Tokens", "tokens", true],
  ["Cost", "cost", true],
  ["Flags", "flags", false],
];
const PAGE = 50;

/** The filters of the URL that the API takes; the range defaults to the last hour. */
function apiQuery(params: URLSearchParams, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) q.set(key, v);
  }
  if (!q.has("from")) q.set("from", "now-1h");
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

export async function tracesPage(params: URLSearchParams): Promise<HTMLElement> {
  const sort = params.get("sort") ?? "start";
  const order = params.get("order") ?? "desc";
  const offset = Math.max(0, Number(params.get("offset") ?? "0") || 0);
  const [list, overview, facets] = await Promise.all([
    getJson<TraceList>(`/api/traces?${apiQuery(params, { sort, order, offset: String(offset), limit: String(PAGE) })}`),
    getJson<Overview>(`/api/overview?${apiQuery(params)}`),
    getJson<Facets>(`/api/facets?${new URLSearchParams({ from: params.get("from") ?? "now-1h" }).toString()}`),
  ]);
  return h("main", { class: "traces-page" }, filterForm(params, facets), overviewStrip(overview), tracesTable(list, params, sort, order), pager(list, params));
}

function filterForm(params: URLSearchParams, facets: Facets): HTMLElement {
  const value = (k: string) => params.get(k) ?? (k === "from" ? "now-1h" : "");
  const select = (name: string, label: string, options: [string, string][]) =>
    h(
      "label",
      {},
      label,
      h(
        "select",
        { name },
        options.map(([v, text]) => h("option", { value: v, selected: v === value(name) }, text)),
      ),
    );
  const input = (name: string, label: string, type = "text", extra: Record<string, string> = {}) =>
    h("label", {}, label, h("input", { name, type, value: value(name), ...extra }));
  const check = (name: string, label: string) =>
    h("label", { class: "check" }, h("input", { name, type: "checkbox", value: "1", checked: value(name) === "1" }), label);
  const all = (items: string[]): [string, string][] => [["", "all"], ...items.map((s): [string, string] => [s, s])];

  const form = h(
    "form",
    { class: "filters", id: "filters" },
    select(
      "from",
      "Range",
      RANGES.map(([v, text]) => [v, text]),
    ),
    select("service", "Service", all(facets.services)),
    select("model", "Model", all(facets.models)),
    select("prompt_name", "Prompt", all(facets.prompts.map((p) => p.prompt_name))),
    input("prompt_version", "Version", "text", { size: "4" }),
    input("user", "User"),
    input("session", "Session"),
    select("status", "Status", [
      ["", "all"],
      ["Ok", "Ok"],
      ["Error", "Error"],
    ]),
    check("has_pii", "PII"),
    check("has_injection", "Injection"),
    check("has_block", "Blocked"),
    input("min_duration_ms", "Min ms", "number", { min: "0", step: "any" }),
    input("min_cost_usd", "Min $", "number", { min: "0", step: "any" }),
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: "#/traces", class: "reset" }, "Reset"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && v !== "") next.set(k, v);
    if (params.get("sort")) next.set("sort", params.get("sort")!);
    if (params.get("order")) next.set("order", params.get("order")!);
    location.hash = tracesHref(next);
  });
  return form;
}

function overviewStrip(o: Overview): HTMLElement {
  const stat = (label: string, value: string, cls = "") =>
    h("div", { class: `stat ${cls}` }, h("span", { class: "stat-value" }, value), h("span", { class: "stat-label" }, label));
  const t = o.total;
  return h(
    "section",
    { class: "overview", "aria-label": "overview" },
    h(
      "div",
      { class: "stats" },
      stat("traces", count(t.traces)),
      stat("p50", duration(t.p50_ms)),
      stat("p95", duration(t.p95_ms)),
      stat("p99", duration(t.p99_ms)),
      stat("spend", usd(t.cost_usd)),
      stat("error rate", percent(t.error_rate), t.error_rate > 0 ? "bad" : ""),
    ),
    overviewChart(o.buckets, o.bucket_seconds, o.from_ms, o.to_ms),
  );
}

function tracesTable(list: TraceList, params: URLSearchParams, sort: string, order: string): HTMLElement {
  const header = h(
    "tr",
    {},
    COLUMNS.map(([label, key, numeric]) => {
      if (!key) return h("th", {}, label);
      const next = new URLSearchParams(params);
      next.set("sort", key);
      next.set("order", sort === key && order === "desc" ? "asc" : "desc");
      next.delete("offset");
      const arrow = sort === key ? (order === "desc" ? " ▼" : " ▲") : "";
      return h(
        "th",
        { class: numeric ? "num" : "", "aria-sort": sort === key ? (order === "desc" ? "descending" : "ascending") : undefined },
        h("a", { href: tracesHref(next), "data-sort": key }, label + arrow),
      );
    }),
  );
  const rows = list.traces.map((t) => traceRow(t));
  return h(
    "table",
    { class: "traces", id: "traces" },
    h("thead", {}, header),
    h("tbody", {}, rows.length > 0 ? rows : h("tr", {}, h("td", { colspan: COLUMNS.length, class: "empty" }, "No traces in this range match the filters."))),
  );
}

function traceRow(t: TraceRow): HTMLElement {
  const row = h(
    "tr",
    { class: t.status === "Error" ? "trace error" : "trace", "data-trace-id": t.TraceId },
    h("td", {}, time(t.start_us)),
    h("td", {}, h("a", { href: traceHref(t.TraceId) }, t.root_span)),
    h("td", {}, t.service),
    h("td", { class: "num" }, duration(t.duration_ms)),
    h("td", { class: "num" }, count(t.spans)),
    h("td", { class: "num" }, count(t.llm_calls)),
    h("td", { class: "num" }, count(t.tokens)),
    h("td", { class: "num" }, usd(t.cost_usd)),
    h("td", {}, flags(t.flags)),
  );
  row.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a")) return;
    location.hash = traceHref(t.TraceId);
  });
  return row;
}

export function flags(list: string[]): HTMLElement {
  return h(
    "span",
    { class: "flags" },
    list.map((f) => h("span", { class: `flag flag-${f}` }, f)),
  );
}

function pager(list: TraceList, params: URLSearchParams): HTMLElement {
  const link = (offset: number, label: string, enabled: boolean) => {
    const next = new URLSearchParams(params);
    next.set("offset", String(offset));
    return enabled ? h("a", { href: tracesHref(next), class: "page-link" }, label) : h("span", { class: "page-link disabled" }, label);
  };
  const first = list.total === 0 ? 0 : list.offset + 1;
  const last = list.offset + list.traces.length;
  return h(
    "nav",
    { class: "pager" },
    link(Math.max(0, list.offset - list.limit), "← Previous", list.offset > 0),
    h("span", { class: "page-info" }, `${count(first)}–${count(last)} of ${count(list.total)}`),
    link(list.offset + list.limit, "Next →", last < list.total),
  );
}
