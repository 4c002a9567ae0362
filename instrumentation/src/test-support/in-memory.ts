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

/** Every span as [name, its parent's name, the instrumentation scope], sorted by name, then parent: a trace's shape. */
export function spanTree(spans: ReadableSpan[]): [string, string | undefined, string][] {
  const names = new Map(spans.map((s) => [s.spanContext().spanId, s.name]));
  return spans
    .map((s): [string, string | undefined, string] => [s.name, names.get(parentId(s) ?? ""), s.instrumentationScope.name])
    .sort(([a, pa], [b, pb]) => a.localeCompare(b) || String(pa).localeCompare(String(pb)));
}

/** Whether the spans started in the order given (start times compared in full: some are kept to the millisecond only). */
export function startedInOrder(spans: ReadableSpan[]): boolean {
  const ns = (t: [number, number]): bigint => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);
  return spans.map((s) => ns(s.startTime)).every((t, i, all) => i === 0 || all[i - 1]! <= t);
}
