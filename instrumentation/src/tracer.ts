import { ProxyTracerProvider, trace, type Tracer, type TracerProvider } from "@opentelemetry/api";
import { VERSION } from "./version";

let cached: { provider: TracerProvider; tracer: Tracer } | undefined;

/**
 * llmscope's tracer, looked up per span (a provider may be registered after this module loaded)
 * but fetched from the provider only when the registered provider changes: getTracer() builds a
 * key and searches a map on every call, on the path of every instrumented call.
 */
export function llmscopeTracer(): Tracer {
  const global = trace.getTracerProvider();
  const provider = global instanceof ProxyTracerProvider ? global.getDelegate() : global;
  if (cached?.provider !== provider) cached = { provider, tracer: provider.getTracer("llmscope", VERSION) };
  return cached.tracer;
}
