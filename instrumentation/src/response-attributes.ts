import type { Span } from "@opentelemetry/api";
import * as attrNames from "./attribute-names";

/**
 * The response's id, model and finish reasons, each set only when known. Written straight onto the
 * span: an attributes object handed to setAttributes() is one more object and one more pass over its
 * keys on every call, and the SDK checks each value either way.
 */
export function setResponseIdentity(
  span: Span,
  id: string | null | undefined,
  model: string | null | undefined,
  finishReasons: string[] | null | undefined,
): void {
  if (id != null) span.setAttribute(attrNames.ATTR_RESPONSE_ID, id);
  if (model != null) span.setAttribute(attrNames.ATTR_RESPONSE_MODEL, model);
  if (finishReasons != null) span.setAttribute(attrNames.ATTR_RESPONSE_FINISH_REASONS, finishReasons);
}

type Count = number | null | undefined;

/** The reported token counts, each set only when reported (an unknown count is not zero). */
export function setUsage(span: Span, input: Count, output: Count, cacheRead: Count, cacheWrite: Count, reasoning: Count): void {
  if (input != null) span.setAttribute(attrNames.ATTR_USAGE_INPUT_TOKENS, input);
  if (output != null) span.setAttribute(attrNames.ATTR_USAGE_OUTPUT_TOKENS, output);
  if (cacheRead != null) span.setAttribute(attrNames.ATTR_USAGE_CACHE_READ_INPUT_TOKENS, cacheRead);
  if (cacheWrite != null) span.setAttribute(attrNames.ATTR_USAGE_CACHE_WRITE_INPUT_TOKENS, cacheWrite);
  if (reasoning != null) span.setAttribute(attrNames.ATTR_USAGE_REASONING_OUTPUT_TOKENS, reasoning);
}
