import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import type { CallTelemetry } from "../telemetry";
import { callStart, responseResult, streamHandlers, type Method } from "./mapping";
import { callStartV1, responseResultV1, streamHandlersV1 } from "./mapping-v1";
import { traceRerank } from "./rerank";

/** The `cohere-ai` versions whose v1 and v2 clients llmscope patches. */
export const COHERE_SUPPORTED_VERSIONS = [">=7.18 <9"];

/** Where requests go when the client is given neither baseUrl nor environment. */
const DEFAULT_BASE_URL = "https://api.cohere.com";

type Client = { _options?: { baseUrl?: unknown; environment?: unknown } };
type Call = (this: Client, request: Json, ...rest: unknown[]) => unknown;
type Proto = Record<string, Call>;

/**
 * The patch points are each client's `__chat`/`__chatStream`/`__embed`: the public methods wrap
 * them in an HttpResponsePromise (with `withRawResponse()`) that the app must keep getting, and
 * CohereClientV2 binds the public ones per instance, so only the prototype's inner ones are shared.
 */
const METHODS: Record<string, Method> = { __chat: "chat", __chatStream: "stream", __embed: "embed" };
/** `__rerank`, patched the same way; a rerank is a retrieval span (rerank.ts), not an LLM call. */
const RERANK = "__rerank";

/** Both clients' prototypes: v1 (`CohereClient`, exported) and v2 (not exported by name; a CohereClientV2 made for the purpose, which sends nothing, holds one). */
function prototypes(exports: unknown): { v1?: Proto; v2?: Proto } | undefined {
  const mod = exports as Json | undefined;
  const ClientV1 = (mod?.CohereClient ?? mod?.default?.CohereClient) as { prototype: Proto } | undefined;
  const ClientV2 = (mod?.CohereClientV2 ?? mod?.default?.CohereClientV2) as (new (options: object) => Json) | undefined;
  const v1 = typeof ClientV1?.prototype?.__chat === "function" ? ClientV1.prototype : undefined;
  let v2: Proto | undefined;
  try {
    const proto = typeof ClientV2 === "function" ? (Object.getPrototypeOf(new ClientV2({ token: "unused" }).clientV2) as Proto) : undefined;
    v2 = typeof proto?.__chat === "function" ? proto : undefined;
  } catch {
    v2 = undefined;
  }
  return v1 === undefined && v2 === undefined ? undefined : { v1, v2 };
}

export class CohereInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-cohere", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "cohere-ai",
        COHERE_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const protos = prototypes(exports);
    for (const [proto, version] of [
      [protos?.v1, "v1"],
      [protos?.v2, "v2"],
    ] as const) {
      if (proto === undefined) continue;
      for (const [name, method] of Object.entries(METHODS)) {
        if (typeof proto[name] === "function" && !isWrapped(proto[name])) this._wrap(proto, name, (original: Call) => patched(version, method, original, this));
      }
      if (typeof proto[RERANK] === "function" && !isWrapped(proto[RERANK])) this._wrap(proto, RERANK, (original: Call) => patchedRerank(original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const protos = prototypes(exports);
    for (const proto of [protos?.v1, protos?.v2]) {
      for (const name of [...Object.keys(METHODS), RERANK]) if (proto !== undefined && isWrapped(proto[name])) this._unwrap(proto, name);
    }
  }
}

const MAPPINGS = {
  v1: { start: callStartV1, result: responseResultV1, stream: streamHandlersV1 },
  v2: { start: callStart, result: responseResult, stream: streamHandlers },
};

function patched(version: keyof typeof MAPPINGS, method: Method, original: Call, telemetry: CallTelemetry): Call {
  const mapping = MAPPINGS[version];
  return function (this: Client, request: Json, ...rest: unknown[]): unknown {
    if (request === null || typeof request !== "object") return original.call(this, request, ...rest);
    const call = LlmCall.start(mapping.start(method, request, baseUrl(this)), telemetry);
    if (call === undefined) return original.call(this, request, ...rest);
    return traceSdkCall(
      call,
      () => original.call(this, request, ...rest),
      // The inner methods resolve to { data, rawResponse }.
      (response) => {
        const data = (response as { data?: unknown } | null)?.data;
        if (method === "stream") {
          observeAsyncIterable(data, call, mapping.stream());
          return response;
        }
        let result = {};
        try {
          result = mapping.result(method, data as Json);
        } catch (err) {
          call.diag.debug("a Cohere response could not be mapped; the span keeps what the request said", err);
        }
        call.succeed(result);
        return response;
      },
    );
  };
}

function patchedRerank(original: Call, telemetry: CallTelemetry): Call {
  return function (this: Client, request: Json, ...rest: unknown[]): unknown {
    if (request === null || typeof request !== "object") return original.call(this, request, ...rest);
    return traceRerank(request, baseUrl(this), () => Promise.resolve(original.call(this, request, ...rest)), telemetry);
  };
}

/** baseUrl or environment when given as a string (either may be a function resolved per request). */
function baseUrl(client: Client): string | undefined {
  const options = client._options;
  const url = options?.baseUrl ?? options?.environment;
  if (url === undefined) return DEFAULT_BASE_URL;
  return typeof url === "string" ? url : undefined;
}

let manual: CohereInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `cohere-ai` module. */
export function instrumentCohere(module: unknown): void {
  manual ??= new CohereInstrumentation({ enabled: false });
  if (prototypes(module) === undefined) {
    throw new Error('instrumentCohere: expected the `cohere-ai` module (import * as m from "cohere-ai"); found neither CohereClient nor CohereClientV2');
  }
  manual.patch(module);
}
