import { oneImportApps } from "./fixture-app";

/**
 * An app with one @llamaindex/workflow agent(), as static ESM (`app.mjs`) and CommonJS (`app.cjs`)
 * behind the one import: a weather agent with one tool, its LLM @llamaindex/openai's on the extras
 * fake OpenAI server at FAKE_EXTRAS_URL (which calls the tool once, then answers).
 */
const BODY = `
const llm = new OpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", maxRetries: 0, baseURL: process.env.FAKE_EXTRAS_URL + "/v1" });
const weather = FunctionTool.from(({ city }) => "18°C in " + city, {
  name: "get_weather",
  description: "The weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
});
const result = await agent({ name: "weather", description: "Answers questions about the weather", llm, tools: [weather] }).run("Weather in Paris?");
if (typeof result.data.result !== "string") throw new Error("no answer");
`;

export const WORKFLOW_AGENT_APPS = oneImportApps({ "@llamaindex/workflow": ["agent"], "@llamaindex/openai": ["OpenAI"], llamaindex: ["FunctionTool"] }, BODY);

/** The slow packages (see fixtureDir) the app imports. */
export const WORKFLOW_AGENT_PACKAGES = ["@llamaindex", "llamaindex"];
