import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import type { CallTelemetry } from "../telemetry";
import { LlmCall } from "../llm-call";
import { observeStream, traceSdkCall } from "../sdk-call";
import { defaultProviderNames, ProviderNames } from "./provider";
import { callStart, completionStream, responseResult, responsesStream, type Endpoint } from "./mapping";

/** The `openai` versions whose resource classes and APIPromise llmscope patches. */
export const OPENAI_SUPPORTED_VERSIONS = [">=4 <8"];

// Every resource's create(body, options?) in openai 4 through 7.
type Create = (this: { _client?: { baseURL?: string } }, params: Json, options?: unknown) => unknown;

interface ResourceClass {
  prototype: { create: Create };
}

/**
 * The patch points: each resource class's prototype `create`, reached through the client class's
 * static properties (OpenAI.Chat.Completions, …), which are the same objects in the package's
 * CommonJS and ESM builds of one version, and survive bundling.
 */
function resources(exports: unknown): [Endpoint, ResourceClass][] {
  const mod = exports as Json | undefined;
  // The module namespace, its default export, or the client class itself.
  const client = [mod?.OpenAI, mod?.default, mod].find((c) => typeof (c as Json | undefined)?.Chat?.Completions === "function") as Json | undefined;
  const found: [Endpoint, ResourceClass | undefined][] = [
    ["chat", client?.Chat?.Completions],
    ["responses", client?.Responses],
    ["completions", client?.Completions],
    ["embeddings", client?.Embeddings],
  ];
  return found.filter((entry): entry is [Endpoint, ResourceClass] => typeof entry[1]?.prototype?.create === "function");
}

export interface OpenAIInstrumentationConfig extends LlmscopeInstrumentationConfig {
  /**
   * Host or host:port → gen_ai.provider.name for OpenAI-compatible servers no hostname identifies.
   * Unset: register()'s `providerHosts`, else LLMSCOPE_PROVIDER_HOSTS.
   */
  providerHosts?: Record<string, string>;
}

export class OpenAIInstrumentation extends LlmscopeInstrumentation<OpenAIInstrumentationConfig> {
  private ownProviderNames: ProviderNames | undefined;

  constructor(config: OpenAIInstrumentationConfig = {}) {
    super("llmscope-openai", config);
    this.ownProviderNames = namesOf(this._config);
  }

  override setConfig(config: OpenAIInstrumentationConfig): void {
    super.setConfig(config);
    this.ownProviderNames = namesOf(this._config);
  }

  /** Provider names by base URL: this instrumentation's hosts, else the process-wide ones. */
  providerNames(): ProviderNames {
    return this.ownProviderNames ?? defaultProviderNames();
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "openai",
        OPENAI_SUPPORTED_VERSIONS,
        (exports: unknown) => this.patch(exports),
        (exports: unknown) => this.unpatch(exports),
      ),
    ];
  }

  /** Patches the module's resource classes; returns how many methods are now instrumented. */
  patch<T>(exports: T): T {
    for (const [endpoint, cls] of resources(exports)) {
      if (!isWrapped(cls.prototype.create)) this._wrap(cls.prototype, "create", (original) => patchedCreate(endpoint, original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    for (const [, cls] of resources(exports)) if (isWrapped(cls.prototype.create)) this._unwrap(cls.prototype, "create");
  }
}

function patchedCreate(endpoint: Endpoint, original: Create, telemetry: CallTelemetry & { providerNames(): ProviderNames }): Create {
  // Two named parameters rather than ...rest: no arguments array on every call.
  return function patched(this: { _client?: { baseURL?: string } }, params: Json, options?: unknown): unknown {
    if (params === null || typeof params !== "object") return original.call(this, params, options);
    const call = LlmCall.start(callStart(endpoint, params, this._client?.baseURL, telemetry.providerNames()), telemetry);
    if (call === undefined) return original.call(this, params, options);

    const streamed = params.stream === true;
    // Usage in a chat/completions stream only comes when asked for; ask, and hide the answer later.
    const injectUsage = streamed && (endpoint === "chat" || endpoint === "completions") && params.stream_options?.include_usage === undefined;
    const sent = injectUsage ? { ...params, stream_options: { ...params.stream_options, include_usage: true } } : params;

    return traceSdkCall(
      call,
      () => original.call(this, sent, options),
      (data) => {
        if (!streamed) {
          call.succeed(safely(() => responseResult(endpoint, data as Json)));
          return data;
        }
        const handlers =
          endpoint === "responses" ? responsesStream() : completionStream(endpoint === "chat" ? "chat" : "completions", injectUsage, call.capturesContent);
        return observeStream(data, call, handlers);
      },
    );
  };
}

function namesOf(config: OpenAIInstrumentationConfig): ProviderNames | undefined {
  return config.providerHosts === undefined ? undefined : new ProviderNames(config.providerHosts);
}

function safely<T extends object>(map: () => T): T | Record<string, never> {
  try {
    return map();
  } catch {
    return {};
  }
}

let manual: OpenAIInstrumentation | undefined;

/**
 * The explicit fallback when the module cannot be patched on load (a bundled app, or an ESM app
 * that imported `openai` before llmscope/register ran): pass the module or its client class.
 * Idempotent; patches the classes, so every client, existing or future, is traced.
 */
export function instrumentOpenAI(module: unknown): void {
  manual ??= new OpenAIInstrumentation({ enabled: false });
  if (resources(module).length === 0) {
    throw new Error(
      'instrumentOpenAI: expected the `openai` module (import * as m from "openai") or its OpenAI client class; found no Chat.Completions/Responses/Completions/Embeddings classes on it',
    );
  }
  manual.patch(module);
}
