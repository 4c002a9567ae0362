import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAIExtras } from "../instrumentation/src/test-support/fake-openai-extras";
import { buildPackage, fixtureDir, startApp } from "../instrumentation/src/test-support/fixture-app";
import { WORKFLOW_AGENT_APPS, WORKFLOW_AGENT_PACKAGES } from "../instrumentation/src/test-support/llamaindex-workflow-app";
import { startTestCollector } from "./support/collector";

/**
 * A LlamaIndex workflow agent's run, from an app behind the one import to a real collector: the
 * run is stored as an agent span and the tool run as a tool span, so the run's model calls are
 * counted once each, as the openai SDK's LLM spans.
 */
type Row = Record<string, unknown>;

let fixtures: ReturnType<typeof fixtureDir>;
let collector: Awaited<ReturnType<typeof startTestCollector>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAIExtras>>;

beforeAll(async () => {
  buildPackage();
  fixtures = fixtureDir(WORKFLOW_AGENT_APPS, WORKFLOW_AGENT_PACKAGES);
  collector = await startTestCollector();
  fake = await startFakeOpenAIExtras();
}, 90_000);

afterAll(async () => {
  await collector?.close();
  await fake?.close();
  fixtures?.remove();
});

describe.each(["app.mjs", "app.cjs"])("@llamaindex/workflow agent() in %s, stored", (file) => {
  it("the agent run is an agent span, the tool run a tool span, and only the two model calls are LLM calls", async () => {
    const service = `weather-agent-${file.replace(".", "-")}`;
    const app = startApp(fixtures.dir, [file], { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: service, FAKE_EXTRAS_URL: fake.url }, 30_000);
    expect((await app.exited).code, app.stderr()).toBe(0);
    await collector.flush();

    const rows = await collector.store.query<Row>(
      `SELECT SpanName, SpanType, Operation, TokensUnknown FROM llm_spans WHERE ServiceName = {service:String} ORDER BY SpanName`,
      { service },
    );
    expect(rows.map((r) => [r.SpanName, r.SpanType, r.Operation, Number(r.TokensUnknown)])).toEqual([
      ["chat gpt-4o-mini", "llm", "chat", 0],
      ["chat gpt-4o-mini", "llm", "chat", 0],
      ["execute_tool get_weather", "tool", "execute_tool", 0],
      ["invoke_agent weather", "agent", "invoke_agent", 0],
    ]);
    // The trace list counts the model calls of the trace: two, not three.
    const list = (await (await fetch(`${collector.url}/api/traces?service=${service}&from=now-1h`)).json()) as { traces: Row[] };
    expect(list.traces.map((t) => [t.root_span, t.spans, t.llm_calls])).toEqual([["invoke_agent weather", 4, 2]]);
  }, 60_000);
});
