import { ATTR_PROMPT_VARIABLE_PREFIX, ATTR_TAG_PREFIX } from "@llmscope/semconv";
import type { AnyValue, Attributes, ValidSpan } from "../receiver/model";

/** Key prefixes whose attributes are read as a group (everything else is read by exact key). */
export const PREFIXES = {
  tag: ATTR_TAG_PREFIX,
  promptVariable: ATTR_PROMPT_VARIABLE_PREFIX,
  association: "traceloop.association.properties.",
  vercelMetadata: "ai.telemetry.metadata.",
} as const;

type PrefixName = keyof typeof PREFIXES;
const PREFIX_ENTRIES = Object.entries(PREFIXES) as [PrefixName, string][];

/**
 * Families of flattened, indexed content keys (`gen_ai.prompt.0.role`, `llm.input_messages.0.…`).
 * A dialect reads a family only when the span has a key `<prefix><digit>…`, so a span without
 * flattened content never has index keys built and looked up for it.
 */
export const INDEXED = {
  legacyPrompt: "gen_ai.prompt.",
  legacyCompletion: "gen_ai.completion.",
  llmPrompts: "llm.prompts.",
  llmCompletions: "llm.completions.",
  inputMessages: "llm.input_messages.",
  outputMessages: "llm.output_messages.",
  embeddings: "embedding.embeddings.",
  documents: "retrieval.documents.",
} as const;

type IndexedName = keyof typeof INDEXED;
const INDEXED_ENTRIES = Object.entries(INDEXED) as [IndexedName, string][];

/** Key groups that tell which dialects a span speaks, one bit each (see dialects/index.ts). */
export const Marker = {
  /** `gen_ai.*`, `llmscope.*` and the few un-prefixed keys the semconv dialect reads. */
  Semconv: 1,
  /** Deprecated semconv spellings (semconv-legacy.ts). */
  Legacy: 2,
  OpenLlmetry: 4,
  OpenLit: 8,
  OpenInference: 16,
  Vercel: 32,
} as const;

/** Exact keys that mark a dialect (each dialect's own detection keys), with the marker bits they set. */
const MARKER_KEYS = new Map<string, number>([
  ["user.id", Marker.Semconv],
  ["session.id", Marker.Semconv],
  ["error.type", Marker.Semconv],
  ["llm.request.type", Marker.OpenLlmetry],
  ["traceloop.span.kind", Marker.OpenLlmetry],
  ["llm.usage.total_tokens", Marker.OpenLlmetry],
  ["traceloop.entity.input", Marker.OpenLlmetry],
  ["traceloop.prompt.key", Marker.OpenLlmetry],
  ["gen_ai.usage.cost", Marker.Semconv | Marker.OpenLit],
  ["guard.verdict", Marker.OpenLit],
  ["openinference.span.kind", Marker.OpenInference],
  ["llm.model_name", Marker.OpenInference],
  ["embedding.model_name", Marker.OpenInference],
  ["llm.token_count.prompt", Marker.OpenInference],
  ["ai.operationId", Marker.Vercel],
  ["ai.model.id", Marker.Vercel],
  ["ai.usage.promptTokens", Marker.Vercel],
  ["ai.usage.inputTokens", Marker.Vercel],
  // Everything semconv-legacy reads by exact key (its indexed forms are INDEXED families).
  ["gen_ai.system", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.prompt_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.completion_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.cache_read_input_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.cache_creation.input_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.cache_creation_input_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.reasoning_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.usage.total_tokens", Marker.Semconv | Marker.Legacy],
  ["gen_ai.response.finish_reason", Marker.Semconv | Marker.Legacy],
  ["gen_ai.prompt", Marker.Semconv | Marker.Legacy],
  ["gen_ai.completion", Marker.Semconv | Marker.Legacy],
]);

const NO_GROUP: ReadonlyMap<string, AnyValue> = new Map();

/**
 * What the dialect readers see of a span: its attributes, the few prefixed groups, which dialects'
 * marker keys it has and which indexed families it holds, all collected in one pass over the keys
 * (map of suffix → value; absent groups are one shared empty map).
 */
export interface SpanView {
  span: ValidSpan;
  attrs: Attributes;
  prefixed: Record<PrefixName, ReadonlyMap<string, AnyValue>>;
  /** Marker bits of the dialects whose keys the span has. */
  markers: number;
  /** Indexed families with at least one `<prefix><digit>` key. */
  indexed: Set<IndexedName> | null;
}

export function viewOf(span: ValidSpan): SpanView {
  const view: SpanView = {
    span,
    attrs: span.attributes,
    prefixed: { tag: NO_GROUP, promptVariable: NO_GROUP, association: NO_GROUP, vercelMetadata: NO_GROUP },
    markers: 0,
    indexed: null,
  };
  for (const key in span.attributes) {
    const marker = MARKER_KEYS.get(key);
    if (marker !== undefined) view.markers |= marker;
    const first = key.charCodeAt(0);
    // g(en_ai) l(lmscope, llm) t(raceloop) a(i) e(mbedding) r(etrieval): every other key needs no prefix test.
    if (first === 103 || first === 108) {
      if (key.startsWith("gen_ai.") || key.startsWith("llmscope.")) view.markers |= Marker.Semconv;
    } else if (first !== 116 && first !== 97 && first !== 101 && first !== 114) continue;
    if (groupKey(view, key)) continue;
    indexedKey(view, key);
  }
  return view;
}

function groupKey(view: SpanView, key: string): boolean {
  for (const [name, prefix] of PREFIX_ENTRIES) {
    if (!key.startsWith(prefix)) continue;
    let group = view.prefixed[name] as Map<string, AnyValue>;
    if (group === NO_GROUP) view.prefixed[name] = group = new Map();
    group.set(key.slice(prefix.length), view.attrs[key] as AnyValue);
    return true;
  }
  return false;
}

/** Indexed families by the first character of their prefix, so a key is compared with one or two prefixes at most. */
const INDEXED_BY_FIRST = new Map<number, [IndexedName, string][]>();
for (const entry of INDEXED_ENTRIES) {
  const first = entry[1].charCodeAt(0);
  INDEXED_BY_FIRST.set(first, [...(INDEXED_BY_FIRST.get(first) ?? []), entry]);
}

function indexedKey(view: SpanView, key: string): void {
  const candidates = INDEXED_BY_FIRST.get(key.charCodeAt(0));
  if (candidates === undefined) return;
  for (const [name, prefix] of candidates) {
    if (!key.startsWith(prefix)) continue;
    const digit = key.charCodeAt(prefix.length);
    if (digit < 48 || digit > 57) return;
    (view.indexed ??= new Set()).add(name);
    if (name === "legacyPrompt" || name === "legacyCompletion") view.markers |= Marker.Legacy;
    return;
  }
}

/** True when the span has a key `<INDEXED[name]><digit>…`. */
export function hasIndexed(view: SpanView, name: IndexedName): boolean {
  return view.indexed !== null && view.indexed.has(name);
}
