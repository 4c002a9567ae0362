import type { Message, ScoreRow, Span, SpanContent } from "./api.js";
import { h } from "./dom.js";
import { count, duration, score, time, usd } from "./format.js";
import { sessionHref } from "./route.js";

/** The right-hand pane: everything known about one span. Every value is inserted as text. */
export function spanDetail(span: Span): HTMLElement {
  const g = span.genai;
  return h(
    "aside",
    { class: "detail", id: "span-detail", "data-span-id": span.SpanId },
    h("h2", {}, span.name),
    keyValues([
      ["status", span.status + (span.status_message ? `: ${span.status_message}` : "")],
      ["duration", duration(span.duration_ns / 1e6)],
      ["start", time(span.start_us)],
      ["service", span.service],
      ["kind", span.kind],
      ["span id", span.SpanId],
    ]),
    g && section("GenAI", genaiFields(span)),
    g && g.span_type === "llm" && section("Tokens and cost", tokensAndCost(span)),
    span.content && section("Conversation", conversation(span.content)),
    findings(span),
    span.scores.length > 0 && section("Scores and feedback", scoresTable(span.scores)),
    errorsAndEvents(span),
    h(
      "details",
      { class: "attributes" },
      h("summary", {}, `All attributes (${Object.keys(span.attributes).length})`),
      keyValues(Object.entries(span.attributes).sort(([a], [b]) => a.localeCompare(b))),
    ),
  );
}

function section(title: string, ...body: (Node | false | null | undefined)[]): HTMLElement {
  return h("section", { class: "detail-section" }, h("h3", {}, title), ...body);
}

function keyValues(pairs: [string, string | number | Node][]): HTMLElement {
  return h(
    "dl",
    { class: "kv" },
    pairs.filter(([, v]) => v !== "" && v !== undefined).flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
  );
}

function genaiFields(span: Span): HTMLElement {
  const g = span.genai!;
  const session = g.session_id ? h("a", { href: sessionHref(g.session_id) }, g.session_id) : "";
  return keyValues([
    ["type", g.span_type],
    ["operation", g.operation],
    ["provider", g.provider],
    ["request model", g.request_model],
    ["response model", g.response_model],
    ["finish reason", g.finish_reasons.join(", ")],
    ["streamed", g.is_stream ? `yes, first chunk after ${duration(g.ttfc_ms)}` : ""],
    ["prompt", g.prompt_name ? `${g.prompt_name} v${g.prompt_version}${g.prompt_variant ? ` (${g.prompt_variant})` : ""}` : ""],
    ["user", g.user_id],
    ["session", session],
    ["data source", g.data_source ? `${g.data_source}: ${g.documents} documents` : ""],
    [
      "guardrail",
      g.guardrail_name
        ? `${g.guardrail_name}: ${g.guardrail_decision || "–"}${g.guardrail_categories.length ? ` (${g.guardrail_categories.join(", ")})` : ""}`
        : "",
    ],
  ]);
}

function tokensAndCost(span: Span): HTMLElement {
  const g = span.genai!;
  const rows: [string, number, string][] = [
    ["input", g.input_tokens, span.attributes["llmscope.cost.input"] ?? ""],
    ["output", g.output_tokens, span.attributes["llmscope.cost.output"] ?? ""],
    ["cache read", g.cache_read_tokens, span.attributes["llmscope.cost.cache_read"] ?? ""],
    ["cache write", g.cache_write_tokens, span.attributes["llmscope.cost.cache_write"] ?? ""],
    ["reasoning", g.reasoning_tokens, span.attributes["llmscope.cost.reasoning"] ?? ""],
  ];
  return h(
    "table",
    { class: "cost" },
    h("thead", {}, h("tr", {}, h("th", {}, "bucket"), h("th", { class: "num" }, "tokens"), h("th", { class: "num" }, "cost"))),
    h(
      "tbody",
      {},
      rows
        .filter(([, tokens, cost]) => tokens > 0 || cost !== "")
        .map(([label, tokens, cost]) =>
          h("tr", {}, h("td", {}, label), h("td", { class: "num" }, count(tokens)), h("td", { class: "num" }, cost ? usd(Number(cost)) : "–")),
        ),
      h(
        "tr",
        { class: "total" },
        h("td", {}, "total"),
        h("td", { class: "num" }, count(g.input_tokens + g.output_tokens)),
        h("td", { class: "num" }, g.unpriced ? "unpriced" : usd(g.cost_usd)),
      ),
    ),
    h("caption", {}, g.price_source ? `price: ${g.price_source}` : ""),
  );
}

