import { describe, expect, it } from "vitest";
import { storedContent } from "./span-content";

const base = { name: "chat", kind: "Client", event_times_us: [], event_names: [], event_attributes: [] };

describe("storedContent", () => {
  it("reads semconv message attributes stored as text", () => {
    const content = storedContent({
      ...base,
      attributes: {
        "gen_ai.system_instructions": JSON.stringify([{ type: "text", content: "Be brief." }]),
        "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "Mail [EMAIL] please" }] }]),
        "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: "Done." }], finish_reason: "stop" }]),
      },
    });
    expect(content).toEqual({
      systemInstructions: "Be brief.",
      inputMessages: [{ role: "user", content: "Mail [EMAIL] please" }],
      outputMessages: [{ role: "assistant", content: "Done.", finishReason: "stop" }],
    });
  });

  it("reads flattened legacy attributes and content events, and gives null without content", () => {
    const legacy = storedContent({
      ...base,
      attributes: {
        "gen_ai.prompt.0.role": "user",
        "gen_ai.prompt.0.content": "hi",
        "gen_ai.completion.0.role": "assistant",
        "gen_ai.completion.0.content": "hello",
      },
    });
    expect(legacy?.inputMessages).toEqual([{ role: "user", content: "hi" }]);
    expect(legacy?.outputMessages?.[0]).toMatchObject({ role: "assistant", content: "hello" });
    const events = storedContent({
      ...base,
      attributes: {},
      event_times_us: [1],
      event_names: ["gen_ai.user.message"],
      event_attributes: [{ content: "from an event" }],
    });
    expect(events?.inputMessages).toEqual([{ role: "user", content: "from an event" }]);
    expect(storedContent({ ...base, attributes: { "http.method": "GET" } })).toBeNull();
    // Content that is not a message list is still shown, as text.
    expect(storedContent({ ...base, attributes: { "gen_ai.input.messages": "[{broken" } })).toEqual({ inputText: "[{broken" });
  });
});
