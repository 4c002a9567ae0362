import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { EXTRAS_TOOL_ARGUMENTS, startFakeOpenAIExtras, type FakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { useInMemoryTracing } from "../../test-support/in-memory";
import { instrumentOpenAI } from "./instrumentation";

const otel = useInMemoryTracing();
let extras: FakeOpenAIExtras;
let client: OpenAI;

beforeAll(async () => {
  instrumentOpenAI(OpenAI);
  extras = await startFakeOpenAIExtras();
  client = new OpenAI({ baseURL: `${extras.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
});
afterAll(() => extras.close());
afterEach(() => configureContent());

const tools = [{ type: "function" as const, function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];

describe("OpenAI chat tool calls", () => {
  it("the tool call is the output message, its result the next call's input, under the content opt-in", async () => {
    configureContent({ capture: true });
    const first = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Weather in Paris?" }], tools });
    const call = first.choices[0]!.message.tool_calls![0]!;
    let attrs = otel.span("chat gpt-4o-mini").attributes;
    expect(attrs["gen_ai.response.finish_reasons"]).toEqual(["tool_calls"]);
    expect(JSON.parse(attrs["gen_ai.output.messages"] as string)).toEqual([
      { role: "assistant", parts: [{ type: "tool_call", id: call.id, name: "get_weather", arguments: EXTRAS_TOOL_ARGUMENTS }], finish_reason: "tool_calls" },
    ]);

    otel.exporter.reset();
    await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Weather in Paris?" }, first.choices[0]!.message, { role: "tool", tool_call_id: call.id, content: "18°C" }],
    });
    attrs = otel.span("chat gpt-4o-mini").attributes;
    expect(JSON.parse(attrs["gen_ai.input.messages"] as string).slice(1)).toEqual([
      { role: "assistant", parts: [{ type: "tool_call", id: call.id, name: "get_weather", arguments: EXTRAS_TOOL_ARGUMENTS }] },
      { role: "tool", parts: [{ type: "tool_call_response", id: call.id, response: "18°C" }] },
    ]);
  });
});
