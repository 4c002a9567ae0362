import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import { callStart, responseResult, streamHandlers, type Method } from "./mapping";

/** The `ollama` versions whose Ollama class llmscope patches. */
export const OLLAMA_SUPPORTED_VERSIONS = [">=0.5 <1"];

const METHODS: readonly Method[] = ["chat", "generate", "embed", "embeddings"];

type Call = (this: { config?: { host?: string } }, params: Json, ...rest: unknown[]) => unknown;
type Proto = Partial<Record<Method, Call>>;

/**
 * The prototype that defines chat/generate/…: the package's Node `Ollama` extends its browser
 * build's class, which holds them; patching there covers `new Ollama()` and the default instance.
 */
function methodsPrototype(exports: unknown): Proto | undefined {
  const mod = exports as Json | undefined;
  const cls = [mod?.Ollama, mod?.default?.constructor].find((c) => typeof c === "function") as { prototype: object } | undefined;
  for (let proto: object | null = cls?.prototype ?? null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, "chat")) return proto as Proto;
  }
  return undefined;
}

export class OllamaInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-ollama", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "ollama",
        OLLAMA_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const proto = methodsPrototype(exports);
    for (const method of METHODS) {
      if (typeof proto?.[method] === "function" && !isWrapped(proto[method]))
        this._wrap(proto as Required<Proto>, method, (original: Call) => patched(method, original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = methodsPrototype(exports);
    for (const method of METHODS) if (proto !== undefined && isWrapped(proto[method])) this._unwrap(proto as Required<Proto>, method);
  }
}

function patched(method: Method, original: Call, telemetry: CallTelemetry): Call {
  return function (this: { config?: { host?: string } }, params: Json, ...rest: unknown[]): unknown {
    if (params === null || typeof params !== "object") return original.call(this, params, ...rest);
    const call = LlmCall.start(callStart(method, params, this.config?.host), telemetry);
    if (call === undefined) return original.call(this, params, ...rest);
    const streamed = params.stream === true && (method === "chat" || method === "generate");
    return traceSdkCall(
      call,
      () => original.call(this, params, ...rest),
      (data) => {
        if (streamed) return observeAsyncIterable(data, call, streamHandlers(method));
        let result = {};
        try {
          result = responseResult(method, data as Json);
        } catch {
          // An unexpected body shape leaves the span with what the request said.
        }
        call.succeed(result);
        return data;
      },
    );
  };
}

let manual: OllamaInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `ollama` module or its Ollama class. */
export function instrumentOllama(module: unknown): void {
  manual ??= new OllamaInstrumentation({ enabled: false });
  if (methodsPrototype(module) === undefined) {
    throw new Error(
      'instrumentOllama: expected the `ollama` module (import * as m from "ollama") or an object with its Ollama class; found no Ollama class with chat() on it',
    );
  }
  manual.patch(module);
}
