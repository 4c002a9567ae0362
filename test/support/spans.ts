import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { ExportResultCode } from "@opentelemetry/core";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";

/** Finished spans from the real SDK: an LLM call under a request span, with every attribute type. */
export function makeSpans(count: number, service = "ingest-test"): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": service, "host.cores": 2 }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("ingest-test", "1.2.3");
  for (let i = 0; i < count; i++) {
    tracer.startActiveSpan("POST /ask", { kind: SpanKind.SERVER }, (root) => {
      const call = tracer.startSpan("chat gpt-4o-mini", {
        kind: SpanKind.CLIENT,
        attributes: {
          "gen_ai.operation.name": "chat",
          "gen_ai.provider.name": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.usage.input_tokens": 100 + i,
          "gen_ai.usage.output_tokens": 20,
          "gen_ai.request.temperature": 0.5,
          "gen_ai.request.stream": false,
          "gen_ai.response.finish_reasons": ["stop"],
        },
      });
      call.addEvent("first_token", { index: i });
      if (i % 2 === 1) call.setStatus({ code: SpanStatusCode.ERROR, message: "rate limited" });
      call.end();
      root.end();
    });
  }
  return exporter.getFinishedSpans();
}

/** One export call of a real exporter, as a promise of its result. */
export function exportWith(exporter: SpanExporter, spans: ReadableSpan[]): Promise<{ code: ExportResultCode; error?: Error }> {
  return new Promise((resolve) => exporter.export(spans, resolve));
}
