import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { MISTRAL_AGENT_MODEL, MISTRAL_TEXT, MISTRAL_TOOL_ARGS, MISTRAL_USAGE } from "../../test-support/fake-mistral-server";
import { expectSpan, providerCall, requestAttributes, responseAttributes } from "../../test-support/expected-attributes";
import { useInstrumentedMistral } from "../../test-support/mistral-client";
import { VERSION } from "../../version";

/** Mistral's agents completions (`agents.complete`, `agents.stream`): a chat run by an agent the app made on Mistral's side. */
const mistral = useInstrumentedMistral();
const otel = mistral.otel;

const AGENT = "ag_0123456789abcdef";
const messages = [{ role: "user" as const, content: "How do refunds work?" }];

describe("@mistralai/mistralai agents.complete", () => {
  it("one chat span, attribute by attribute: the agent's id, no requested model", async () => {
    const res = await mistral.client().agents.complete({ agentId: AGENT, messages, maxTokens: 200, stop: ["END"], randomSeed: 7 });
    expect(res.choices?.[0]?.message?.content).toBe(MISTRAL_TEXT);
    expectSpan(otel.span("chat"), {
      kind: SpanKind.CLIENT,
      scope: { name: "llmscope-mistral", version: VERSION },
      attributes: {
        ...providerCall({ operation: "chat", provider: "mistral_ai", port: mistral.port() }),
        "gen_ai.agent.id": AGENT,
        ...requestAttributes({ maxTokens: 200, stopSequences: ["END"], seed: 7, stream: false }),
        // The model the agent ran, as the answer names it: what the call is priced by.
        ...responseAttributes({ id: res.id, model: MISTRAL_AGENT_MODEL, finishReasons: ["stop"] }),
        "gen_ai.usage.input_tokens": MISTRAL_USAGE.prompt_tokens,
        "gen_ai.usage.output_tokens": MISTRAL_USAGE.completion_tokens,
        "gen_ai.usage.cache_read.input_tokens": MISTRAL_USAGE.prompt_tokens_details.cached_tokens,
      },
    });
  });

  it("tool calls and messages as content only under the opt-in", async () => {
    const tools = [{ type: "function" as const, function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];
    await mistral.client().agents.complete({ agentId: AGENT, messages, tools });
    expect(Object.keys(otel.span("chat").attributes).filter((k) => /messages|system_instructions/.test(k))).toEqual([]);

    otel.exporter.reset();
    configureContent({ capture: true });
    const res = await mistral.client().agents.complete({ agentId: AGENT, messages, tools });
    const attrs = otel.span("chat").attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "How do refunds work?" }] }]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      {
        role: "assistant",
        parts: [
          { type: "text", content: MISTRAL_TEXT },
          { type: "tool_call", id: res.choices![0]!.message!.toolCalls![0]!.id, name: "get_weather", arguments: MISTRAL_TOOL_ARGS },
        ],
        finish_reason: "tool_calls",
      },
    ]);
  });

  it("an API error: ERROR status, error.type, HTTP status; the same error reaches the app", async () => {
    mistral.fake().failNext(422);
    const err = await mistral
      .client()
      .agents.complete({ agentId: AGENT, messages })
      .catch((e: unknown) => e);
    expect((err as { statusCode?: number }).statusCode).toBe(422);
    const span = otel.span("chat");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toMatchObject({ "gen_ai.agent.id": AGENT, "error.type": (err as Error).constructor.name, "http.response.status_code": 422 });
  });
});

describe("@mistralai/mistralai agents.stream", () => {
  it("streams: TTFT, usage and model from the last chunk, the app sees every event", async () => {
    let text = "";
    for await (const event of await mistral.client().agents.stream({ agentId: AGENT, messages })) text += String(event.data.choices[0]?.delta.content ?? "");
    expect(text).toBe(MISTRAL_TEXT);
    const attrs = otel.span("chat").attributes;
    expect(attrs["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);
    expect(attrs).toMatchObject({
      "gen_ai.agent.id": AGENT,
      "gen_ai.request.stream": true,
      "gen_ai.response.model": MISTRAL_AGENT_MODEL,
      "gen_ai.response.finish_reasons": ["stop"],
      "gen_ai.usage.input_tokens": MISTRAL_USAGE.prompt_tokens,
      "gen_ai.usage.output_tokens": MISTRAL_USAGE.completion_tokens,
    });
    expect(attrs["gen_ai.request.model"]).toBeUndefined();
  });
});
