import OpenAI, { AzureOpenAI } from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../../../tools/src/demo/fake-openai-server";
import { useInMemoryTracing } from "../../test-support/in-memory";
import { startPathProxy, type PathProxy } from "../../test-support/path-proxy";
import { instrumentOpenAI } from "./instrumentation";
import { configureProviderHosts, parseProviderHosts, providerOf } from "./provider";

const otel = useInMemoryTracing();
let fake: FakeOpenAI;
let azureGateway: PathProxy;

beforeAll(async () => {
  instrumentOpenAI(OpenAI);
  fake = await startFakeOpenAI({ latency: { scale: 0 }, seed: 5 });
  // Azure's deployment-scoped routes, served by the plain OpenAI fake behind them.
  azureGateway = await startPathProxy(fake.url, (p) => p.replace(/^\/openai\/deployments\/[^/]+\//, "/v1/").replace(/\?.*$/, ""));
});
afterAll(() => Promise.all([fake.close(), azureGateway.close()]));
afterEach(() => configureProviderHosts({}));

const ask = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "How do refunds work?" }] };
const port = (url: string) => Number(new URL(url).port);

describe("gen_ai.provider.name of OpenAI-compatible endpoints", () => {
  it("a plain OpenAI baseURL stays openai", async () => {
    await new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 }).chat.completions.create(ask);
    expect(otel.span("chat gpt-4o-mini").attributes["gen_ai.provider.name"]).toBe("openai");
  });

  it("a configured host:port names the provider (a self-hosted vLLM), streamed calls too", async () => {
    configureProviderHosts({ [`127.0.0.1:${port(fake.url)}`]: "vllm" });
    const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
    await client.chat.completions.create(ask);
    expect(otel.span("chat gpt-4o-mini").attributes).toMatchObject({
      "gen_ai.provider.name": "vllm",
      "server.address": "127.0.0.1",
      "server.port": port(fake.url),
    });
    otel.exporter.reset();
    for await (const _ of await client.chat.completions.create({ ...ask, stream: true })) void _;
    expect(otel.span("chat gpt-4o-mini").attributes["gen_ai.provider.name"]).toBe("vllm");
  });

  it("a configured bare host applies to every port; reconfiguring takes effect at once", async () => {
    configureProviderHosts({ "127.0.0.1": "groq" });
    const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
    await client.embeddings.create({ model: "text-embedding-3-small", input: "refunds" });
    expect(otel.span("embeddings text-embedding-3-small").attributes["gen_ai.provider.name"]).toBe("groq");
    otel.exporter.reset();
    configureProviderHosts({});
    await client.embeddings.create({ model: "text-embedding-3-small", input: "refunds" });
    expect(otel.span("embeddings text-embedding-3-small").attributes["gen_ai.provider.name"]).toBe("openai");
  });

  it("the AzureOpenAI client (endpoint + deployment routes) is azure.ai.openai", async () => {
    const client = new AzureOpenAI({ endpoint: azureGateway.url, apiVersion: "2024-10-21", azureADTokenProvider: async () => "entra-token", maxRetries: 0 });
    const res = await client.chat.completions.create(ask);
    expect(azureGateway.seen).toEqual(["/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21"]);
    expect(otel.span("chat gpt-4o-mini").attributes).toMatchObject({
      "gen_ai.provider.name": "azure.ai.openai",
      "server.address": "127.0.0.1",
      "server.port": port(azureGateway.url),
      "gen_ai.response.id": res.id,
      "gen_ai.usage.input_tokens": res.usage!.prompt_tokens,
    });
  });

  it("the plain OpenAI client with an Azure deployment baseURL is azure.ai.openai", async () => {
    const client = new OpenAI({
      baseURL: `${azureGateway.url}/openai/deployments/gpt-4o-mini`,
      apiKey: "sk-test",
      defaultQuery: { "api-version": "2024-10-21" },
      maxRetries: 0,
    });
    await client.chat.completions.create(ask);
    expect(otel.span("chat gpt-4o-mini").attributes["gen_ai.provider.name"]).toBe("azure.ai.openai");
  });
});

describe("providerOf: the built-in hosts", () => {
  it.each([
    ["https://my-res.openai.azure.com/openai/v1", "azure.ai.openai"],
    ["https://my-res.cognitiveservices.azure.com/openai", "azure.ai.openai"],
    ["https://my-model.eastus2.models.ai.azure.com", "azure.ai.inference"],
    ["https://gateway.corp.example/openai/deployments/gpt-4o", "azure.ai.openai"],
    ["https://api.groq.com/openai/v1", "groq"],
    ["https://api.together.xyz/v1", "together_ai"],
    ["https://api.deepseek.com", "deepseek"],
    ["https://api.x.ai/v1", "x_ai"],
    ["https://api.perplexity.ai", "perplexity"],
    ["https://api.mistral.ai/v1", "mistral_ai"],
    ["https://api.cohere.ai/compatibility/v1", "cohere"],
    ["https://generativelanguage.googleapis.com/v1beta/openai/", "gcp.gemini"],
    ["https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l/endpoints/openapi", "gcp.vertex_ai"],
    ["https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1", "aws.bedrock"],
    ["https://openrouter.ai/api/v1", "openrouter"],
    ["http://localhost:11434/v1", "ollama"],
    ["https://api.openai.com/v1", "openai"],
    ["http://localhost:8000/v1", "openai"],
    ["not a url", "openai"],
  ])("%s → %s", (baseURL, provider) => {
    expect(providerOf(baseURL, "openai")).toBe(provider);
  });

  it("a configured host wins over the built-in table", () => {
    configureProviderHosts({ "api.groq.com": "my_gateway" });
    expect(providerOf("https://api.groq.com/openai/v1", "openai")).toBe("my_gateway");
  });

  it("parseProviderHosts names the entries it cannot read", () => {
    expect(parseProviderHosts("a=b, c:1=d,bad,e=")).toEqual({ hosts: { a: "b", "c:1": "d" }, invalid: ["bad", "e="] });
  });
});
