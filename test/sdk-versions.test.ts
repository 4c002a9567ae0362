import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../tools/src/demo/fake-openai-server";
import { OpenAIInstrumentation } from "../instrumentation/src/instrumentations/openai/instrumentation";
import { AnthropicInstrumentation } from "../instrumentation/src/instrumentations/anthropic/instrumentation";
import { esmEntryUrl } from "../instrumentation/src/instrumentations/app-modules";
import { TESTED_SDK_VERSIONS, checkSdkVersion } from "../instrumentation/src/instrumentations/tested-versions";
import { FAKE_ANTHROPIC_USAGE, startFakeAnthropic } from "../instrumentation/src/test-support/fake-anthropic-server";
import { useInMemoryTracing } from "../instrumentation/src/test-support/in-memory";
import { installApp, type InstalledApp } from "./support/packed-app";

/**
 * The declared SDK ranges, tested: the oldest and newest release of every major llmscope declares
 * (TESTED_SDK_VERSIONS, which `llmscope doctor` checks installs against), installed side by side
 * under npm aliases in one temp folder. Each release's CommonJS and ES-module builds are patched
 * and must give one span with the model, the response id and the token counts.
 */
type Json = Record<string, any>;

const otel = useInMemoryTracing();
const alias = (sdk: string, version: string) => `${sdk.replace(/^@/, "").replace("/", "-")}-${version}`;

let app: InstalledApp;
let openaiFake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let anthropicFake: Awaited<ReturnType<typeof startFakeAnthropic>>;
let load: NodeJS.Require;

beforeAll(async () => {
  const dependencies = Object.fromEntries(
    Object.entries(TESTED_SDK_VERSIONS).flatMap(([sdk, versions]) => versions.map((v) => [alias(sdk, v), `npm:${sdk}@${v}`])),
  );
  app = installApp(dependencies);
  load = createRequire(path.join(app.dir, "package.json"));
  openaiFake = await startFakeOpenAI({ seed: 4, latency: { scale: 0 } });
  anthropicFake = await startFakeAnthropic();
}, 600_000);

afterAll(async () => {
  await openaiFake?.close();
  await anthropicFake?.close();
  app?.remove();
});

/** The module's two builds: what require() and what import() load. */
async function builds(name: string): Promise<[string, Json][]> {
  const esm = esmEntryUrl(name, app.dir);
  expect(esm, `ESM entry of ${name}`).toBeDefined();
  return [
    ["CommonJS", load(name) as Json],
    ["ESM", (await import(esm!)) as Json],
  ];
}

const cases = (sdk: string) => TESTED_SDK_VERSIONS[sdk]!.map((version) => ({ version, name: alias(sdk, version) }));

describe.each(cases("openai"))("openai $version", ({ version, name }) => {
  it("is inside the range doctor accepts", () => expect(checkSdkVersion("openai", version).ok).toBe(true));

  it("chat.completions.create gives one span with model, id and usage (CommonJS and ESM builds)", async () => {
    for (const [style, mod] of await builds(name)) {
      new OpenAIInstrumentation({ enabled: false }).patch(mod);
      const OpenAI = (mod.OpenAI ?? mod.default) as new (opts: Json) => Json;
      const client = new OpenAI({ baseURL: `${openaiFake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
      otel.exporter.reset();
      const res = (await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })) as Json;
      const span = otel.span("chat gpt-4o-mini");
      expect(span.attributes, style).toMatchObject({
        "gen_ai.provider.name": "openai",
        "gen_ai.response.id": res.id,
        "gen_ai.usage.input_tokens": res.usage.prompt_tokens,
        "gen_ai.usage.output_tokens": res.usage.completion_tokens,
      });
    }
  });
});

describe.each(cases("@anthropic-ai/sdk"))("@anthropic-ai/sdk $version", ({ version, name }) => {
  it("is inside the range doctor accepts", () => expect(checkSdkVersion("@anthropic-ai/sdk", version).ok).toBe(true));

  it("messages.create gives one span with model, id and usage (CommonJS and ESM builds)", async () => {
    for (const [style, mod] of await builds(name)) {
      new AnthropicInstrumentation({ enabled: false }).patch(mod);
      const Anthropic = (mod.Anthropic ?? mod.default) as new (opts: Json) => Json;
      const client = new Anthropic({ baseURL: anthropicFake.url, apiKey: "sk-ant-test", maxRetries: 0 });
      otel.exporter.reset();
      const res = (await client.messages.create({ model: "claude-test-model", max_tokens: 100, messages: [{ role: "user", content: "hi" }] })) as Json;
      const [span] = otel.spans();
      expect(otel.spans(), style).toHaveLength(1);
      expect(span!.attributes, style).toMatchObject({
        "gen_ai.provider.name": "anthropic",
        "gen_ai.request.model": "claude-test-model",
        "gen_ai.response.id": res.id,
        "gen_ai.usage.output_tokens": FAKE_ANTHROPIC_USAGE.output_tokens,
      });
    }
  });
});
