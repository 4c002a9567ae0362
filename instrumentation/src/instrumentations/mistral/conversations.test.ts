import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { expectFailedSpan } from "../../test-support/expected-attributes";
import { CONVERSATION_TEXT, CONVERSATION_TOOL_ARGS, CONVERSATION_USAGE } from "../../test-support/fake-mistral-conversations";
import { MISTRAL_AGENT_MODEL } from "../../test-support/fake-mistral-server";
import { useInstrumentedMistral } from "../../test-support/mistral-client";
import { VERSION } from "../../version";

/** Mistral's conversations API (`beta.conversations.start/append/restart` and their streams): each turn a chat span. */
const mistral = useInstrumentedMistral();
const otel = mistral.otel;
const conversations = () => mistral.client().beta.conversations;

const AGENT = "ag_0123456789abcdef";
const TOOLS = [{ type: "function" as const, function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];

/** What every conversation turn's span records, as docs/spans.md defines it. */
function turnAttributes(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    "llmscope.span.type": "llm",
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "mistral_ai",
    "server.address": "127.0.0.1",
    "server.port": mistral.port(),
    "gen_ai.usage.input_tokens": CONVERSATION_USAGE.prompt_tokens,
    "gen_ai.usage.output_tokens": CONVERSATION_USAGE.completion_tokens,
    ...extra,
  };
}

async function readAll(stream: AsyncIterable<{ data: { type: string; content?: unknown } }>): Promise<string> {
  let text = "";
  for await (const e of stream) if (e.data.type === "message.output.delta" && typeof e.data.content === "string") text += e.data.content;
  return text;
}

