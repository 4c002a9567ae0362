import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it, vi } from "vitest";
import { configureContent } from "../../content";
import { expectFailedSpan, expectSpan, toolRunAttributes } from "../../test-support/expected-attributes";
import { EXTRAS_TEXT, EXTRAS_TOOL_ARGUMENTS } from "../../test-support/fake-openai-extras";
import { parentId, spanTree, startedInOrder } from "../../test-support/in-memory";
import { useInstrumentedLlamaIndex } from "../../test-support/llamaindex-app";
import { instrumentLlamaIndexWorkflow } from "./instrumentation";

type Any = any;

/**
 * The real @llamaindex/workflow agents (agent(), multiAgent()) with @llamaindex/openai's LLM on the
 * extras fake OpenAI server, which streams its answers and calls the tools it is told to (else the
 * first tool offered, once): the agent run, its tool runs and the openai SDK's model calls beneath.
 */
const { otel, fake, li, workflow, extrasLlm } = useInstrumentedLlamaIndex();

const WEATHER_AGENT = "weather";
const WEATHER_DESCRIPTION = "Answers questions about the weather";

const weatherTool = (impl: (input: { city: string }) => string): Any =>
  li().FunctionTool.from(impl, {
    name: "get_weather",
    description: "The weather in a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  });

const weatherAgent = (impl: (input: { city: string }) => string = ({ city }) => `18°C in ${city}`): Any =>
  workflow().agent({ name: WEATHER_AGENT, description: WEATHER_DESCRIPTION, llm: extrasLlm(), tools: [weatherTool(impl)] });

const byOperation = (op: string): ReadableSpan[] => otel.spans().filter((s) => s.attributes["gen_ai.operation.name"] === op);
const spanId = (s: ReadableSpan): string => s.spanContext().spanId;
/** Spans are exported as they end: the order of ends, which each span's own clock (anchored to the millisecond) cannot give. */
const endedBefore = (a: ReadableSpan, b: ReadableSpan): boolean => otel.spans().indexOf(a) < otel.spans().indexOf(b);
const tree = () => spanTree(otel.spans());

/** The agent span's attributes, written out from docs/spans.md. */
const agentAttributes = (name: string, description: string) => ({
  "llmscope.span.type": "agent",
  "gen_ai.operation.name": "invoke_agent",
  "gen_ai.agent.name": name,
  "gen_ai.agent.description": description,
});

describe("@llamaindex/workflow agent(): invoke_agent → LLM → execute_tool → LLM", () => {
  it("one run: the agent span under the app's span holds both streamed model calls and the tool run between them", async () => {
    const cities: string[] = [];
    const agent = weatherAgent(({ city }) => (cities.push(city), `18°C in ${city}`));
    const result = await otel.tracer().startActiveSpan("answer question", async (app) => {
      const r = await agent.run("Weather in Paris?");
      app.end();
      return r;
    });
    expect(result.data.result).toBe(EXTRAS_TEXT);
    expect(cities).toEqual([EXTRAS_TOOL_ARGUMENTS.city]);

    expect(tree()).toEqual([
      ["answer question", undefined, "test-app"],
      ["chat gpt-4o-mini", "invoke_agent weather", "llmscope-openai"],
      ["chat gpt-4o-mini", "invoke_agent weather", "llmscope-openai"],
      ["execute_tool get_weather", "invoke_agent weather", "llmscope-llamaindex-workflow"],
      ["invoke_agent weather", "answer question", "llmscope-llamaindex-workflow"],
    ]);
    const agentSpan = otel.span("invoke_agent weather");
    expectSpan(agentSpan, { kind: SpanKind.INTERNAL, attributes: agentAttributes(WEATHER_AGENT, WEATHER_DESCRIPTION) });
    const tool = otel.span("execute_tool get_weather");
    // The call id is the one the model's (streamed) tool call carried.
    expectSpan(tool, { kind: SpanKind.INTERNAL, attributes: toolRunAttributes("get_weather", "call_extras_1") });
    // Each model call is the openai SDK's one streamed span: the first asks for the tool, the second answers.
    const chat = byOperation("chat");
    expect(chat.map((s) => [s.attributes["gen_ai.request.stream"], s.attributes["gen_ai.response.finish_reasons"]])).toEqual([
      [true, ["tool_calls"]],
      [true, ["stop"]],
    ]);
    expect(startedInOrder([chat[0]!, tool, chat[1]!])).toBe(true);
    // The agent span ends after everything beneath it.
    const beneath = otel.spans().filter((s) => parentId(s) === spanId(agentSpan));
    expect(beneath.map((s) => endedBefore(s, agentSpan))).toEqual([true, true, true]);
  });

  it("the tool's arguments and result only under the content opt-in", async () => {
    await weatherAgent().run("Weather in Paris?");
    expect(otel.span("execute_tool get_weather").attributes).toEqual(toolRunAttributes("get_weather", "call_extras_1"));

    otel.exporter.reset();
    configureContent({ capture: true });
    await weatherAgent().run("Weather in Paris?");
    const tool = otel.span("execute_tool get_weather");
    expect(JSON.parse(String(tool.attributes["gen_ai.tool.call.arguments"]))).toEqual(EXTRAS_TOOL_ARGUMENTS);
    expect(tool.attributes["gen_ai.tool.call.result"]).toBe("18°C in Paris");
  });

  it("a tool that throws: its span fails with the error LlamaIndex makes of it; the model is told, and the agent still answers", async () => {
    const result = await weatherAgent(() => {
      throw new RangeError("no station in Paris");
    }).run("Weather in Paris?");
    expect(result.data.result).toBe(EXTRAS_TEXT);
    const tool = otel.span("execute_tool get_weather");
    // LlamaIndex's callTool catches the tool's error and the workflow raises it again as an Error naming the class.
    expect(tool.status).toEqual({ code: SpanStatusCode.ERROR, message: "Error(RangeError): no station in Paris" });
    expectFailedSpan(tool, "Error");
    expect(otel.span("invoke_agent weather").status.code).toBe(SpanStatusCode.UNSET);
    expect(byOperation("chat")).toHaveLength(2);
  });

  it("a failing model call fails the run's span with the SDK's error; the workflow leaves the error unhandled and the run unsettled", async () => {
    // The workflow's own behaviour: the failed step's rejection is unhandled (Node's default ends the
    // process); caught here, in place of the test runner's handler, to look at it.
    const runnerListeners = process.listeners("unhandledRejection");
    process.removeAllListeners("unhandledRejection");
    const unhandled: unknown[] = [];
    process.on("unhandledRejection", (reason) => unhandled.push(reason));
    try {
      fake().failNext(500);
      let settled = false;
      void weatherAgent()
        .run("Weather in Paris?")
        .finally(() => (settled = true));
      await vi.waitFor(() => expect(unhandled).toHaveLength(1));
      const err = unhandled[0] as Error;
      expect(err.constructor.name).toBe("InternalServerError");
      const agentSpan = otel.span("invoke_agent weather");
      expect(agentSpan.status).toEqual({ code: SpanStatusCode.ERROR, message: err.message });
      expectFailedSpan(agentSpan, "InternalServerError");
      const [chat] = byOperation("chat");
      expectFailedSpan(chat!, "InternalServerError", 500);
      expect(parentId(chat!)).toBe(spanId(agentSpan));
      expect(settled).toBe(false);
    } finally {
      process.removeAllListeners("unhandledRejection");
      for (const listener of runnerListeners) process.on("unhandledRejection", listener);
    }
  });

  it("two runs of one agent at once: each run's model calls and tool run under its own span", async () => {
    const agent = weatherAgent();
    const [a, b] = await Promise.all([
      otel.tracer().startActiveSpan("a", (s) => agent.run("Weather in Paris?").finally(() => s.end())),
      otel.tracer().startActiveSpan("b", (s) => agent.run("Weather in Paris?").finally(() => s.end())),
    ]);
    expect([a.data.result, b.data.result]).toEqual([EXTRAS_TEXT, EXTRAS_TEXT]);
    const runs = otel.spans().filter((s) => s.name === "invoke_agent weather");
    expect(runs).toHaveLength(2);
    for (const run of runs) {
      const beneath = otel.spans().filter((s) => parentId(s) === spanId(run));
      expect(beneath.map((s) => s.name).sort()).toEqual(["chat gpt-4o-mini", "chat gpt-4o-mini", "execute_tool get_weather"]);
    }
    expect(runs.map((r) => otel.spans().find((s) => spanId(s) === parentId(r))?.name).sort()).toEqual(["a", "b"]);
  });

  it("runStream(): the events come through, and the agent span lasts until the stream ends or the reader stops", async () => {
    const stream = weatherAgent().runStream("Weather in Paris?");
    expect(otel.spans()).toEqual([]);
    const events: Any[] = [];
    const endedWhileReading: boolean[] = [];
    for await (const event of stream) {
      events.push(event);
      endedWhileReading.push(otel.spans().some((s) => s.name === "invoke_agent weather"));
    }
    expect(endedWhileReading.length).toBeGreaterThan(2);
    expect(endedWhileReading.every((ended) => !ended)).toBe(true);
    expect(workflow().stopAgentEvent.include(events.at(-1))).toBe(true);
    expect(events.at(-1).data.result).toBe(EXTRAS_TEXT);
    const agentSpan = otel.span("invoke_agent weather");
    expect(byOperation("chat").map(parentId)).toEqual([spanId(agentSpan), spanId(agentSpan)]);

    // Left after the first event: the span still ends. (The workflow goes on with its two model calls
    // unread; waited for, so they do not answer the next test's scripted requests.)
    otel.exporter.reset();
    const requests = fake().requests;
    for await (const _ of weatherAgent().runStream("Weather in Paris?")) break;
    expect(otel.span("invoke_agent weather").status.code).toBe(SpanStatusCode.UNSET);
    await vi.waitFor(() => expect(fake().requests).toBe(requests + 2));
  });
});

describe("@llamaindex/workflow multiAgent(): the agent handed to works under its own agent span", () => {
  it("the root agent hands off to the weather agent: the hand-off under the root's run, the weather agent's calls and tool run under its span", async () => {
    const triage = workflow().agent({ name: "triage", description: "Routes the question", llm: extrasLlm(), tools: [], canHandoffTo: [WEATHER_AGENT] });
    const team = workflow().multiAgent({ agents: [triage, weatherAgent()], rootAgent: triage });
    fake().callToolsNext(
      { name: "handOff", arguments: { toAgent: WEATHER_AGENT, reason: "a weather question" } },
      { name: "get_weather", arguments: EXTRAS_TOOL_ARGUMENTS },
    );
    const result = await team.run("Weather in Paris?");
    expect(result.data.result).toBe(EXTRAS_TEXT);

    expect(tree()).toEqual([
      ["chat gpt-4o-mini", "invoke_agent triage", "llmscope-openai"],
      ["chat gpt-4o-mini", "invoke_agent weather", "llmscope-openai"],
      ["chat gpt-4o-mini", "invoke_agent weather", "llmscope-openai"],
      ["execute_tool get_weather", "invoke_agent weather", "llmscope-llamaindex-workflow"],
      ["execute_tool handOff", "invoke_agent triage", "llmscope-llamaindex-workflow"],
      ["invoke_agent triage", undefined, "llmscope-llamaindex-workflow"],
      ["invoke_agent weather", "invoke_agent triage", "llmscope-llamaindex-workflow"],
    ]);
    const run = otel.span("invoke_agent triage");
    const weather = otel.span("invoke_agent weather");
    expectSpan(run, { kind: SpanKind.INTERNAL, attributes: agentAttributes("triage", "Routes the question") });
    expectSpan(weather, { kind: SpanKind.INTERNAL, attributes: agentAttributes(WEATHER_AGENT, WEATHER_DESCRIPTION) });
    // The model's two tool calls, each with the id the model gave it.
    const tools = byOperation("execute_tool");
    const ids = tools.map((s) => String(s.attributes["gen_ai.tool.call.id"]));
    expect(ids.every((id) => /^call_extras_\d+$/.test(id)) && new Set(ids).size === 2).toBe(true);
    expect(tools.map((s) => s.attributes)).toEqual([toolRunAttributes("handOff", ids[0]), toolRunAttributes("get_weather", ids[1])]);
    // The hand-off came before the weather agent's model calls, and the run ended after the weather agent.
    const weatherCalls = byOperation("chat").filter((s) => parentId(s) === spanId(weather));
    expect(weatherCalls.map((s) => endedBefore(otel.span("execute_tool handOff"), s))).toEqual([true, true]);
    expect(endedBefore(weather, run)).toBe(true);
  });

  it("handed back: the weather agent's span ends when the root agent takes over again, whose answer is under the run's span", async () => {
    const triage = workflow().agent({ name: "triage", description: "Routes the question", llm: extrasLlm(), tools: [], canHandoffTo: [WEATHER_AGENT] });
    const weather = workflow().agent({
      name: WEATHER_AGENT,
      description: WEATHER_DESCRIPTION,
      llm: extrasLlm(),
      tools: [weatherTool(({ city }) => city)],
      canHandoffTo: ["triage"],
    });
    const team = workflow().multiAgent({ agents: [triage, weather], rootAgent: triage });
    fake().callToolsNext(
      { name: "handOff", arguments: { toAgent: WEATHER_AGENT, reason: "a weather question" } },
      { name: "handOff", arguments: { toAgent: "triage", reason: "done with the weather" } },
      // The root agent now offers only its hand-off tool; the model answers instead.
    );
    const result = await team.run("Weather in Paris?");
    expect(result.data.result).toBe(EXTRAS_TEXT);
    expect(tree()).toEqual([
      ["chat gpt-4o-mini", "invoke_agent triage", "llmscope-openai"],
      ["chat gpt-4o-mini", "invoke_agent triage", "llmscope-openai"],
      ["chat gpt-4o-mini", "invoke_agent weather", "llmscope-openai"],
      ["execute_tool handOff", "invoke_agent triage", "llmscope-llamaindex-workflow"],
      ["execute_tool handOff", "invoke_agent weather", "llmscope-llamaindex-workflow"],
      ["invoke_agent triage", undefined, "llmscope-llamaindex-workflow"],
      ["invoke_agent weather", "invoke_agent triage", "llmscope-llamaindex-workflow"],
    ]);
    const [, answer] = byOperation("chat").filter((s) => parentId(s) === spanId(otel.span("invoke_agent triage")));
    // Ended when the root took over, not with the run: before the root's answer.
    expect(endedBefore(otel.span("invoke_agent weather"), answer!)).toBe(true);
  });
});

describe("instrumentLlamaIndexWorkflow", () => {
  it("patches the module it is given, and names what it expected when given something else", () => {
    expect(() => instrumentLlamaIndexWorkflow(workflow())).not.toThrow();
    expect(() => instrumentLlamaIndexWorkflow(li())).toThrow(
      'instrumentLlamaIndexWorkflow: expected @llamaindex/workflow (import * as m from "@llamaindex/workflow"); found no AgentWorkflow in it',
    );
  });
});
