import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterEach, describe, expect, it } from "vitest";
import { configureContent } from "./content";
import { traceGuardrail } from "./guardrail";
import { expectSpan } from "./test-support/expected-attributes";
import { useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();
afterEach(() => configureContent());

describe("traceGuardrail", () => {
  it("creates an INTERNAL span with the decision and its details", async () => {
    const verdict = await traceGuardrail({ name: "output-policy", stage: "output", policyId: "pol-7" }, async (span) => {
      span.setResult({ decision: "block", categories: ["policy.refund_promise", "pii.email"], score: 0.93 });
      return "blocked";
    });
    expect(verdict).toBe("blocked");
    expectSpan(otel.span("apply_guardrail output-policy"), {
      kind: SpanKind.INTERNAL,
      attributes: {
        "llmscope.span.type": "guardrail",
        "gen_ai.operation.name": "apply_guardrail",
        "llmscope.guardrail.name": "output-policy",
        "llmscope.guardrail.stage": "output",
        "llmscope.guardrail.policy.id": "pol-7",
        "llmscope.guardrail.decision": "block",
        "llmscope.guardrail.triggered": true,
        "llmscope.guardrail.categories": ["policy.refund_promise", "pii.email"],
        "llmscope.guardrail.score": 0.93,
      },
    });
  });

  it("derives triggered from the decision unless given, and is CLIENT when remote", async () => {
    await traceGuardrail({ name: "pii", stage: "input", remote: true }, async (span) => span.setResult({ decision: "pass" }));
    await traceGuardrail({ name: "flagger", stage: "retrieval" }, async (span) => span.setResult({ decision: "flag", triggered: false }));
    expect(otel.span("apply_guardrail pii").kind).toBe(SpanKind.CLIENT);
    expect(otel.span("apply_guardrail pii").attributes["llmscope.guardrail.triggered"]).toBe(false);
    expect(otel.span("apply_guardrail flagger").attributes["llmscope.guardrail.triggered"]).toBe(false);
  });

  it("records the checked content only when capture is on", async () => {
    await traceGuardrail({ name: "g", stage: "input", content: "my email is a@b.c" }, async () => undefined);
    expect(otel.span("apply_guardrail g").attributes).not.toHaveProperty("llmscope.guardrail.content");
    otel.exporter.reset();
    configureContent({ capture: true });
    await traceGuardrail({ name: "g", stage: "input", content: "my email is a@b.c" }, async () => undefined);
    expect(otel.span("apply_guardrail g").attributes["llmscope.guardrail.content"]).toBe("my email is a@b.c");
  });

  it("marks failures and rethrows the same error", async () => {
    const err = new TypeError("bad input");
    await expect(traceGuardrail({ name: "g", stage: "input" }, async () => Promise.reject(err))).rejects.toBe(err);
    expect(otel.span("apply_guardrail g").attributes["error.type"]).toBe("TypeError");
    expect(otel.span("apply_guardrail g").status.code).toBe(SpanStatusCode.ERROR);
  });
});
