import type { Attributes, SpanEvent } from "../../receiver/model";
import { readBoolean, readNumber, readString } from "../attributes";
import { type CanonicalLlm, put } from "../canonical";
import { Marker } from "../span-view";
import type { Dialect } from "./dialect";

const GUARD_EVENT = "guard.evaluation";
/** OpenLIT guard actions → our guardrail decisions, with their severity. */
const ACTIONS: Record<string, { decision: string; severity: number }> = {
  allow: { decision: "pass", severity: 0 },
  warn: { decision: "flag", severity: 1 },
  redact: { decision: "redact", severity: 2 },
  deny: { decision: "block", severity: 3 },
};
const PHASES: Record<string, string> = { preflight: "input", postflight: "output" };

/**
 * OpenLIT. It writes current `gen_ai.*` names (read by semconv) plus: `gen_ai.usage.cost` (its own
 * price table; 0 means "no price known" and is ignored), `gen_ai.request.is_stream`,
 * `gen_ai.server.time_to_first_token`, `gen_ai.request.user`, guard results as `guard.evaluation`
 * span events (current SDK) or `guard.*` span attributes (older guard spans). Its Anthropic
 * instrumentation reports Anthropic's raw `input_tokens`, which exclude cache reads/writes.
 */
export const openlit: Dialect = {
  name: "openlit",
  detect({ attrs, span, markers }) {
    return (
      attrs["telemetry.sdk.name"] === "openlit" ||
      // Marker keys: gen_ai.usage.cost, guard.verdict.
      (markers & Marker.OpenLit) !== 0 ||
      span.scope.name.startsWith("@openlit/") ||
      span.scope.name.startsWith("openlit") ||
      span.events.some((e) => e.name === GUARD_EVENT)
    );
  },
  read({ attrs, span }, r) {
    const cost = readNumber(attrs, "gen_ai.usage.cost");
    if (cost !== undefined && cost > 0) put(r, "reportedCostUsd", cost);
    put(r, "stream", readBoolean(attrs, "gen_ai.request.is_stream"));
    put(r, "timeToFirstChunkSeconds", readNumber(attrs, "gen_ai.server.time_to_first_token", "gen_ai.server.ttft"));
    put(r, "userId", readString(attrs, "gen_ai.request.user"));
    if (readString(attrs, "gen_ai.provider.name", "gen_ai.system") === "anthropic") put(r, "inputExcludesCache", true);
    if (attrs["guard.verdict"] !== undefined) guardAttributes(attrs, r);
    else guardEvents(span.events, r);
  },
};

function guardEvents(events: readonly SpanEvent[], r: CanonicalLlm): void {
  let worst: { name?: string; phase?: string; action: { decision: string; severity: number } } | undefined;
  let maxScore: number | undefined;
  const categories: string[] = [];
  for (const event of events) {
    if (event.name !== GUARD_EVENT) continue;
    const a = event.attributes;
    const action = ACTIONS[readString(a, "guard.action") ?? ""] ?? ACTIONS.allow!;
    const score = readNumber(a, "guard.score");
    if (score !== undefined) maxScore = Math.max(maxScore ?? score, score);
    if (action.severity > 0) for (const c of (readString(a, "guard.classification") ?? "").split(",")) if (c.trim()) categories.push(c.trim());
    if (!worst || action.severity > worst.action.severity) worst = { name: readString(a, "guard.name"), phase: readString(a, "guard.phase"), action };
  }
  if (!worst) return;
  put(r, "spanType", "guardrail");
  put(r, "guardrailName", worst.name);
  put(r, "guardrailStage", PHASES[worst.phase ?? ""] ?? worst.phase);
  put(r, "guardrailDecision", worst.action.decision);
  put(r, "guardrailTriggered", worst.action.severity > 0);
  put(r, "guardrailCategories", categories);
  put(r, "guardrailScore", maxScore);
}

/** Older OpenLIT guard spans: `guard.verdict` yes/no, `guard.score`, `guard.classification`, `guard.validator`. */
function guardAttributes(attrs: Attributes, r: CanonicalLlm): void {
  const verdict = readString(attrs, "guard.verdict");
  const triggered = verdict === "yes" || verdict === "true";
  put(r, "spanType", "guardrail");
  put(r, "guardrailName", readString(attrs, "guard.validator"));
  put(r, "guardrailDecision", triggered ? "flag" : "pass");
  put(r, "guardrailTriggered", triggered);
  const classification = readString(attrs, "guard.classification");
  if (classification && classification !== "none")
    put(
      r,
      "guardrailCategories",
      classification
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
    );
  put(r, "guardrailScore", readNumber(attrs, "guard.score"));
}
