/**
 * Which provider an `openai` SDK client really talks to. Many providers serve the OpenAI API
 * (Azure OpenAI, Groq, Together, DeepSeek, vLLM, Ollama, …) and apps reach them with the openai
 * SDK and a baseURL; gen_ai.provider.name must name the provider, not the SDK, or cost and
 * per-provider dashboards are wrong.
 */

/** Semconv well-known values where one exists; otherwise the provider's own lower-case name. */
const HOST_SUFFIXES: readonly [suffix: string, provider: string][] = [
  [".openai.azure.com", "azure.ai.openai"],
  [".cognitiveservices.azure.com", "azure.ai.openai"],
  [".models.ai.azure.com", "azure.ai.inference"],
  [".inference.ai.azure.com", "azure.ai.inference"],
  ["api.groq.com", "groq"],
  ["api.together.xyz", "together_ai"],
  ["api.together.ai", "together_ai"],
  ["api.deepseek.com", "deepseek"],
  ["api.x.ai", "x_ai"],
  ["api.perplexity.ai", "perplexity"],
  ["api.mistral.ai", "mistral_ai"],
  ["api.cohere.ai", "cohere"],
  ["api.cohere.com", "cohere"],
  ["generativelanguage.googleapis.com", "gcp.gemini"],
  ["aiplatform.googleapis.com", "gcp.vertex_ai"],
  ["openrouter.ai", "openrouter"],
  ["api.fireworks.ai", "fireworks"],
  ["api.deepinfra.com", "deepinfra"],
];

/** Ollama's default port: a local OpenAI-compatible server there is almost always Ollama. */
const OLLAMA_PORT = "11434";

const CACHE_LIMIT = 256;

/**
 * Provider names by base URL, with `hosts`: host (`vllm.internal`) or host:port
 * (`127.0.0.1:8000`) → provider name, for self-hosted servers no hostname can identify (vLLM,
 * TGI, LiteLLM proxies), checked before the built-in table.
 */
export class ProviderNames {
  private readonly configured: Map<string, string>;
  // baseURL → provider; a process has a handful of clients, so this stays tiny.
  private readonly cache = new Map<string, string>();

  constructor(hosts: Record<string, string> = {}) {
    this.configured = new Map(Object.entries(hosts).map(([host, provider]) => [host.toLowerCase(), provider]));
  }

  of(baseURL: string | undefined, fallback: string): string {
    if (baseURL === undefined) return fallback;
    let provider = this.cache.get(baseURL);
    if (provider === undefined) {
      provider = resolve(baseURL, fallback, this.configured);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(baseURL, provider);
    }
    return provider;
  }
}

let processDefault = new ProviderNames();

/**
 * The process-wide hosts (register()'s `providerHosts` / LLMSCOPE_PROVIDER_HOSTS), used by
 * instrumentations whose own config names none.
 */
export function configureProviderHosts(hosts: Record<string, string>): void {
  processDefault = new ProviderNames(hosts);
}

export function defaultProviderNames(): ProviderNames {
  return processDefault;
}

export function providerOf(baseURL: string | undefined, fallback: string): string {
  return processDefault.of(baseURL, fallback);
}

function resolve(baseURL: string, fallback: string, configured: Map<string, string>): string {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return fallback;
  }
  const host = url.hostname.toLowerCase();
  const byConfig = configured.get(`${host}:${url.port}`) ?? configured.get(host);
  if (byConfig !== undefined) return byConfig;
  for (const [suffix, provider] of HOST_SUFFIXES) if (host === suffix.replace(/^\./, "") || host.endsWith(suffix)) return provider;
  if (host.includes("bedrock") && host.endsWith(".amazonaws.com")) return "aws.bedrock";
  // Azure OpenAI behind a custom domain or gateway keeps its path shape.
  if (/\/openai(\/deployments\/|\/?$)/.test(url.pathname)) return "azure.ai.openai";
  if (url.port === OLLAMA_PORT) return "ollama";
  return fallback;
}

/**
 * `LLMSCOPE_PROVIDER_HOSTS=host=provider,host:port=provider`; returns the map and the entries it
 * could not read.
 */
export function parseProviderHosts(raw: string | undefined): { hosts: Record<string, string>; invalid: string[] } {
  const hosts: Record<string, string> = {};
  const invalid: string[] = [];
  for (const entry of (raw ?? "").split(",")) {
    const trimmed = entry.trim();
    if (trimmed === "") continue;
    const match = /^([^=\s]+)=([a-z0-9_.-]+)$/i.exec(trimmed);
    if (match === null) invalid.push(trimmed);
    else hosts[match[1]!] = match[2]!;
  }
  return { hosts, invalid };
}
