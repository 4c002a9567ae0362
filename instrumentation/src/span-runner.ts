import { context, SpanStatusCode, trace, type Attributes, type Span, type SpanKind } from "@opentelemetry/api";
import { scopeAttributes } from "./scope";
import { ATTR_ERROR_TYPE } from "@llmscope/semconv";
import { llmscopeTracer } from "./tracer";

/**
 * The lifecycle shared by every helper: start an active span, run the app's function inside it,
 * record a failure, end the span. The app's return value and thrown error pass through untouched.
 */
export async function runInSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Attributes,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  // Looked up per call: the global provider may be registered after this module was loaded.
  const tracer = llmscopeTracer();
  const parent = context.active();
  // Scope attributes are set here as well as by ContextSpanProcessor so that helpers honour
  // withContext()/withPrompt() even under a provider that llmscope did not set up.
  // `attributes` is each caller's own fresh object: the scope is added in place, not spread into a copy.
  const scope = scopeAttributes(parent, attributes);
  for (const key in scope) attributes[key] = scope[key];
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (err) {
    recordFailure(span, err);
    throw err;
  } finally {
    span.end();
  }
}

export function recordFailure(span: Span, err: unknown): void {
  span.setAttribute(ATTR_ERROR_TYPE, errorType(err));
  if (err instanceof Error) {
    span.recordException(err);
    span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
  } else {
    span.recordException(String(err));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
}

/**
 * The error's class name (APIConnectionError, RateLimitError, …); for a plain Error carrying a
 * code (Node's ECONNREFUSED, …) the code says more. "_OTHER" is semconv's value for the unknown.
 */
export function errorType(err: unknown): string {
  if (typeof err !== "object" || err === null) return "_OTHER";
  const code = (err as { code?: unknown }).code;
  const hasCode = (typeof code === "string" && code !== "") || typeof code === "number";
  const className = namedClass(err);
  if (hasCode && (className === undefined || className === "Error")) return String(code);
  return className ?? "_OTHER";
}

/** The nearest named class of the error: some clients throw instances of anonymous subclasses. */
function namedClass(err: object): string | undefined {
  for (let proto = Object.getPrototypeOf(err) as { constructor?: { name?: unknown } } | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const name = proto.constructor?.name;
    if (typeof name === "string" && name !== "") return name === "Object" ? undefined : name;
  }
  return undefined;
}
