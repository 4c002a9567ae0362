import { context, trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { traceGuardrail } from "./guardrail";
import { traceLlmCall } from "./llm";
import { withPrompt } from "./prompt";
import { withContext } from "./scope";
import { useInMemoryTracing } from "./test-support/in-memory";

const otel = useInMemoryTracing();

const app = { userId: "user-7", sessionId: "sess-3", conversationId: "conv-9", tags: { tenant: "acme", tier: 2, beta: true } };
const appAttributes = {
  "user.id": "user-7",
  "session.id": "sess-3",
  "gen_ai.conversation.id": "conv-9",
  "llmscope.tag.tenant": "acme",
  "llmscope.tag.tier": 2,
  "llmscope.tag.beta": true,
};

describe("withContext", () => {
  it("returns fn's value synchronously", () => {
    expect(withContext(app, () => 42)).toBe(42);
  });

  it("puts user, session, conversation and tags on every span in scope, ours and foreign", async () => {
    await withContext(app, async () => {
      otel.tracer().startSpan("GET /answer").end();
      await withPrompt({ name: "p" }, () => traceLlmCall({ provider: "openai", model: "m" }, async () => undefined));
      await traceGuardrail({ name: "g", stage: "input" }, async () => undefined);
      // Scope survives async hops.
      await new Promise((r) => setTimeout(r, 1));
      otel.tracer().startSpan("after-await").end();
    });
    otel.tracer().startSpan("outside").end();
    for (const name of ["GET /answer", "render_prompt p", "chat m", "apply_guardrail g", "after-await"]) {
      expect(otel.span(name).attributes, name).toMatchObject(appAttributes);
    }
    const outside = otel.span("outside").attributes;
    for (const key of Object.keys(appAttributes)) expect(outside).not.toHaveProperty(key);
  });

  it("merges nested scopes, inner values winning, tags combined", () => {
    withContext(app, () => withContext({ userId: "user-8", tags: { tier: 3 } }, () => otel.tracer().startSpan("nested").end()));
    expect(otel.span("nested").attributes).toMatchObject({ ...appAttributes, "user.id": "user-8", "llmscope.tag.tier": 3 });
  });

  it("does not make a span active by itself", () => {
    withContext(app, () => expect(trace.getSpan(context.active())).toBeUndefined());
  });
});
