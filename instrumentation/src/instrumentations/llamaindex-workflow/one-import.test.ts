import { describe, expect, it } from "vitest";
import { startFakeOpenAIExtras } from "../../test-support/fake-openai-extras";
import { WORKFLOW_AGENT_APPS, WORKFLOW_AGENT_PACKAGES } from "../../test-support/llamaindex-workflow-app";
import { runOneImportApp, useOneImportFixture } from "../../test-support/one-import-run";

/**
 * The one import in a real node process, static ESM and CommonJS: the app imports
 * @llamaindex/workflow, @llamaindex/openai and llamaindex after llmscope/register and runs an agent()
 * with one tool (test-support/llamaindex-workflow-app.ts).
 */
const fixture = useOneImportFixture(WORKFLOW_AGENT_APPS, WORKFLOW_AGENT_PACKAGES, startFakeOpenAIExtras);

describe("@llamaindex/workflow agents under the one import", () => {
  it.each(["app.mjs", "app.cjs"])(
    "%s: the agent run → two chat calls and the tool run",
    async (file) => {
      const { spans, one } = await runOneImportApp(fixture.dir(), file, { FAKE_EXTRAS_URL: fixture.server().url }, 30_000);
      const agent = one("invoke_agent weather");
      expect(agent).toMatchObject({
        parentSpanId: "",
        scope: "llmscope-llamaindex-workflow",
        attributes: {
          "llmscope.span.type": "agent",
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "weather",
          "gen_ai.agent.description": "Answers questions about the weather",
        },
      });
      expect(one("execute_tool get_weather")).toMatchObject({
        parentSpanId: agent.spanId,
        scope: "llmscope-llamaindex-workflow",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_weather",
          "gen_ai.tool.type": "function",
          "gen_ai.tool.call.id": "call_extras_1",
        },
      });
      // Every model call is the openai SDK's streamed span, both under the agent run; nothing else is a model call.
      const chats = spans.filter((s) => s.attributes["gen_ai.operation.name"] === "chat");
      expect(chats.map((s) => [s.scope, s.parentSpanId, s.attributes["gen_ai.request.stream"]])).toEqual([
        ["llmscope-openai", agent.spanId, true],
        ["llmscope-openai", agent.spanId, true],
      ]);
      expect(spans.filter((s) => s.attributes["llmscope.span.type"] === "llm")).toHaveLength(2);
      expect(spans).toHaveLength(4);
    },
    60_000,
  );
});
