import type { CanonicalLlm } from "../canonical";
import type { ContentBuilder } from "../content-builder";
import type { SpanView } from "../span-view";

/**
 * One GenAI attribute dialect. `detect` tests the marker bits the view's one pass over the keys set
 * (plus the scope name or an event name for a few), so a span pays only for the dialects it
 * actually speaks; `read` fills the canonical fields and content still unset (higher-priority
 * dialects ran before) and never throws on a malformed value.
 */
export interface Dialect {
  readonly name: string;
  detect(view: SpanView): boolean;
  read(view: SpanView, record: CanonicalLlm, content: ContentBuilder): void;
}
