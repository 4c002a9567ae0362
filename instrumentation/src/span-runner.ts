import { context, SpanStatusCode, type Attributes, type Span, type SpanKind, type Tracer } from "@opentelemetry/api";
import { putScopeAttributes } from "./scope";
import { contextWithSpan } from "./span-context";
import { ATTR_ERROR_TYPE } from "@llmscope/semconv";
import { llmscopeTracer } from "./tracer";

export interface RunOptions {
  /**
   * An instrumentation's own tracer (this.tracer). Default: llmscope's, looked up per call
   * because the global provider may be registered after this module was loaded.
   */
  tracer?: Tracer;
  /** A context key set to true in the span's context while fn runs (a marker for code inside). */
  mark?: symbol;
  /** Called once the span has ended. */
  ended?: (span: Span) => void;
}

/**
 * The lifecycle shared by every helper: start an active span, run the app's function inside it,
 * record a failure, end the span. The app's return value and thrown error pass through untouched.
 */
export function runInSpan<T>(name: string, kind: SpanKind, attributes: Attributes, fn: (span: Span) => Promise<T>, options: RunOptions = {}): Promise<T> {
  const tracer = options.tracer ?? llmscopeTracer();
  const ended = options.ended;
  const parent = context.active();
  // Scope attributes are set here as well as by ContextSpanProcessor so that helpers honour
  // withContext()/withPrompt() even under a provider that llmscope did not set up.
  // `attributes` is each caller's own fresh object: the scope is added in place, not copied.
  putScopeAttributes(parent, attributes, attributes);
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  // Written with then() rather than async/await: two promise turns fewer on every helper call.
  let result: Promise<T>;
  try {
    result = context.with(contextWithSpan(parent, span, options.mark), fn, undefined, span);
  } catch (err) {
    // As from an async function: a synchronous throw becomes the returned promise's rejection.
    endFailed(span, err);
    ended?.(span);
    return Promise.reject(err as Error);
  }
  // The app gets fn's own promise back rather than one derived from it: the span ends in a
  // reaction registered first, so before any code awaiting that promise resumes, and the app's
  // await takes one promise turn fewer. The derived promise never rejects, so it is never unhandled.
  const settled = Promise.resolve(result);
  settled.then(
    () => {
      span.end();
      ended?.(span);
    },
    (err: unknown) => {
      endFailed(span, err);
      ended?.(span);
    },
  );
  return settled;
}

function endFailed(span: Span, err: unknown): void {
  recordFailure(span, err);
  span.end();
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
  for (
    let proto = Object.getPrototypeOf(err) as { constructor?: { name?: unknown } } | null;
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    const name = proto.constructor?.name;
    if (typeof name === "string" && name !== "") return name === "Object" ? undefined : name;
  }
  return undefined;
}
