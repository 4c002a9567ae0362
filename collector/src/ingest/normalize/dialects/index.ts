import { type CanonicalLlm, emptyCanonical } from "../canonical";
import { ContentBuilder } from "../content-builder";
import type { CanonicalContent } from "../content";
import type { SpanView } from "../span-view";
import type { Dialect } from "./dialect";
import { openinference } from "./openinference";
import { openlit } from "./openlit";
import { openllmetry } from "./openllmetry";
import { semconv } from "./semconv";
import { semconvLegacy } from "./semconv-legacy";
import { vercel } from "./vercel";

/**
 * Dialects in priority order (docs/dialects.md): for every canonical field and content field, the
 * first dialect that supplies a value wins.
 */
export const DIALECTS: readonly Dialect[] = [semconv, semconvLegacy, openllmetry, openlit, openinference, vercel];

/**
 * The canonical record and content of one span, merged from every dialect it speaks. Which
 * dialects those are was worked out in the one pass over the keys that made the view (its marker
 * bits), so `detect` is a bit test and a plain HTTP span runs no reader at all.
 */
export function readDialects(view: SpanView): { record: CanonicalLlm; content: CanonicalContent | null } {
  const record = emptyCanonical();
  const content = new ContentBuilder();
  for (const dialect of DIALECTS) {
    if (dialect.detect(view)) dialect.read(view, record, content);
  }
  return { record, content: content.build() };
}
