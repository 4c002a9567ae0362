import * as nodeModule from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread } from "node:worker_threads";
import { AnthropicInstrumentation } from "./anthropic/instrumentation";
import { appEntry, entryIsEsm, esmEntryUrl, findPackageDir, loadedCommonJsCopies } from "./app-modules";
import { OpenAIInstrumentation } from "./openai/instrumentation";
import { createExtraInstrumentation, EXTRA_HOOKED_MODULES, EXTRA_SUBPATHS, type ExtraInstrumentOptions, type Patcher } from "./extra";
import type { LlmscopeInstrumentationConfig } from "./instrumentation-base";
import type { MeterProvider } from "@opentelemetry/api";

export interface InstrumentOptions extends ExtraInstrumentOptions {
  openai?: boolean;
  anthropic?: boolean;
}

type SdkKey = keyof InstrumentOptions;

/** The SDKs llmscope patches, by option key: the module name the hooks intercept. */
export const SDK_MODULES: Record<SdkKey, string> = { openai: "openai", anthropic: "@anthropic-ai/sdk", ...EXTRA_HOOKED_MODULES };

/** OTEL_NODE_DISABLED_INSTRUMENTATIONS names an SDK's instrumentation by its option key in lower case, except these. */
const DISABLE_NAMES: Partial<Record<SdkKey, string>> = { googleGenAI: "google-genai", llamaindexWorkflow: "llamaindex-workflow" };

/** Every option key with the name OTEL_NODE_DISABLED_INSTRUMENTATIONS turns it off by. */
export function instrumentationNames(): [SdkKey, string][] {
  return (Object.keys(SDK_MODULES) as SdkKey[]).map((key) => [key, DISABLE_NAMES[key] ?? key.toLowerCase()]);
}

/** Packages that import an SDK themselves; the SDK is also looked up from their folder. */
export const SDK_USERS: Record<SdkKey, string[]> = {
  openai: ["@langchain/openai", "@llamaindex/openai"],
  anthropic: ["@langchain/anthropic"],
  ollama: ["@langchain/ollama"],
  googleGenAI: [],
  bedrock: ["@langchain/aws"],
  qdrant: ["@langchain/qdrant"],
  pinecone: ["@langchain/pinecone"],
  chroma: [],
  mistral: ["@langchain/mistralai"],
  cohere: ["@langchain/cohere"],
  mcp: ["@langchain/mcp-adapters"],
  langchain: ["@langchain/openai", "@langchain/anthropic", "langchain"],
  llamaindex: ["llamaindex", "@llamaindex/openai"],
  llamaindexWorkflow: [],
};

/** The exports patched besides the main one ("." only, for most SDKs). */
function entries(key: SdkKey): readonly string[] {
  const subpaths = EXTRA_SUBPATHS[key as keyof ExtraInstrumentOptions];
  return subpaths === undefined ? ["."] : [".", ...subpaths];
}

/** The specifiers an app imports the SDK by: `name`, and `name/sub/path` for each subpath export. */
function specifiers(key: SdkKey): string[] {
  return entries(key).map((e) => (e === "." ? SDK_MODULES[key] : `${SDK_MODULES[key]}/${e.slice(2)}`));
}

function createPatcher(key: SdkKey, defaults: InstrumentationDefaults): Patcher {
  const { providerHosts, ...config } = defaults;
  if (key === "openai") return new OpenAIInstrumentation({ ...config, providerHosts });
  if (key === "anthropic") return new AnthropicInstrumentation(config);
  return createExtraInstrumentation(key, config);
}

export interface EnabledInstrumentations {
  /** Turns the instrumentations off again. */
  disable(): void;
  /** Hands every instrumentation the meter provider its histograms come from. */
  setMeterProvider(provider: MeterProvider): void;
  /** SDK module names found already required (CommonJS) before this call; they were patched in place. */
  loadedBefore: string[];
  /**
   * Patches the app's own ES-module instances of the SDKs (see app-modules.ts); resolves when done.
   * Only does work when the app's entry is an ES module.
   */
  patchAppEsm(): Promise<void>;
}

/**
 * Turns the SDK instrumentations on. CommonJS `require()`s are hooked by require-in-the-middle;
 * ESM `import`s that come later by import-in-the-middle, whose loader hook is registered here
 * (Node's module.register); copies loaded earlier are patched in place.
 */
/** What register() hands every instrumentation it makes (the OpenAI one also takes providerHosts). */
export interface InstrumentationDefaults extends LlmscopeInstrumentationConfig {
  providerHosts?: Record<string, string>;
}

export function enableInstrumentations(options: InstrumentOptions, config: InstrumentationDefaults = {}): EnabledInstrumentations {
  const wanted = (Object.keys(SDK_MODULES) as SdkKey[]).filter((k) => options[k] ?? true);
  if (wanted.length === 0) return { disable: () => {}, setMeterProvider: () => {}, loadedBefore: [], patchAppEsm: () => Promise.resolve() };
  registerEsmHook(wanted.flatMap(specifiers));
  const patchers = new Map<SdkKey, Patcher>(wanted.map((k) => [k, createPatcher(k, config)]));

  const loadedBefore: string[] = [];
  for (const [key, patcher] of patchers) {
    const copies = entries(key).flatMap((e) => loadedCommonJsCopies(SDK_MODULES[key], require.cache, e));
    for (const copy of copies) patcher.patch(copy.exports);
    if (copies.length > 0) loadedBefore.push(SDK_MODULES[key]);
  }
  return {
    disable: () => {
      for (const p of patchers.values()) p.disable();
    },
    setMeterProvider: (provider) => {
      for (const p of patchers.values()) p.setMeterProvider(provider);
    },
    loadedBefore,
    patchAppEsm: () => patchAppEsm(patchers),
  };
}

async function patchAppEsm(patchers: Map<SdkKey, Patcher>): Promise<void> {
  const entry = appEntry();
  if (entry === undefined || !entryIsEsm(entry)) return;
  const fromDir = path.dirname(entry);
  for (const [key, patcher] of patchers) {
    const dirs = [fromDir, ...SDK_USERS[key].map((user) => findPackageDir(user, fromDir)).filter((d): d is string => d !== undefined)];
    const urls = new Set(dirs.flatMap((dir) => entries(key).map((e) => esmEntryUrl(SDK_MODULES[key], dir, e))).filter((u): u is string => u !== undefined));
    for (const url of urls) {
      try {
        patcher.patch(await import(url));
      } catch {
        // A copy that fails to load here fails the same way for the app, which reports it itself.
      }
    }
  }
}

let esmHookRegistered = false;

function registerEsmHook(include: string[]): void {
  // module.register exists from Node 20.6; an app on an older 20.x gets CommonJS patching only.
  const register = (nodeModule as { register?: (specifier: string, parentURL: string, options?: unknown) => void }).register;
  // Node 20 also runs `--require` preloads in its module-hooks thread; the hook belongs to the main one.
  if (esmHookRegistered || typeof register !== "function" || !isMainThread) return;
  esmHookRegistered = true;
  // import-in-the-middle comes with @opentelemetry/instrumentation; resolve it from there.
  const hook = require.resolve("import-in-the-middle/hook.mjs", { paths: [path.dirname(require.resolve("@opentelemetry/instrumentation"))] });
  register(pathToFileURL(hook).href, pathToFileURL(__filename).href, { data: { include } });
}
