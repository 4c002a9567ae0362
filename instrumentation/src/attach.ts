import { ProxyTracerProvider, trace, type TracerProvider } from "@opentelemetry/api";
import type { SpanProcessor } from "@opentelemetry/sdk-trace-base";

/**
 * Finding the app's own TracerProvider and adding llmscope's processors to it, so registering
 * llmscope never replaces (and silently disconnects) tracing the app already set up.
 */

// The API hands out this shared no-op until a real provider is registered.
const NOOP_PROVIDER = new ProxyTracerProvider().getDelegate();

/** The real provider behind the API's global proxy, or undefined when none is registered. */
export function registeredProvider(): TracerProvider | undefined {
  const global = trace.getTracerProvider();
  const real = global instanceof ProxyTracerProvider || hasGetDelegate(global) ? global.getDelegate() : global;
  if (real === NOOP_PROVIDER || real.constructor?.name === "NoopTracerProvider") return undefined;
  return real;
}

/**
 * SDK 1.x providers have addSpanProcessor(). SDK 2.x providers only take processors in their
 * constructor, but keep them in a MultiSpanProcessor whose `_spanProcessors` array every tracer
 * (already created or not) reads on each span, so adding to that array takes effect at once.
 * That field is internal to the SDK: when it is missing we attach nothing and report false.
 * `first` goes ahead of the app's processors, so they already see its attributes in onStart.
 */
export function attachProcessors(provider: TracerProvider, first: SpanProcessor, last: SpanProcessor): boolean {
  const candidate = provider as {
    addSpanProcessor?: unknown;
    _activeSpanProcessor?: { _spanProcessors?: unknown };
  };
  const internalList = candidate._activeSpanProcessor?._spanProcessors;
  if (Array.isArray(internalList)) {
    internalList.unshift(first);
    internalList.push(last);
    return true;
  }
  if (typeof candidate.addSpanProcessor === "function") {
    candidate.addSpanProcessor.call(provider, first);
    candidate.addSpanProcessor.call(provider, last);
    return true;
  }
  return false;
}

function hasGetDelegate(p: TracerProvider): p is ProxyTracerProvider {
  return typeof (p as { getDelegate?: unknown }).getDelegate === "function";
}
