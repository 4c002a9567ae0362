import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { capText, configureContent, contentPolicy, recordContent, truncationMarker } from "./content";

afterEach(() => {
  configureContent();
  vi.unstubAllEnvs();
});

describe("contentPolicy", () => {
  it("is off by default and turned on only by the exact value true", () => {
    // configureContent() makes the next contentPolicy() read the environment again.
    vi.stubEnv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "");
    configureContent();
    expect(contentPolicy()).toEqual({ capture: false, maxBytes: 16384 });
    vi.stubEnv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "1");
    configureContent();
    expect(contentPolicy().capture).toBe(false);
    vi.stubEnv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", " TRUE ");
    configureContent();
    expect(contentPolicy().capture).toBe(true);
  });

  it("lets register()'s options override the environment", () => {
    vi.stubEnv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true");
    configureContent({ capture: false, maxBytes: 10 });
    expect(contentPolicy()).toEqual({ capture: false, maxBytes: 10 });
  });
});

describe("capText", () => {
  it("keeps text within the cap unchanged", () => {
    expect(capText("hello", 5)).toBe("hello");
  });

  it("cuts to the byte cap, marker included, naming the original size", () => {
    const long = "x".repeat(1000);
    const out = capText(long, 100);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100);
    expect(out.endsWith(truncationMarker(1000))).toBe(true);
    expect(out.startsWith("xxxx")).toBe(true);
  });

  it("never splits a multi-byte character", () => {
    const out = capText("é".repeat(500), 101);
    expect(out).not.toContain("\uFFFD");
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(101);
  });
});

describe("recordContent", () => {
  const exporter = new InMemorySpanExporter();
  const tracer = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("t");

  it("does not even produce the value when capture is off", () => {
    configureContent({ capture: false });
    const produce = vi.fn(() => "secret");
    const span = tracer.startSpan("s");
    recordContent(span, "k", produce);
    span.end();
    expect(produce).not.toHaveBeenCalled();
    expect(exporter.getFinishedSpans().at(-1)!.attributes).not.toHaveProperty("k");
  });

  it("records the capped value when capture is on", () => {
    configureContent({ capture: true, maxBytes: 64 });
    const span = tracer.startSpan("s");
    recordContent(span, "k", () => "y".repeat(200));
    recordContent(span, "absent", () => undefined);
    span.end();
    const attrs = exporter.getFinishedSpans().at(-1)!.attributes;
    expect(Buffer.byteLength(attrs.k as string)).toBeLessThanOrEqual(64);
    expect(attrs.k).toContain("truncated by llmscope, 200 bytes");
    expect(attrs).not.toHaveProperty("absent");
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});
