import { calcPrice, findProvider, type ModelInfo, type ModelPrice, type PriceCalculation } from "@pydantic/genai-prices";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { perMillionToAtto } from "./decimal";
import type { BucketPrice, ModelPrices, PriceMatch } from "./prices";

/**
 * Prices from @pydantic/genai-prices' bundled data. Only `calcPrice`/`findProvider` are used, which
 * read the data shipped in the package; `updatePrices` (the library's only network path) is never
 * called, so nothing is fetched at run time. The library matches the model (aliases, dated
 * snapshots, Bedrock regional ids, Vertex `@date` names, Azure via its fallback providers); the
 * returned per-million prices are then turned into exact decimals and costed by prices.ts, because
 * the library's own totals are binary floats.
 */

/** Semconv gen_ai.provider.name / older gen_ai.system values whose genai-prices provider id differs. */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  "azure.ai.openai": "azure",
  "az.ai.openai": "azure",
  "azure.ai.inference": "azure",
  "az.ai.inference": "azure",
  azure_openai: "azure",
  "aws.bedrock": "aws",
  bedrock: "aws",
  "gcp.vertex_ai": "google",
  "gcp.gemini": "google",
  "gcp.gen_ai": "google",
  vertex_ai: "google",
  gemini: "google",
  x_ai: "x-ai",
  xai: "x-ai",
  mistral_ai: "mistral",
  together_ai: "together",
};

/** Provider names seen, with their genai-prices id (null: none); spans name few providers, so this stays tiny. */
const providerIds = new Map<string, string | null>();

/** The genai-prices provider id for a span's provider name, or undefined when the library has none. */
export function canonicalProvider(name: string): string | undefined {
  const known = providerIds.get(name);
  if (known !== undefined) return known ?? undefined;
  const lower = name.trim().toLowerCase();
  const id = lower ? (findProvider({ providerId: PROVIDER_ALIASES[lower] ?? lower })?.id ?? null) : null;
  remember(providerIds, name, id);
  return id ?? undefined;
}

/** Bounded memo: cleared when full, so a stream of made-up names cannot grow it without limit. */
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

export function bundledVersion(): string {
  const require = createRequire(__filename);
  const entry = require.resolve("@pydantic/genai-prices");
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

const NO_USAGE = { input_tokens: 0, output_tokens: 0 };
const CACHE_LIMIT = 10_000;

interface Found {
  providerId: string;
  model: ModelInfo;
}

/** What a (provider, models) pair resolved to: the model found, and its match when its price does not depend on time. */
interface Resolved {
  hit: Found;
  providerId: string | undefined;
  name: string;
  fixed: PriceMatch | undefined;
}

export class BundledPrices {
  readonly source: string;
  private readonly found = new Map<string, Found | null>();
  private readonly resolved = new Map<string, Resolved | null>();

  constructor() {
    this.source = `genai-prices@${bundledVersion()}`;
  }

  /**
   * The price of the first model name that matches (names in preference order: response model,
   * then request model). With a provider the library knows, only that provider (and its fallback
   * providers) is searched; a `provider/model` name is also tried under the prefix's provider.
   * Without a provider, the library's model-name matching picks one. A provider the library does not
   * know (self-hosted, an unlisted vendor) matches nothing but `provider/model` names: pricing a
   * self-hosted model at some vendor's list price would be wrong, and unpriced is counted.
   */
  lookup(provider: string, models: readonly string[], at: Date): PriceMatch | undefined {
    // Spans of one app name a handful of (provider, model) pairs: the match is worked out once per pair.
    const key = models.length === 1 ? `${provider}\u0000${models[0]}` : `${provider}\u0000${models.join("\u0000")}`;
    let resolved = this.resolved.get(key);
    if (resolved === undefined) {
      resolved = this.resolve(provider, models);
      remember(this.resolved, key, resolved);
    }
    if (resolved === null) return undefined;
    if (resolved.fixed) return resolved.fixed;
    const { hit, providerId, name } = resolved;
    return { prices: this.pricesAt(hit, providerId, name, at), source: this.source, model: `${hit.providerId}/${hit.model.id}` };
  }

  private resolve(provider: string, models: readonly string[]): Resolved | null {
    const providerId = canonicalProvider(provider);
    const searchAll = provider.trim() === "";
    for (const model of models) {
      for (const [pid, name] of candidates(model, providerId, searchAll)) {
        const hit = this.find(pid, name);
        if (!hit) continue;
        const fixed = Array.isArray(hit.model.prices)
          ? undefined
          : { prices: convert(hit.model.prices, hit.model.id), source: this.source, model: `${hit.providerId}/${hit.model.id}` };
        return { hit, providerId: pid, name, fixed };
      }
    }
    return null;
  }

  private find(providerId: string | undefined, model: string): Found | null {
    const key = `${providerId ?? ""}\u0000${model}`;
    const cached = this.found.get(key);
    if (cached !== undefined) return cached;
    const result = safeCalc(model, providerId, undefined);
    const value = result ? { providerId: result.provider.id, model: result.model } : null;
    remember(this.found, key, value);
    return value;
  }

  private pricesAt(hit: Found, providerId: string | undefined, model: string, at: Date): ModelPrices {
    if (!Array.isArray(hit.model.prices)) return convert(hit.model.prices, hit.model.id);
    // Date- or time-of-day-dependent prices: let the library pick the period for this span's time.
    const result = safeCalc(model, providerId, at);
    return convert(result ? result.model_price : (hit.model.prices[0]?.prices ?? {}), hit.model.id);
  }
}

function candidates(model: string, providerId: string | undefined, searchAll: boolean): [string | undefined, string][] {
  const out: [string | undefined, string][] = [];
  const trimmed = model.trim();
  if (!trimmed) return out;
  if (providerId || searchAll) out.push([providerId, trimmed]);
  const slash = trimmed.indexOf("/");
  if (slash > 0) {
    const prefixProvider = canonicalProvider(trimmed.slice(0, slash));
    const rest = trimmed.slice(slash + 1);
    if (prefixProvider && rest) out.push([prefixProvider, rest]);
  }
  return out;
}

function safeCalc(model: string, providerId: string | undefined, at: Date | undefined): PriceCalculation | null {
  try {
    return calcPrice(NO_USAGE, model, { ...(providerId && { providerId }), ...(at && { timestamp: at }) });
  } catch {
    return null;
  }
}

const KEYS: Record<keyof ModelPrices, string> = {
  input: "input_mtok",
  output: "output_mtok",
  cacheRead: "cache_read_mtok",
  cacheWrite: "cache_write_mtok",
  reasoning: "output_reasoning_mtok",
};

function convert(price: ModelPrice, modelId: string): ModelPrices {
  const out: ModelPrices = {};
  for (const [bucket, key] of Object.entries(KEYS) as [keyof ModelPrices, string][]) {
    const value = price[key];
    if (value !== undefined) out[bucket] = bucketPrice(value, `genai-prices model ${modelId} ${key}`);
  }
  return out;
}

function bucketPrice(value: ModelPrice[string], what: string): BucketPrice {
  if (typeof value === "number") return { kind: "flat", atto: perMillionToAtto(value, what) };
  if (value === undefined) throw new Error(`${what}: missing`);
  return {
    kind: "tiered",
    base: perMillionToAtto(value.base, what),
    tiers: value.tiers.map((t) => ({ start: t.start, atto: perMillionToAtto(t.price, what) })),
  };
}
