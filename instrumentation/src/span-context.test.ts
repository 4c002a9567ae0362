import { context, createContextKey, ROOT_CONTEXT, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { traceLlmCall } from "./llm";
import { contextWithSpan } from "./span-context";
import { useInMemoryTracing, parentId } from "./test-support/in-memory";

const otel = useInMemoryTracing();

const APP_KEY = createContextKey("test.app-value");
const MARK = createContextKey("test.mark");
const OTHER = createContextKey("test.other");

describe("contextWithSpan", () => {
  it("answers like trace.setSpan(parent, span).setValue(mark, true) for every key, before and after a value is set inside", () => {
    const span = otel.tracer().startSpan("s");
    const parentSpan = otel.tracer().startSpan("parent");
    const parent = trace.setSpan(ROOT_CONTEXT.setValue(APP_KEY, "kept"), parentSpan);
    const ctx = contextWithSpan(parent, span, MARK);
    const expected = trace.setSpan(parent, span).setValue(MARK, true);

    for (const c of [ctx, expected]) {
      expect(trace.getSpan(c)).toBe(span);
      expect(c.getValue(MARK)).toBe(true);
      expect(c.getValue(APP_KEY)).toBe("kept");
      expect(c.getValue(OTHER)).toBeUndefined();
    }
    // The parent is untouched.
    expect(trace.getSpan(parent)).toBe(parentSpan);
    expect(parent.getValue(MARK)).toBeUndefined();

    // Code inside sets and deletes values of its own: each answer is a new context, the lean one unchanged.
    const inner = ctx.setValue(OTHER, 7);
    expect([inner.getValue(OTHER), inner.getValue(MARK), inner.getValue(APP_KEY), trace.getSpan(inner)]).toEqual([7, true, "kept", span]);
    expect(ctx.getValue(OTHER)).toBeUndefined();
    const withoutApp = ctx.deleteValue(APP_KEY);
    expect([withoutApp.getValue(APP_KEY), withoutApp.getValue(MARK), trace.getSpan(withoutApp)]).toEqual([undefined, true, span]);
    expect(ctx.getValue(APP_KEY)).toBe("kept");
    const childSpan = trace.deleteSpan(ctx);
    expect(trace.getSpan(childSpan)).toBeUndefined();
    expect(childSpan.getValue(MARK)).toBe(true);

    // Without a mark, only the span is added.
    const unmarked = contextWithSpan(parent, span);
    expect([trace.getSpan(unmarked), unmarked.getValue(MARK), unmarked.getValue(APP_KEY)]).toEqual([span, undefined, "kept"]);
    span.end();
    parentSpan.end();
  });

  it("parents spans, survives async hops and propagates as W3C trace context", async () => {
    let headers: Record<string, string> = {};
    await traceLlmCall({ provider: "x", model: "outer" }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      otel.tracer().startActiveSpan("child", (child) => {
        headers = {};
        new W3CTraceContextPropagator().inject(context.active(), headers, { set: (h, k, v) => (h[k] = v) });
        child.end();
      });
    });
    const outer = otel.span("chat outer");
    const child = otel.span("child");
    expect(parentId(child)).toBe(outer.spanContext().spanId);
    expect(headers.traceparent).toBe(`00-${outer.spanContext().traceId}-${child.spanContext().spanId}-01`);
  });
});

describe("traceLlmCall's promise", () => {
  it("is the app function's own promise, and the span has ended before code awaiting it resumes", async () => {
    let own: Promise<string> | undefined;
    const returned = traceLlmCall({ provider: "x", model: "same" }, () => (own = Promise.resolve("v")));
    expect(returned).toBe(own);
    expect(await returned).toBe("v");
    expect(otel.span("chat same").ended).toBe(true);
  });

  it("rejects once, for the app only: no unhandled rejection from llmscope's own reaction", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const err = new Error("boom");
      await expect(traceLlmCall({ provider: "x", model: "rejects" }, () => Promise.reject(err))).rejects.toBe(err);
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
      expect(otel.span("chat rejects").attributes["error.type"]).toBe("Error");
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