describe("@mistralai/mistralai beta.conversations", () => {
  it("start with a model: one chat span, attribute by attribute; the answering model and usage from the response", async () => {
    const res = await conversations().start({
      model: "mistral-small-latest",
      inputs: "How do refunds work?",
      completionArgs: { temperature: 0.2, maxTokens: 300 },
    });
    expect(res.outputs[0]).toMatchObject({ type: "message.output", content: CONVERSATION_TEXT });
    const span = otel.span("chat mistral-small-latest");
    expect([span.kind, span.instrumentationScope, span.status]).toEqual([
      SpanKind.CLIENT,
      { name: "llmscope-mistral", version: VERSION },
      { code: SpanStatusCode.UNSET },
    ]);
    expect(span.attributes).toEqual(
      turnAttributes({
        "gen_ai.request.model": "mistral-small-latest",
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.max_tokens": 300,
        "gen_ai.request.stream": false,
        "gen_ai.response.model": "mistral-small-latest",
      }),
    );
  });

  it("append and restart: the conversation's id, no requested model, the answering model from the response", async () => {
    const started = await conversations().start({ agentId: AGENT, inputs: "Hello" });
    expect(otel.span("chat").attributes).toEqual(
      turnAttributes({ "gen_ai.agent.id": AGENT, "gen_ai.request.stream": false, "gen_ai.response.model": MISTRAL_AGENT_MODEL }),
    );

    for (const turn of [
      () =>
        conversations().append({
          conversationId: started.conversationId,
          conversationAppendRequest: { inputs: "And to a card?", completionArgs: { topP: 0.9 } },
        }),
      () => conversations().restart({ conversationId: started.conversationId, conversationRestartRequest: { inputs: "Again", fromEntryId: "entry_1" } }),
    ]) {
      otel.exporter.reset();
      await turn();
      const attrs = otel.span("chat").attributes;
      expect(attrs["gen_ai.conversation.id"]).toBe(started.conversationId);
      expect(attrs["gen_ai.request.model"]).toBeUndefined();
      expect(attrs["gen_ai.response.model"]).toBe(MISTRAL_AGENT_MODEL);
      expect(attrs["gen_ai.usage.input_tokens"]).toBe(CONVERSATION_USAGE.prompt_tokens);
    }
    otel.exporter.reset();
    await conversations().append({ conversationId: started.conversationId, conversationAppendRequest: { inputs: "More", completionArgs: { topP: 0.9 } } });
    expect(otel.span("chat").attributes["gen_ai.request.top_p"]).toBe(0.9);
  });

  it("streamed start, append and restart: one streamed span per turn, ended with the stream, with the usage of the done event", async () => {
    const stream = await conversations().startStream({ model: "mistral-small-latest", inputs: "How do refunds work?" });
    expect(otel.spans()).toEqual([]);
    expect(await readAll(stream)).toBe(CONVERSATION_TEXT);
    const span = otel.span("chat mistral-small-latest");
    expect(span.attributes).toEqual(
      turnAttributes({
        "gen_ai.request.model": "mistral-small-latest",
        "gen_ai.request.stream": true,
        "gen_ai.response.model": "mistral-small-latest",
        "gen_ai.response.time_to_first_chunk": span.attributes["gen_ai.response.time_to_first_chunk"],
      }),
    );
    expect(span.attributes["gen_ai.response.time_to_first_chunk"]).toBeGreaterThan(0);

    const { conversationId } = await conversations().start({ model: "mistral-small-latest", inputs: "Hi" });
    for (const turn of [
      () => conversations().appendStream({ conversationId, conversationAppendStreamRequest: { inputs: "More" } }),
      () => conversations().restartStream({ conversationId, conversationRestartStreamRequest: { inputs: "Again", fromEntryId: "entry_1" } }),
    ]) {
      otel.exporter.reset();
      expect(await readAll(await turn())).toBe(CONVERSATION_TEXT);
      expect(otel.span("chat").attributes).toMatchObject({
        "gen_ai.conversation.id": conversationId,
        "gen_ai.request.stream": true,
        "gen_ai.usage.output_tokens": CONVERSATION_USAGE.completion_tokens,
      });
    }
  });

  it("inputs, instructions, function calls and results as content only under the opt-in, plain and streamed", async () => {
    await conversations().start({ model: "mistral-small-latest", inputs: "Weather in Paris?", tools: TOOLS });
    expect(Object.keys(otel.span("chat mistral-small-latest").attributes).filter((k) => /messages|system_instructions/.test(k))).toEqual([]);

    configureContent({ capture: true });
    const toolCall = { type: "tool_call", id: "call_fake_1", name: "get_weather", arguments: CONVERSATION_TOOL_ARGS };
    for (const start of [conversations().start.bind(conversations()), conversations().startStream.bind(conversations())]) {
      otel.exporter.reset();
      const res = await start({ model: "mistral-small-latest", instructions: "Be brief.", inputs: "Weather in Paris?", tools: TOOLS });
      if (Symbol.asyncIterator in res) await readAll(res as AsyncIterable<{ data: { type: string } }>);
      const attrs = otel.span("chat mistral-small-latest").attributes;
      expect(JSON.parse(attrs["gen_ai.system_instructions"] as string)).toEqual([{ type: "text", content: "Be brief." }]);
      expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([{ role: "user", parts: [{ type: "text", content: "Weather in Paris?" }] }]);
      expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([{ role: "assistant", parts: [toolCall], finish_reason: "" }]);
    }

    otel.exporter.reset();
    const { conversationId } = await conversations().start({ model: "mistral-small-latest", inputs: "Hi" });
    otel.exporter.reset();
    await conversations().append({
      conversationId,
      conversationAppendRequest: { inputs: [{ type: "function.result", toolCallId: "call_fake_1", result: "18°C" }] },
    });
    const attrs = otel.span("chat").attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string)).toEqual([
      { role: "tool", parts: [{ type: "tool_call_response", id: "call_fake_1", response: "18°C" }] },
    ]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      { role: "assistant", parts: [{ type: "text", content: CONVERSATION_TEXT }], finish_reason: "" },
    ]);
  });

  it("a failed turn: ERROR with the SDK's error class and the HTTP status; the error reaches the app", async () => {
    mistral.fake().failNext(500);
    const err = await conversations()
      .start({ model: "mistral-small-latest", inputs: "Hello" }, { retries: { strategy: "none" } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expectFailedSpan(otel.span("chat mistral-small-latest"), (err as Error).constructor.name, 500);

    otel.exporter.reset();
    const missing = await conversations()
      .append({ conversationId: "conv_missing", conversationAppendRequest: { inputs: "Hello" } })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Error);
    expectFailedSpan(otel.span("chat"), (missing as Error).constructor.name, 404);
  });
});
