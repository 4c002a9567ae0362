import { trace, type TracerProvider } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type Span, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterAll, describe, expect, it } from "vitest";
import { attachProcessors, registeredProvider } from "./attach";
import { ContextSpanProcessor } from "./context-processor";
import { withContext } from "./scope";

afterAll(() => trace.disable());

describe("registeredProvider", () => {
  it("is undefined until the app registers a provider, then returns that provider", () => {
    expect(registeredProvider()).toBeUndefined();
    const provider = new NodeTracerProvider();
    provider.register();
    expect(registeredProvider()).toBe(provider);
  });
});

describe("attachProcessors", () => {
  it("adds to an SDK 2.x provider: the app's exporter and ours both get spans, ours first in onStart", () => {
    const appExporter = new InMemorySpanExporter();
    const seenAtStart: unknown[] = [];
    const appProbe: SpanProcessor = {
      onStart: (span: Span) => seenAtStart.push(span.attributes["user.id"]),
      onEnd: () => undefined,
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const provider = new NodeTracerProvider({ spanProcessors: [appProbe, new SimpleSpanProcessor(appExporter)] });
    const earlyTracer = provider.getTracer("app");
    const ours = new InMemorySpanExporter();

    expect(attachProcessors(provider, new ContextSpanProcessor(), new SimpleSpanProcessor(ours))).toBe(true);
    withContext({ userId: "u1" }, () => earlyTracer.startSpan("work").end());

    expect(appExporter.getFinishedSpans().map((s) => s.name)).toEqual(["work"]);
    expect(ours.getFinishedSpans().map((s) => s.name)).toEqual(["work"]);
    expect(ours.getFinishedSpans()[0]!.attributes["user.id"]).toBe("u1");
    expect(seenAtStart).toEqual(["u1"]);
  });

  it("uses addSpanProcessor on providers that have it (SDK 1.x shape)", () => {
    const added: SpanProcessor[] = [];
    const legacy = { getTracer: () => trace.getTracer("x"), addSpanProcessor: (p: SpanProcessor) => added.push(p) };
    const first = new ContextSpanProcessor();
    const last = new SimpleSpanProcessor(new InMemorySpanExporter());
    expect(attachProcessors(legacy as TracerProvider, first, last)).toBe(true);
    expect(added).toEqual([first, last]);
  });

  it("refuses a provider with neither, leaving it untouched", () => {
    const opaque = { getTracer: () => trace.getTracer("x") };
    const before = JSON.stringify(opaque);
    expect(attachProcessors(opaque, new ContextSpanProcessor(), new SimpleSpanProcessor(new InMemorySpanExporter()))).toBe(false);
    expect(JSON.stringify(opaque)).toBe(before);
  });
});
