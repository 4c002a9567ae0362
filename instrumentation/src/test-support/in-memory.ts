import { context, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { ContextSpanProcessor } from "../context-processor";

/**
 * A real SDK provider with an InMemorySpanExporter, registered globally for one test file
 * (vitest runs each file in its own process). `withContextProcessor: false` leaves out
 * ContextSpanProcessor, as when an app brings its own provider and never calls register().
 */
export function useInMemoryTracing({ withContextProcessor = true } = {}) {
  const exporter = new InMemorySpanExporter();
  const processors: SpanProcessor[] = [new SimpleSpanProcessor(exporter)];
  if (withContextProcessor) processors.unshift(new ContextSpanProcessor());
  const provider = new NodeTracerProvider({ spanProcessors: processors });

  beforeAll(() => provider.register());
  beforeEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  });

  const spans = (): ReadableSpan[] => exporter.getFinishedSpans();
  const span = (name: string): ReadableSpan => {
    const found = spans().filter((s) => s.name === name);
    expect(
      found.map((s) => s.name),
      `spans: ${spans()
        .map((s) => s.name)
        .join(", ")}`,
    ).toEqual([name]);
    return found[0]!;
  };
  return { exporter, spans, span, tracer: () => trace.getTracer("test-app") };
}

/** The parent span id a finished span records (SDK 2.x stores the whole parent span context). */
export function parentId(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}