function messageBlock(m: Message, side: "input" | "output"): HTMLElement {
  return h(
    "div",
    { class: `message role-${m.role.replace(/[^a-z]/g, "") || "unknown"} ${side}` },
    h("div", { class: "role" }, m.role || "message", m.finishReason ? h("span", { class: "finish" }, ` · ${m.finishReason}`) : null),
    h("pre", { class: "message-text" }, m.content),
  );
}

function conversation(c: SpanContent): HTMLElement {
  const parts: Node[] = [];
  if (c.systemInstructions) parts.push(messageBlock({ role: "system", content: c.systemInstructions }, "input"));
  for (const m of c.inputMessages ?? []) parts.push(messageBlock(m, "input"));
  for (const m of c.outputMessages ?? []) parts.push(messageBlock(m, "output"));
  if (c.promptTemplate) parts.push(messageBlock({ role: "template", content: c.promptTemplate }, "input"));
  if (c.promptVariables && Object.keys(c.promptVariables).length > 0) parts.push(keyValues(Object.entries(c.promptVariables)));
  if (c.retrievalQuery) parts.push(messageBlock({ role: "query", content: c.retrievalQuery }, "input"));
  for (const d of c.retrievalDocuments ?? [])
    parts.push(
      messageBlock(
        { role: `document${d.id ? ` ${d.id}` : ""}${d.score !== undefined ? ` (score ${d.score.toFixed(3)})` : ""}`, content: d.content ?? "" },
        "output",
      ),
    );
  if (c.guardrailContent) parts.push(messageBlock({ role: "checked content", content: c.guardrailContent }, "input"));
  if (c.inputText) parts.push(messageBlock({ role: "input", content: c.inputText }, "input"));
  if (c.outputText) parts.push(messageBlock({ role: "output", content: c.outputText }, "output"));
  return h("div", { class: "conversation" }, parts);
}

function findings(span: Span): HTMLElement | null {
  const g = span.genai;
  const a = span.attributes;
  const piiTypes = g?.pii_types.length ? g.pii_types : parseList(a["llmscope.pii.types"]);
  const pii = g?.pii_count ?? Number(a["llmscope.pii.count"] ?? 0);
  const injectionScore = g?.injection_score ?? Number(a["llmscope.injection.score"] ?? 0);
  const flagged = g ? g.injection_flagged === 1 : a["llmscope.injection.flagged"] === "true";
  const signals = parseList(a["llmscope.injection.signals"]);
  if (pii === 0 && !flagged && injectionScore === 0 && Object.keys(g?.quality ?? {}).length === 0) return null;
  return section(
    "Findings",
    keyValues([
      ["PII", pii > 0 ? `${pii} found: ${piiTypes.join(", ")}${a["llmscope.pii.redacted"] === "true" ? " (redacted before storage)" : ""}` : "none"],
      ["injection", `${flagged ? "FLAGGED, " : ""}score ${injectionScore.toFixed(3)}${signals.length ? ` (${signals.join(", ")})` : ""}`],
      ...Object.entries(g?.quality ?? {}).map(([name, value]): [string, string] => [`quality: ${name}`, score(value)]),
    ]),
  );
}

function parseList(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))) : [];
  } catch {
    return [text];
  }
}

export function scoresTable(scores: ScoreRow[]): HTMLElement {
  return h(
    "table",
    { class: "scores" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["name", "value", "label", "source", "explanation"].map((c) => h("th", {}, c)),
      ),
    ),
    h(
      "tbody",
      {},
      scores.map((s) =>
        h(
          "tr",
          { class: `source-${s.source}` },
          h("td", {}, s.name),
          h("td", { class: "num" }, score(s.value)),
          h("td", {}, s.label),
          h("td", {}, s.source + (s.user_id && s.source === "human" ? ` (${s.user_id})` : "")),
          h("td", {}, s.explanation),
        ),
      ),
    ),
  );
}

function errorsAndEvents(span: Span): HTMLElement | null {
  const errorType = span.genai?.error_type || span.attributes["error.type"];
  if (span.events.length === 0 && !errorType && span.status !== "Error") return null;
  return section(
    "Errors and events",
    errorType ? keyValues([["error type", errorType]]) : null,
    h(
      "ul",
      { class: "events" },
      span.events.map((e) =>
        h(
          "li",
          {},
          h("span", { class: "event-time" }, `+${duration((e.time_us - span.start_us) / 1000)} `),
          h("strong", {}, e.name),
          Object.keys(e.attributes).length > 0 ? keyValues(Object.entries(e.attributes)) : null,
        ),
      ),
    ),
  );
}
