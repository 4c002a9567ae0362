import { createContextKey, ROOT_CONTEXT, trace, type Context, type Span } from "@opentelemetry/api";

/**
 * The context a helper's span runs in: the parent with the span set and, optionally, one marker
 * key set to true. @opentelemetry/api's own contexts copy the parent's whole Map (and make three
 * closures) on every setValue, and a span plus a marker would cost two such copies on every call.
 * This one answers from its two fields and asks the parent for anything else; the copies are made
 * only if code running inside sets or deletes a value of its own, and then once.
 */
class SpanInContext implements Context {
  private full: Context | undefined;

  constructor(
    private readonly parent: Context,
    private readonly span: Span,
    private readonly mark: symbol | undefined,
  ) {}

  getValue(key: symbol): unknown {
    if (key === SPAN_KEY) return this.span;
    if (key === this.mark) return true;
    return this.parent.getValue(key);
  }

  setValue(key: symbol, value: unknown): Context {
    return this.materialized().setValue(key, value);
  }

  deleteValue(key: symbol): Context {
    return this.materialized().deleteValue(key);
  }

  private materialized(): Context {
    return (this.full ??= copied(this.parent, this.span, this.mark));
  }
}

// The key trace.setSpan() uses: createContextKey() is Symbol.for(description), the same symbol in
// every copy of @opentelemetry/api. Checked once below, so a future API that stores spans another
// way makes this module fall back to trace.setSpan() instead of hiding the span from trace.getSpan().
const SPAN_KEY = createContextKey("OpenTelemetry Context Key SPAN");

const LEAN = spanKeyMatches();

function spanKeyMatches(): boolean {
  const probe = trace.wrapSpanContext({ traceId: "1".repeat(32), spanId: "1".repeat(16), traceFlags: 0 });
  return trace.getSpan(ROOT_CONTEXT.setValue(SPAN_KEY, probe)) === probe && trace.setSpan(ROOT_CONTEXT, probe).getValue(SPAN_KEY) === probe;
}

/** `parent` with `span` active and, when given, `mark` set to true. */
export function contextWithSpan(parent: Context, span: Span, mark?: symbol): Context {
  return LEAN ? new SpanInContext(parent, span, mark) : copied(parent, span, mark);
}

/** The same through the API's own contexts. */
function copied(parent: Context, span: Span, mark: symbol | undefined): Context {
  const withSpan = trace.setSpan(parent, span);
  return mark === undefined ? withSpan : withSpan.setValue(mark, true);
}
