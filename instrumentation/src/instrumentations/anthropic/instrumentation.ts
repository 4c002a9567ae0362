import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import { LlmCall } from "../llm-call";
import { observeStream, traceSdkCall } from "../sdk-call";
import { callStart, messageResult, messageStream } from "./mapping";
import type { Json } from "../json-values";

/** The `@anthropic-ai/sdk` versions whose Messages class and APIPromise llmscope patches. */
export const ANTHROPIC_SUPPORTED_VERSIONS = [">=0.20 <2"];

interface Client {
  baseURL?: string;
  _tracer?: unknown;
}
type Method = (this: { _client?: Client }, params: Json, options?: unknown) => unknown;

interface MessagesClass {
  prototype: { create: Method; stream?: Method };
}

function messagesClass(exports: unknown): MessagesClass | undefined {
  const mod = exports as Json | undefined;
  // The module namespace, its default export, or the client class itself.
  for (const client of [mod?.Anthropic, mod?.default, mod]) {
    const cls = (client as Json | undefined)?.Messages as MessagesClass | undefined;
    if (typeof cls?.prototype?.create === "function") return cls;
  }
  return undefined;
}

/**
 * messages.create (stream or not) is the one patch point for calls: messages.stream() builds its
 * MessageStream on messages.create({ stream: true }). messages.stream is patched only to switch
 * off the SDK's own call span first (below).
 */
export class AnthropicInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-anthropic", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@anthropic-ai/sdk",
        ANTHROPIC_SUPPORTED_VERSIONS,
        (exports: unknown) => this.patch(exports),
        (exports: unknown) => this.unpatch(exports),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const cls = messagesClass(exports);
    if (cls === undefined) return exports;
    if (!isWrapped(cls.prototype.create)) this._wrap(cls.prototype, "create", (original) => patchedCreate(original, this));
    if (typeof cls.prototype.stream === "function" && !isWrapped(cls.prototype.stream))
      this._wrap(cls.prototype as { stream: Method }, "stream", patchedStream);
    return exports;
  }

  unpatch(exports: unknown): void {
    const cls = messagesClass(exports);
    if (cls === undefined) return;
    if (isWrapped(cls.prototype.create)) this._unwrap(cls.prototype, "create");
    if (isWrapped(cls.prototype.stream)) this._unwrap(cls.prototype, "stream");
  }
}

/**
 * @anthropic-ai/sdk 1.x starts its own "anthropic.messages.create" span on the global tracer
 * provider. With llmscope's span around the call that would record every call twice, so the SDK's
 * tracer is switched off on each client whose messages calls llmscope traces.
 */
function takeOverTracing(client: Client | undefined): void {
  if (client?._tracer !== undefined) client._tracer = undefined;
}

function patchedStream(original: Method): Method {
  return function patched(this: { _client?: Client }, params: Json, ...rest: unknown[]): unknown {
    takeOverTracing(this._client);
    return original.call(this, params, ...rest);
  };
}

function patchedCreate(original: Method, telemetry: CallTelemetry): Method {
  return function patched(this: { _client?: Client }, params: Json, ...rest: unknown[]): unknown {
    if (params === null || typeof params !== "object") return original.call(this, params, ...rest);
    const call = LlmCall.start(callStart(params, this._client?.baseURL), telemetry);
    if (call === undefined) return original.call(this, params, ...rest);
    takeOverTracing(this._client);
    return traceSdkCall(
      call,
      () => original.call(this, params, ...rest),
      (data) => {
        if (params.stream === true) return observeStream(data, call, messageStream());
        let result = {};
        try {
          result = messageResult(data as Json);
        } catch {
          // An unexpected body shape leaves the span with what the request said.
        }
        call.succeed(result);
        return data;
      },
    );
  };
}

let manual: AnthropicInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@anthropic-ai/sdk` module or its client class. */
export function instrumentAnthropic(module: unknown): void {
  manual ??= new AnthropicInstrumentation({ enabled: false });
  if (messagesClass(module) === undefined) {
    throw new Error(
      'instrumentAnthropic: expected the `@anthropic-ai/sdk` module (import * as m from "@anthropic-ai/sdk") or its Anthropic client class; found no Messages class on it',
    );
  }
  manual.patch(module);
}
