import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../tools/src/demo/fake-openai-server";
import { esmEntryUrl } from "../instrumentations/app-modules";
import { instrumentLlamaIndex } from "../instrumentations/llamaindex/instrumentation";
import { instrumentLlamaIndexWorkflow } from "../instrumentations/llamaindex-workflow/instrumentation";
import { instrumentOpenAI } from "../instrumentations/openai/instrumentation";
import { startFakeOpenAIExtras } from "./fake-openai-extras";
import { useInstrumentedFake } from "./instrumented-fake";

type Any = any;

/** Every `@llamaindex/core` subpath llmscope patches, as the app's packages require them. */
const CORE_SUBPATHS = ["query-engine", "retriever", "chat-engine", "agent"];

/**
 * For one test file: the real llamaindex (CommonJS build, as an app loads it), @llamaindex/openai and
 * @llamaindex/workflow (`workflow()`: its agent(), multiAgent(), …), instrumented as register()'s hooks would, with Settings' LLM and embedding model pointed at the
 * demo's fake OpenAI server on 127.0.0.1 (streams, embeddings). `extrasLlm()` is an OpenAI LLM on
 * the extras fake, which calls the first tool it is offered until a tool has answered.
 * @llamaindex/openai loads its openai copy with import(): that ES module is the one patched.
 */
export function useInstrumentedLlamaIndex() {
  const load = createRequire(__filename);
  const harness = useInstrumentedFake(async () => {
    for (const subpath of CORE_SUBPATHS) instrumentLlamaIndex(load(`@llamaindex/core/${subpath}`));
    instrumentLlamaIndexWorkflow(load("@llamaindex/workflow"));
    instrumentOpenAI(await import(esmEntryUrl("openai", path.dirname(load.resolve("@llamaindex/openai")))!));
  }, startFakeOpenAIExtras);
  let li: Any;
  let demo: FakeOpenAI | undefined;
  beforeAll(async () => {
    li = { ...load("llamaindex"), ...load("@llamaindex/openai") };
    demo = await startFakeOpenAI({ latency: { scale: 0 } });
    const url = `${demo.url}/v1`;
    li.Settings.llm = new li.OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: url });
    li.Settings.embedModel = new li.OpenAIEmbedding({ model: "text-embedding-3-small", apiKey: "sk-test", maxRetries: 0, baseURL: url });
  });
  afterAll(() => demo?.close());
  return {
    ...harness,
    li: (): Any => li,
    workflow: (): Any => load("@llamaindex/workflow"),
    extrasLlm: (): Any => new li.OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: `${harness.fake().url}/v1` }),
  };
}
