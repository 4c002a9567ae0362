import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { configureContent } from "./content";
import { traceGuardrail } from "./guardrail";
import { traceLlmCall } from "./llm";
import { hashTemplate, renderTemplate, withPrompt } from "./prompt";
import { traceRetrieval } from "./retrieval";
import { expectSpan } from "./test-support/expected-attributes";
import { parentId, useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();
afterEach(() => configureContent());

const prompt = {
  name: "support-answer",
  version: "2",
  variant: "b",
  template: "Context: {{context}}\nQuestion: {{ question }} ({{missing}}) n={{n}}",
  variables: { context: "refund policy", question: "How do refunds work?", n: 3 },
};

describe("renderTemplate", () => {
  it("substitutes {{var}}, stringifies non-strings and leaves unknown placeholders", () => {
    expect(renderTemplate(prompt.template, prompt.variables)).toBe("Context: refund policy\nQuestion: How do refunds work? ({{missing}}) n=3");
  });
});

describe("withPrompt", () => {
  it("renders inside an INTERNAL render_prompt span and hands the text and hash to fn", async () => {
    const out = await withPrompt(prompt, async (rendered) => rendered);
    expect(out.text).toBe("Context: refund policy\nQuestion: How do refunds work? ({{missing}}) n=3");
    const expectedHash = createHash("sha256").update(prompt.template).digest("hex").slice(0, 16);
    expect(out.templateHash).toBe(expectedHash);
    expect(hashTemplate(prompt.template)).toBe(expectedHash);
    expectSpan(otel.span("render_prompt support-answer"), {
      kind: SpanKind.INTERNAL,
      attributes: {
        "llmscope.span.type": "prompt",
        "gen_ai.prompt.name": "support-answer",
        "gen_ai.prompt.version": "2",
        "llmscope.prompt.variant": "b",
        "llmscope.prompt.template.hash": expectedHash,
      },
    });
  });

  it("gives undefined text and hash without a template", async () => {
    expect(await withPrompt({ name: "p" }, async (r) => r)).toEqual({ text: undefined, templateHash: undefined });
    expect(otel.span("render_prompt p").attributes).toEqual({ "llmscope.span.type": "prompt", "gen_ai.prompt.name": "p" });
  });

  it("records template and variables only when capture is on", async () => {
    configureContent({ capture: true });
    await withPrompt(prompt, async () => undefined);
    expect(otel.span("render_prompt support-answer").attributes).toMatchObject({
      "llmscope.prompt.template": prompt.template,
      "gen_ai.prompt.variable.context": "refund policy",
      "gen_ai.prompt.variable.question": "How do refunds work?",
      "gen_ai.prompt.variable.n": "3",
    });
  });

  it("copies name/version/variant onto every GenAI span inside fn only (LLM, retrieval, guardrail, tool, embeddings), children of the render span", async () => {
    await traceLlmCall({ provider: "openai", model: "before" }, async () => undefined);
    await withPrompt(prompt, async () => {
      await traceRetrieval({ dataSourceId: "kb" }, async () => undefined);
      await traceGuardrail({ name: "pii", stage: "output" }, async () => undefined);
      await traceLlmCall({ provider: "openai", model: "inside" }, async () => undefined);
      // Foreign GenAI spans (the openai instrumentation, another SDK's tool call) are recognised by their operation.
      otel
        .tracer()
        .startSpan("chat foreign", { attributes: { "gen_ai.operation.name": "chat" } })
        .end();
      otel
        .tracer()
        .startSpan("embeddings foreign", { attributes: { "gen_ai.operation.name": "embeddings" } })
        .end();
      otel
        .tracer()
        .startSpan("execute_tool lookup", { attributes: { "gen_ai.operation.name": "execute_tool" } })
        .end();
      otel.tracer().startSpan("GET /kb").end();
    });
    await traceLlmCall({ provider: "openai", model: "after" }, async () => undefined);

    const render = otel.span("render_prompt support-answer");
    expect(otel.span("GET /kb").attributes).not.toHaveProperty("gen_ai.prompt.name");
    for (const name of ["chat inside", "chat foreign", "retrieval kb", "apply_guardrail pii", "embeddings foreign", "execute_tool lookup"]) {
      expect(otel.span(name).attributes).toMatchObject({
        "gen_ai.prompt.name": "support-answer",
        "gen_ai.prompt.version": "2",
        "llmscope.prompt.variant": "b",
      });
    }
    expect(parentId(otel.span("chat inside"))).toBe(render.spanContext().spanId);
    expect(otel.span("chat inside").spanContext().traceId).toBe(render.spanContext().traceId);
    expect(otel.span("chat before").attributes).not.toHaveProperty("gen_ai.prompt.name");
    expect(otel.span("chat after").attributes).not.toHaveProperty("gen_ai.prompt.name");
  });

  it("lets an inner withPrompt replace the outer prompt", async () => {
    await withPrompt({ name: "outer", version: "1" }, () =>
      withPrompt({ name: "inner" }, () => traceLlmCall({ provider: "x", model: "m" }, async () => undefined)),
    );
    expect(otel.span("chat m").attributes["gen_ai.prompt.name"]).toBe("inner");
    expect(otel.span("chat m").attributes).not.toHaveProperty("gen_ai.prompt.version");
    expect(otel.span("render_prompt inner").attributes["gen_ai.prompt.name"]).toBe("inner");
    expect(otel.span("render_prompt inner").attributes).not.toHaveProperty("gen_ai.prompt.version");
  });

  it("passes fn's result and error through untouched; a render failure marks the span", async () => {
    const err = new Error("downstream");
    await expect(withPrompt(prompt, async () => Promise.reject(err))).rejects.toBe(err);
    expect(otel.span("render_prompt support-answer").status.code).toBe(SpanStatusCode.UNSET);

    otel.exporter.reset();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(withPrompt({ name: "bad", template: "{{c}}", variables: { c: circular } }, async () => "never")).rejects.toBeInstanceOf(TypeError);
    expect(otel.span("render_prompt bad").attributes["error.type"]).toBe("TypeError");
    expect(otel.span("render_prompt bad").status.code).toBe(SpanStatusCode.ERROR);
  });
});
