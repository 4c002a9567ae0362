import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { RetrievedDocument } from "../../retrieval";
import { type Json, num, str } from "../json-values";
import { payloadText, traceVectorQuery } from "../retrieval-call";

/** The `@pinecone-database/pinecone` versions whose Index class llmscope patches. */
export const PINECONE_SUPPORTED_VERSIONS = [">=5 <9"];

type Method = "query" | "searchRecords";
interface IndexThis {
  target?: { indexName?: string; namespace?: string; indexHostUrl?: string };
}
type Query = (this: IndexThis, options: Json) => Promise<unknown>;

function indexPrototype(exports: unknown): Record<Method, Query> | undefined {
  const proto = (exports as Json | undefined)?.Index?.prototype;
  return typeof proto?.query === "function" ? proto : undefined;
}

/** query (by vector or id) and searchRecords (integrated inference, by text) on an index or namespace. */
export class PineconeInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-pinecone", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@pinecone-database/pinecone",
        PINECONE_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const proto = indexPrototype(exports);
    for (const method of ["query", "searchRecords"] as const) {
      if (typeof proto?.[method] === "function" && !isWrapped(proto[method])) this._wrap(proto, method, (original: Query) => patched(method, original, this));
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = indexPrototype(exports);
    for (const method of ["query", "searchRecords"] as const) if (proto !== undefined && isWrapped(proto[method])) this._unwrap(proto, method);
  }
}

function patched(method: Method, original: Query, telemetry: CallTelemetry): Query {
  return function (this: IndexThis, options: Json): Promise<unknown> {
    const target = this.target ?? {};
    const host =
      target.indexHostUrl === undefined ? undefined : /^https?:\/\//.test(target.indexHostUrl) ? target.indexHostUrl : `https://${target.indexHostUrl}`;
    const start = {
      dbSystem: "pinecone",
      // An index reached by host alone has no name on the client: its host names it.
      collection: target.indexName || (host === undefined ? undefined : new URL(host).hostname),
      operation: method,
      namespace: str(options?.namespace) ?? target.namespace,
      topK: method === "query" ? num(options?.topK) : num(options?.query?.topK),
      baseURL: host,
      queryText: method === "searchRecords" ? () => str(options?.query?.inputs?.text) : undefined,
    };
    return traceVectorQuery(
      start,
      () => original.call(this, options),
      (result) => (method === "query" ? matches(result) : hits(result)),
      telemetry,
    );
  };
}

function matches(result: unknown): RetrievedDocument[] {
  const list = (result as Json | undefined)?.matches;
  return Array.isArray(list) ? list.map((m: Json) => ({ id: String(m.id), score: num(m.score), content: payloadText(m.metadata) })) : [];
}

function hits(result: unknown): RetrievedDocument[] {
  const list = (result as Json | undefined)?.result?.hits;
  return Array.isArray(list) ? list.map((h: Json) => ({ id: String(h._id ?? h.id), score: num(h._score ?? h.score), content: payloadText(h.fields) })) : [];
}

let manual: PineconeInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@pinecone-database/pinecone` module. */
export function instrumentPinecone(module: unknown): void {
  manual ??= new PineconeInstrumentation({ enabled: false });
  if (indexPrototype(module) === undefined) {
    throw new Error(
      'instrumentPinecone: expected the `@pinecone-database/pinecone` module (import * as m from "@pinecone-database/pinecone"); found no Index class with query() on it',
    );
  }
  manual.patch(module);
}
