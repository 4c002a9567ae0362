import { SpanStatusCode } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { traceLlmCall } from "./llm";
import { withPrompt } from "./prompt";
import { withContext } from "./scope";
import { errorType } from "./span-runner";
import { useInMemoryTracing } from "./test-support/in-memory";

// No ContextSpanProcessor: the app brought its own provider and never called register().
const otel = useInMemoryTracing({ withContextProcessor: false });

describe("errorType", () => {
  it("prefers the class name, uses a plain Error's code, and _OTHER for the unknown", () => {
    class APIConnectionError extends Error {
      code = "ECONNREFUSED";
    }
    expect(errorType(new APIConnectionError())).toBe("APIConnectionError");
    expect(errorType(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe("ECONNRESET");
    expect(errorType(new Error("x"))).toBe("Error");
    expect(errorType({ code: 503 })).toBe("503");
    expect(errorType("a string")).toBe("_OTHER");
    expect(errorType(undefined)).toBe("_OTHER");
    expect(errorType(Object.create(null))).toBe("_OTHER");
  });
});

describe("helpers under a provider llmscope did not set up", () => {
  it("still apply app and prompt context to their own spans", async () => {
    await withContext({ userId: "u" }, () => withPrompt({ name: "p" }, () => traceLlmCall({ provider: "x", model: "m" }, async () => 1)));
    expect(otel.span("chat m").attributes).toMatchObject({ "user.id": "u", "gen_ai.prompt.name": "p" });
    expect(otel.span("render_prompt p").attributes["user.id"]).toBe("u");
  });

  it("record a non-Error throw and a synchronous throw, rethrowing the same value", async () => {
    const thrown = { reason: "not an Error" };
    await expect(traceLlmCall({ provider: "x", model: "obj" }, () => Promise.reject(thrown))).rejects.toBe(thrown);
    expect(otel.span("chat obj").attributes["error.type"]).toBe("_OTHER");
    expect(otel.span("chat obj").status.code).toBe(SpanStatusCode.ERROR);

    const err = new RangeError("sync");
    await expect(
      traceLlmCall({ provider: "x", model: "sync" }, () => {
        throw err;
      }),
    ).rejects.toBe(err);
    expect(otel.span("chat sync").attributes["error.type"]).toBe("RangeError");
  });
});
