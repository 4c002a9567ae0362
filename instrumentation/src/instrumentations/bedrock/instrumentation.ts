import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import { converseResult, converseStart, converseStreamHandlers } from "./converse";
import { bodyJson, invokeResult, invokeStart } from "./invoke-model";

/** The `@aws-sdk/client-bedrock-runtime` versions whose client llmscope patches. */
export const BEDROCK_SUPPORTED_VERSIONS = [">=3.600 <4"];

type Command = { input?: Json; constructor?: { name?: string } };
interface ClientConfig {
  endpoint?: () => Promise<{ protocol?: string; hostname?: string; port?: number; path?: string }>;
  region?: () => Promise<string>;
}
type Send = (this: { config?: ClientConfig }, command: Command, ...rest: unknown[]) => unknown;

/**
 * Commands are told apart by class name: the app's command and the patched client may come from
 * the package's CommonJS and ESM builds, whose classes differ but whose names do not.
 */
const TRACED = new Set(["ConverseCommand", "ConverseStreamCommand", "InvokeModelCommand"]);

function clientClass(exports: unknown): { prototype: { send: Send } } | undefined {
  const cls = (exports as Json | undefined)?.BedrockRuntimeClient;
  return typeof cls?.prototype?.send === "function" ? cls : undefined;
}

/**
 * BedrockRuntimeClient.send is the one patch point: every command, from the client or the
 * aggregated BedrockRuntime class, goes through it. `send` itself lives on the shared Smithy
 * Client class; the wrapper is put on BedrockRuntimeClient's prototype so no other AWS client is touched.
 */
export class BedrockInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-bedrock", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@aws-sdk/client-bedrock-runtime",
        BEDROCK_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const cls = clientClass(exports);
    if (cls !== undefined && !isWrapped(cls.prototype.send)) this._wrap(cls.prototype, "send", (original) => patchedSend(original, this));
    return exports;
  }

  unpatch(exports: unknown): void {
    const cls = clientClass(exports);
    if (cls !== undefined && isWrapped(cls.prototype.send)) this._unwrap(cls.prototype, "send");
  }
}

function patchedSend(original: Send, telemetry: CallTelemetry): Send {
  return function (this: { config?: ClientConfig }, command: Command, ...rest: unknown[]): unknown {
    const name = command?.constructor?.name;
    // The callback form of send() is left alone: it returns nothing to follow.
    if (name === undefined || !TRACED.has(name) || command.input == null || typeof rest.at(-1) === "function") return original.call(this, command, ...rest);
    const input = command.input;
    return endpointOf(this.config).then((baseURL) => {
      const call = LlmCall.start(
        name === "InvokeModelCommand" ? invokeStart(input, baseURL) : converseStart(input, name === "ConverseStreamCommand", baseURL),
        telemetry,
      );
      if (call === undefined) return original.call(this, command, ...rest);
      return traceSdkCall(
        call,
        () => original.call(this, command, ...rest),
        (data) => {
          const output = data as Json;
          if (name === "ConverseStreamCommand") {
            if (output?.stream != null) observeAsyncIterable(output.stream, call, converseStreamHandlers());
            else call.succeed({});
            return data;
          }
          call.succeed(safely(() => (name === "InvokeModelCommand" ? invokeOutput(output) : converseResult(output))));
          return data;
        },
      );
    });
  };
}

function invokeOutput(output: Json) {
  const body = bodyJson(output?.body);
  return body === undefined ? {} : invokeResult(body);
}

// The client's endpoint (custom or from the region) never changes: resolved once per client config.
const endpoints = new WeakMap<object, Promise<string | undefined>>();

function endpointOf(config: ClientConfig | undefined): Promise<string | undefined> {
  if (config == null) return Promise.resolve(undefined);
  let found = endpoints.get(config);
  if (found === undefined) {
    found = resolveEndpoint(config);
    endpoints.set(config, found);
  }
  return found;
}

async function resolveEndpoint(config: ClientConfig): Promise<string | undefined> {
  try {
    const custom = await config.endpoint?.();
    if (custom?.hostname !== undefined) return `${custom.protocol ?? "https:"}//${custom.hostname}${custom.port !== undefined ? `:${custom.port}` : ""}`;
    const region = await config.region?.();
    return region === undefined ? undefined : `https://bedrock-runtime.${region}.amazonaws.com`;
  } catch {
    return undefined;
  }
}

function safely<T extends object>(map: () => T): T | Record<string, never> {
  try {
    return map();
  } catch {
    return {};
  }
}

let manual: BedrockInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@aws-sdk/client-bedrock-runtime` module. */
export function instrumentBedrock(module: unknown): void {
  manual ??= new BedrockInstrumentation({ enabled: false });
  if (clientClass(module) === undefined) {
    throw new Error(
      'instrumentBedrock: expected the `@aws-sdk/client-bedrock-runtime` module (import * as m from "@aws-sdk/client-bedrock-runtime"); found no BedrockRuntimeClient class on it',
    );
  }
  manual.patch(module);
}
