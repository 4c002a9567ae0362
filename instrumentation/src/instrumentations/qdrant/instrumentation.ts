import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { RetrievedDocument } from "../../retrieval";
import { type Json, num, str } from "../json-values";
import { payloadText, traceVectorQuery } from "../retrieval-call";

/** The `@qdrant/js-client-rest` versions whose QdrantClient llmscope patches. */
export const QDRANT_SUPPORTED_VERSIONS = [">=1.9 <2"];

type Method = "search" | "query";
type Query = (this: { _restUri?: string }, collection: string, args?: Json) => Promise<unknown>;

function clientPrototype(exports: unknown): Record<Method, Query> | undefined {
  const proto = (exports as Json | undefined)?.QdrantClient?.prototype;
  return typeof proto?.search === "function" ? proto : undefined;
}

/** search (classic) and query (the universal Query API) are the similarity searches a RAG app calls. */
export class QdrantInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-qdrant", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@qdrant/js-client-rest",
        QDRANT_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const proto = clientPrototype(exports);
    for (const method of ["search", "query"] as const) {
      if (typeof proto?.[method] === "function" && !isWrapped(proto[method])) this._wrap(proto, method, (original: Query) => patched(method, original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = clientPrototype(exports);
    for (const method of ["search", "query"] as const) if (proto !== undefined && isWrapped(proto[method])) this._unwrap(proto, method);
  }
}

function patched(method: Method, original: Query, telemetry: CallTelemetry): Query {
  return function (this: { _restUri?: string }, collection: string, args?: Json): Promise<unknown> {
    const start = {
      dbSystem: "qdrant",
      collection: str(collection),
      operation: method,
      topK: num(args?.limit) ?? (method === "search" ? 10 : undefined),
      scoreThreshold: num(args?.score_threshold),
      baseURL: this._restUri,
    };
    return traceVectorQuery(
      start,
      () => original.call(this, collection, args),
      (result) => points(method === "query" ? (result as Json)?.points : result),
      telemetry,
    );
  };
}

function points(list: unknown): RetrievedDocument[] {
  if (!Array.isArray(list)) return [];
  return list.map((p: Json) => ({ id: String(p.id), score: num(p.score), content: payloadText(p.payload) }));
}

let manual: QdrantInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@qdrant/js-client-rest` module. */
export function instrumentQdrant(module: unknown): void {
  manual ??= new QdrantInstrumentation({ enabled: false });
  if (clientPrototype(module) === undefined) {
    throw new Error(
      'instrumentQdrant: expected the `@qdrant/js-client-rest` module (import * as m from "@qdrant/js-client-rest"); found no QdrantClient class with search() on it',
    );
  }
  manual.patch(module);
}
