import { InstrumentationBase, InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { VERSION } from "../../version";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import { callStart, responseResult, streamHandlers, type Method } from "./mapping";

/** The `cohere-ai` versions whose v2 client llmscope patches. */
export const COHERE_SUPPORTED_VERSIONS = [">=7.18 <9"];

/** Where requests go when the client is given neither baseUrl nor environment. */
const DEFAULT_BASE_URL = "https://api.cohere.com";

type Client = { _options?: { baseUrl?: unknown; environment?: unknown } };
type Call = (this: Client, request: Json, ...rest: unknown[]) => unknown;
type Proto = Record<string, Call>;

/**
 * The patch points are the v2 client's `__chat`/`__chatStream`/`__embed`: the public methods wrap
 * them in an HttpResponsePromise (with `withRawResponse()`) that the app must keep getting, and
 * CohereClientV2 binds the public ones per instance, so only the prototype's inner ones are shared.
 */
const METHODS: Record<string, Method> = { __chat: "chat", __chatStream: "stream", __embed: "embed" };

/** The v2 client class is not exported by name; a CohereClientV2 made for the purpose (it sends nothing) holds one. */
function v2Prototype(exports: unknown): Proto | undefined {
  const mod = exports as Json | undefined;
  const ClientV2 = (mod?.CohereClientV2 ?? mod?.default?.CohereClientV2) as (new (options: object) => Json) | undefined;
  if (typeof ClientV2 !== "function") return undefined;
  try {
    const proto = Object.getPrototypeOf(new ClientV2({ token: "unused" }).clientV2) as Proto;
    return typeof proto?.__chat === "function" ? proto : undefined;
  } catch {
    return undefined;
  }
}

export class CohereInstrumentation extends InstrumentationBase {
  constructor(config: { enabled?: boolean } = {}) {
    super("llmscope-cohere", VERSION, config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [new InstrumentationNodeModuleDefinition("cohere-ai", COHERE_SUPPORTED_VERSIONS, (e: unknown) => this.patch(e), (e: unknown) => this.unpatch(e))];
  }

  patch<T>(exports: T): T {
    const proto = v2Prototype(exports);
    if (proto === undefined) return exports;
    for (const [name, method] of Object.entries(METHODS)) {
      if (typeof proto[name] === "function" && !isWrapped(proto[name])) this._wrap(proto, name, (original: Call) => patched(method, original));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = v2Prototype(exports);
    for (const name of Object.keys(METHODS)) if (proto !== undefined && isWrapped(proto[name])) this._unwrap(proto, name);
  }
}

function patched(method: Method, original: Call): Call {
  return function (this: Client, request: Json, ...rest: unknown[]): unknown {
    if (request === null || typeof request !== "object") return original.call(this, request, ...rest);
    const call = LlmCall.start(callStart(method, request, baseUrl(this)));
    if (call === undefined) return original.call(this, request, ...rest);
    return traceSdkCall(
      call,
      () => original.call(this, request, ...rest),
      // The inner methods resolve to { data, rawResponse }.
      (response) => {
        const data = (response as { data?: unknown } | null)?.data;
        if (method === "stream") {
          observeAsyncIterable(data, call, streamHandlers());
          return response;
        }
        let result = {};
        try {
          result = responseResult(method, data as Json);
        } catch {
          // An unexpected body shape leaves the span with what the request said.
        }
        call.succeed(result);
        return response;
      },
    );
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
  if (v2Prototype(module) === undefined) {
    throw new Error('instrumentCohere: expected the `cohere-ai` module (import * as m from "cohere-ai"); found no CohereClientV2 with a v2 chat client');
  }
  manual.patch(module);
}
