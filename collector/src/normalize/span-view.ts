import type { AnyValue, Attributes, ValidSpan } from "../receiver/model";
import { TAG_PREFIX } from "./genai-keys";

/** Key prefixes whose attributes are read as a group (everything else is read by exact key). */
export const PREFIXES = {
  tag: TAG_PREFIX,
  promptVariable: "gen_ai.prompt.variable.",
  association: "traceloop.association.properties.",
  vercelMetadata: "ai.telemetry.metadata.",
} as const;

type PrefixName = keyof typeof PREFIXES;
const PREFIX_ENTRIES = Object.entries(PREFIXES) as [PrefixName, string][];

/**
 * What the dialect readers see of a span: its attributes, plus the few prefixed groups, collected
 * in one pass over the keys (map of suffix → value; absent groups are empty).
 */
export interface SpanView {
  span: ValidSpan;
  attrs: Attributes;
  prefixed: Record<PrefixName, Map<string, AnyValue>>;
}

export function viewOf(span: ValidSpan): SpanView {
  const prefixed = { tag: new Map(), promptVariable: new Map(), association: new Map(), vercelMetadata: new Map() } as SpanView["prefixed"];
  for (const key in span.attributes) {
    const first = key.charCodeAt(0);
    // l(lmscope) g(en_ai) t(raceloop) a(i): skip every other key without comparing strings.
    if (first !== 108 && first !== 103 && first !== 116 && first !== 97) continue;
    for (const [name, prefix] of PREFIX_ENTRIES) {
      if (key.startsWith(prefix)) {
        prefixed[name].set(key.slice(prefix.length), span.attributes[key] as AnyValue);
        break;
      }
    }
  }
  return { span, attrs: span.attributes, prefixed };
}
