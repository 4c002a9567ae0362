import type { Span } from "@opentelemetry/api";
import { StringDecoder } from "node:string_decoder";

/**
 * The single gate for recorded content (prompts, messages, retrieval text, guardrail input,
 * prompt templates and variables). Helpers never check a switch of their own: they hand the
 * value to recordContent(), so a new helper cannot forget the policy or the size cap.
 */
export interface ContentPolicy {
  capture: boolean;
  maxBytes: number;
}

export const CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";
export const DEFAULT_MAX_CONTENT_BYTES = 16 * 1024;

let override: Partial<ContentPolicy> = {};
// Every instrumented call asks for the policy, and reading process.env costs more than the rest
// of the answer: the environment is read when the policy is first needed and again after each
// configureContent().
let cached: ContentPolicy | undefined;

/**
 * The process-wide default: set by register() from its options (undefined fields fall back to
 * the environment). The manual helpers use it, and so do instrumentations whose own config
 * leaves content capture unset.
 */
export function configureContent(policy: Partial<ContentPolicy> = {}): void {
  override = { ...policy };
  cached = undefined;
}

/**
 * Read at first use rather than at import, so an app that never calls register() (it brings its
 * own provider) still honours the environment variable it sets before its first model call.
 * The returned object is shared: callers must not change it.
 */
export function contentPolicy(): ContentPolicy {
  cached ??= {
    capture: override.capture ?? process.env[CAPTURE_CONTENT_ENV]?.trim().toLowerCase() === "true",
    maxBytes: override.maxBytes ?? DEFAULT_MAX_CONTENT_BYTES,
  };
  return cached;
}

/**
 * Sets `key` to the produced text only when capture is on; `produce` is not called otherwise.
 * A caller recording several attributes for one span may pass the policy it read once.
 */
export function recordContent(span: Span, key: string, produce: () => string | undefined, policy: ContentPolicy = contentPolicy()): void {
  if (!policy.capture) return;
  const value = produce();
  if (value === undefined) return;
  span.setAttribute(key, capText(value, policy.maxBytes));
}

/** Cuts `value` to at most `maxBytes` UTF-8 bytes, marker included, never inside a character. */
export function capText(value: string, maxBytes: number): string {
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes <= maxBytes) return value;
  const marker = truncationMarker(bytes);
  const room = Math.max(0, maxBytes - Buffer.byteLength(marker, "utf8"));
  // StringDecoder holds back a trailing partial character instead of emitting U+FFFD.
  const kept = new StringDecoder("utf8").write(Buffer.from(value, "utf8").subarray(0, room));
  return kept + marker;
}

export function truncationMarker(originalBytes: number): string {
  return `…[truncated by llmscope, ${originalBytes} bytes]`;
}
