import { trace } from "@opentelemetry/api";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { traceLlmCall } from "./llm";
import { recordFeedback } from "./index";
import { withContext } from "./scope";
import { useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}
const received: Received[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString()));
    req.on("end", () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      received.push({ path: req.url ?? "", headers: req.headers, body });
      if (body.name === "rejected") {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "trace_id: expected a trace id: 32 hex characters" }));
      } else {
        res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ stored: true, span_found: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const savedEnv = { ...process.env };
afterEach(() => {
  received.length = 0;
  for (const key of ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_HEADERS"]) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

describe("recordFeedback", () => {
  it("rates the trace's latest LLM call, not the active span, and names it user_feedback by default", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `${base}/`;
    const ids = await otel.tracer().startActiveSpan("POST /answer", async (request) => {
      await traceLlmCall({ provider: "openai", model: "draft" }, async () => undefined);
      const answerId = await traceLlmCall({ provider: "openai", model: "answer" }, async () => trace.getActiveSpan()!.spanContext().spanId);
      await recordFeedback({ value: true });
      request.end();
      return { traceId: request.spanContext().traceId, answerId };
    });
    expect(received[0]!.body).toEqual({ trace_id: ids.traceId, span_id: ids.answerId, name: "user_feedback", value: true });
  });

  it("takes trace and span ids from the active span and the user from withContext", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `${base}/`;
    process.env.OTEL_EXPORTER_OTLP_HEADERS = "authorization=Bearer%20tok-1,x-tenant=acme";
    const ids = await withContext({ userId: "user-7" }, () =>
      otel.tracer().startActiveSpan("POST /answer", async (span) => {
        await recordFeedback({ name: "user_feedback", value: "thumbs_up", comment: "great" });
        span.end();
        return span.spanContext();
      }),
    );
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(received[0]!.body).toEqual({
      trace_id: ids.traceId,
      span_id: ids.spanId,
      name: "user_feedback",
      value: "thumbs_up",
      comment: "great",
      user_id: "user-7",
    });
    expect(received[0]!.path).toBe("/v1/feedback");
    expect(received[0]!.headers.authorization).toBe("Bearer tok-1");
    expect(received[0]!.headers["x-tenant"]).toBe("acme");
    expect(received[0]!.headers["content-type"]).toBe("application/json");
  });

  it("sends the given ids and values as they are, to an explicit endpoint with extra headers", async () => {
    await recordFeedback(
      { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", name: "helpfulness", value: 0.8, userId: "u-2" },
      { endpoint: `${base}/custom/feedback`, headers: { authorization: "Bearer other" } },
    );
    expect(received[0]).toMatchObject({
      path: "/custom/feedback",
      headers: { authorization: "Bearer other" },
      body: { trace_id: "4bf92f3577b34da6a3ce929d0e0e4736", name: "helpfulness", value: 0.8, user_id: "u-2" },
    });
    expect(received[0]!.body).not.toHaveProperty("span_id");
  });

  it("derives the feedback URL from the traces endpoint", async () => {
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `${base}/otlp/v1/traces`;
    await recordFeedback({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", name: "f", value: false });
    expect(received[0]!.path).toBe("/otlp/v1/feedback");
  });

  it("rejects without an id or active span, and with the collector's error", async () => {
    await expect(recordFeedback({ name: "f", value: 1 })).rejects.toThrow("recordFeedback: no traceId given and no active span to take it from");
    await expect(
      recordFeedback({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", name: "rejected", value: 1 }, { endpoint: `${base}/v1/feedback` }),
    ).rejects.toThrow(`recordFeedback: ${base}/v1/feedback answered 400: trace_id: expected a trace id: 32 hex characters`);
    await expect(
      recordFeedback({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", name: "f", value: 1 }, { endpoint: "http://127.0.0.1:1/v1/feedback", timeoutMs: 1000 }),
    ).rejects.toThrow(/recordFeedback: could not reach http:\/\/127\.0\.0\.1:1\/v1\/feedback/);
  });
});
