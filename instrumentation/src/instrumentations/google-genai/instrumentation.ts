import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import { callStart, GEMINI, responseResult, streamHandlers, VERTEX, type Method } from "./mapping";

/** The `@google/genai` versions whose Models class llmscope patches. */
export const GOOGLE_GENAI_SUPPORTED_VERSIONS = [">=1 <3"];

interface ApiClient {
  isVertexAI?: () => boolean;
  getBaseUrl?: () => string;
}
type Internal = (this: { apiClient?: ApiClient }, params: Json) => unknown;

/**
 * The patch points are Models' per-request methods, not the public generateContent & co.: those
 * are per-instance arrow functions (nothing on a prototype to wrap), and they may send several
 * requests for one call (automatic function calling, continuation). Each request is one span.
 */
const METHODS: Record<string, Method> = {
  generateContentInternal: "generate",
  generateContentStreamInternal: "stream",
  embedContentInternal: "embed",
};

function modelsPrototype(exports: unknown): Record<string, Internal> | undefined {
  const mod = exports as Json | undefined;
  const proto = (mod?.Models ?? mod?.default?.Models)?.prototype as Record<string, Internal> | undefined;
  return typeof proto?.generateContentInternal === "function" ? proto : undefined;
}

export class GoogleGenAIInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-google-genai", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@google/genai",
        GOOGLE_GENAI_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const proto = modelsPrototype(exports);
    if (proto === undefined) return exports;
    for (const [name, method] of Object.entries(METHODS)) {
      if (typeof proto[name] === "function" && !isWrapped(proto[name])) this._wrap(proto, name, (original: Internal) => patched(method, original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = modelsPrototype(exports);
    for (const name of Object.keys(METHODS)) if (proto !== undefined && isWrapped(proto[name])) this._unwrap(proto, name);
  }
}

function patched(method: Method, original: Internal, telemetry: CallTelemetry): Internal {
  return function (this: { apiClient?: ApiClient }, params: Json): unknown {
    if (params === null || typeof params !== "object") return original.call(this, params);
    const client = this.apiClient;
    const provider = client?.isVertexAI?.() === true ? VERTEX : GEMINI;
    const call = LlmCall.start(
      callStart(
        method,
        params,
        provider,
        safely(() => client?.getBaseUrl?.()),
      ),
      telemetry,
    );
    if (call === undefined) return original.call(this, params);
    return traceSdkCall(
      call,
      () => original.call(this, params),
      (data) => {
        if (method === "stream") return observeAsyncIterable(data, call, streamHandlers());
        call.succeed(safely(() => responseResult(method, data as Json)) ?? {});
        return data;
      },
    );
  };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

let manual: GoogleGenAIInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@google/genai` module. */
export function instrumentGoogleGenAI(module: unknown): void {
  manual ??= new GoogleGenAIInstrumentation({ enabled: false });
  if (modelsPrototype(module) === undefined) {
    throw new Error(
      'instrumentGoogleGenAI: expected the `@google/genai` module (import * as m from "@google/genai"); found no Models class with generateContentInternal on it',
    );
  }
  manual.patch(module);
}
